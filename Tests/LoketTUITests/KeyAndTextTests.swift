import Foundation
import LoketTUI
import Testing

@Suite("Keys and readings")
struct KeyAndTextTests {
    @Test("F-keys from PuTTY, VT100, the Linux console and xterm; modified keys; unknown ones ignored")
    func escapeSequences() {
        #expect(EscapeSequence.key(body: "11~") == .function(1))  // PuTTY default
        #expect(EscapeSequence.key(body: "14~") == .function(4))
        #expect(EscapeSequence.key(body: "P") == .function(1))  // ESC O P
        #expect(EscapeSequence.key(body: "[A") == .function(1))  // Linux console
        #expect(EscapeSequence.key(body: "24~") == .function(12))
        #expect(EscapeSequence.key(body: "1;5A") == .up)
        #expect(EscapeSequence.key(body: "15;2~") == .function(5))
        #expect(EscapeSequence.key(body: "5~") == .pageUp)
        #expect(EscapeSequence.key(body: "4~") == .end)
        #expect(EscapeSequence.key(body: "99~") == nil)
        #expect(EscapeSequence.key(body: "M") == nil)
        #expect(EscapeSequence.isFinal(0x41, bodySoFar: "1;5A"))
        #expect(!EscapeSequence.isFinal(0x5B, bodySoFar: "["))
        #expect(!EscapeSequence.isFinal(0x31, bodySoFar: "1"))
    }

    @Test("jangka waktu readings in Indonesian")
    func readings() {
        #expect(TimeLimitText.read("3 (Tiga) hari kerja") == "3 hari kerja")
        #expect(
            TimeLimitText.read("Maksimal 10 (Sepuluh) Hari kerja + 7 (Tujuh) hari kerja")
                == "10 hari kerja, dapat diperpanjang 7 hari kerja")
        let choice = TimeLimitText.read(
            "3 (Tiga) hari kerja jika tanpa koordinasi dengan OPD lain, 7 (Tujuh) hari kerja jika ada koordinasi dengan OPD lain"
        )
        #expect(choice.hasPrefix("pilihan: 3 hari kerja"))
        #expect(choice.contains("7 hari kerja"))
        #expect(TimeLimitText.read("Sampai dengan tercapai kesepakatan").hasPrefix("terbuka (tanpa batas pasti)"))
        #expect(TimeLimitText.read(nil) == "tidak tercantum")
        #expect(TimeLimitText.read("  ") == "tidak tercantum")
        #expect(TimeLimitText.short("20 Menit") == "20 menit")
        #expect(TimeLimitText.short(nil) == "—")
    }

    @Test("the clock in the agency's zone, in Indonesian")
    func clock() {
        #expect(
            ClockText.format(Fixture.now, zone: TimeZone(identifier: "Asia/Makassar")!) == "Sen 23 Nov 2026 09:05 WITA")
        #expect(
            ClockText.format(Fixture.now, zone: TimeZone(identifier: "Asia/Jakarta")!) == "Sen 23 Nov 2026 08:05 WIB")
        #expect(
            ClockText.format(Fixture.now, zone: TimeZone(identifier: "Asia/Jayapura")!) == "Sen 23 Nov 2026 10:05 WIT")
    }

    @Test("list cursor: clamped, scrolled into view, kept on resize")
    func cursor() {
        var cursor = ListCursor()
        cursor.move(by: -1, count: 10, visible: 4)
        #expect(cursor == ListCursor(selected: 0, top: 0))
        cursor.move(by: 5, count: 10, visible: 4)
        #expect(cursor == ListCursor(selected: 5, top: 2))
        cursor.select(99, count: 10, visible: 4)
        #expect(cursor == ListCursor(selected: 9, top: 6))
        cursor.fit(count: 10, visible: 20)
        #expect(cursor == ListCursor(selected: 9, top: 0))
        cursor.select(3, count: 0, visible: 4)
        #expect(cursor == ListCursor(selected: 0, top: 0))
    }
}
