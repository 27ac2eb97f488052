import Testing
@testable import LoketCore

@Suite struct TerminalSafeTests {
    @Test func controlsAndBidiOverridesAreRemoved() {
        #expect(TerminalSafe.clean("\u{1B}[31mX\u{1B}]0;pwned\u{07}") == "[31mX]0;pwned")
        #expect(TerminalSafe.clean("a\u{7F}b\u{9B}c\u{85}d") == "abcd")
        #expect(TerminalSafe.clean("gaji\u{202E}txt.exe\u{2066}x\u{2069}") == "gajitxt.exex")
        #expect(TerminalSafe.clean("baris 1\r\nbaris\t2") == "baris 1baris2")
        #expect(TerminalSafe.clean("baris 1\r\nbaris\t2\u{1B}", multiline: true) == "baris 1\nbaris\t2")
        // Indonesian and other visible text stays as it is.
        #expect(TerminalSafe.clean("Ni Luh Putu — Café №5 ✓") == "Ni Luh Putu — Café №5 ✓")
        #expect(TerminalSafe.isClean("Made") && !TerminalSafe.isClean("M\u{1B}ade"))
    }

    @Test func applicantFieldsAreStoredWithoutControls() throws {
        let applicant = try Applicant(
            validating: ApplicantInput(
                name: "\u{1B}[31mX\u{1B}]0;pwned\u{07}", phone: "0812 3456 7890", address: "Jl.\u{202E} Gajah\nMada",
                note: "\u{1B}[2J"))
        #expect(applicant.name == "[31mX]0;pwned")
        #expect(applicant.address == "Jl. Gajah Mada")
        #expect(applicant.note == "[2J")
        #expect(Applicant.cleanText("\u{1B}\u{07}") == nil)
        #expect(Applicant.cleanText("a \u{1B} b") == "a b")
    }
}
