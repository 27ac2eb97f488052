import Testing

@testable import LoketTUI

@Suite("Search words") struct SearchFoldTests {
    @Test func asciiIsLoweredAndSplitOnPunctuation() {
        #expect(
            SearchFold.words("Permohonan MC (E-Monalisa), 3x24 JAM!") == [
                "permohonan", "mc", "e", "monalisa", "3x24", "jam",
            ])
        #expect(SearchFold.words("  ") == [])
        #expect(SearchFold.words("") == [])
    }

    @Test func accentsFoldWhetherComposedOrNot() {
        #expect(SearchFold.words("Café Pelayanan") == ["cafe", "pelayanan"])
        #expect(SearchFold.words("Cafe\u{301} Pelayanan") == ["cafe", "pelayanan"])
        #expect(SearchFold.words("ÉVALUASI Kinerja") == ["evaluasi", "kinerja"])
    }

    @Test func bulletsQuotesAndDashesSeparateWords() {
        #expect(SearchFold.words("• Surat “permohonan” – KTP") == ["surat", "permohonan", "ktp"])
        #expect(SearchFold.words("Jum’at") == ["jum", "at"])
    }
}
