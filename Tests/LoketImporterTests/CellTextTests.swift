@testable import LoketImporter
import Testing

struct CellTextTests {
    @Test func listsBecomeLinesAndCitationsStayWhole() {
        let text = CellText.clean(
            "<ol style=\"list-style-type: none\"> 1. Undang-Undang Nomor 1 Tahun 2020 tentang X; "
                + "2. Versi 4.4 dan 4.3; 3. Perwali Nomor 4 Tahun 2020")
        #expect(
            text
                == "1. Undang-Undang Nomor 1 Tahun 2020 tentang X;\n2. Versi 4.4 dan 4.3;\n3. Perwali Nomor 4 Tahun 2020"
        )
    }

    @Test func tagsEntitiesAndEmphasisAreRemoved() {
        #expect(CellText.clean("<p><i>Road Map</i> &amp; *Sewakadarma*</p>") == "Road Map & Sewakadarma")
        #expect(CellText.clean("a <pre> graph TD A[x] --> B[y] </pre> b") == "a b")
    }

    @Test func bulletsAndLetteredItems() {
        #expect(CellText.clean("•Penyusunan RUP; •Review RUP") == "• Penyusunan RUP;\n• Review RUP")
        #expect(CellText.clean("Prosedur: a. satu b. dua c. tiga") == "Prosedur:\na. satu\nb. dua\nc. tiga")
    }
}
