import LoketCore
@testable import LoketImporter
import Testing

/// Cell text that the PDF extraction folded into a row's label goes back to the cell, by a
/// general rule (never by line number or service name), each split with a warning.
struct LabelSplitTests {
    static func parse(_ rows: String) throws -> ParsedCatalog {
        try DecreeParser.parse(text: "Jenis Layanan : 1. Layanan Uji\n" + rows, source: "uji.txt")
    }

    static func partA(_ extra: String = "") -> String {
        """
        1.\tPersyaratan\tSurat permohonan
        2.\tProsedur\tPemohon datang
        3.\tJangka Waktu\t2 hari kerja
        4.\tBiaya/Tarif\tGratis
        5.\tProduk Pelayanan\tSurat
        \(extra)

        """
    }

    // MARK: - Synthetic rows

    /// The row's own label cell carries the first list items of the value.
    @Test func longLabelWithFoldedListSplits() throws {
        let catalog = try Self.parse(
            Self.partA("6.\tPengaduan\tTelepon")
                + "7.\tDasar Hukum 1. Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik\t2. Peraturan Bupati Nomor 7\n"
        )
        let service = try #require(catalog.units.first?.services.first)
        let law = try #require(service.component(.dasarHukum))
        #expect(law.label == "Dasar Hukum")
        #expect(
            law.text == "1. Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik\n2. Peraturan Bupati Nomor 7")
        #expect(catalog.warnings.contains { $0.line == 8 && $0.message.contains("memuat teks sel") })
    }

    /// A continuation line whose label column holds the rest of a sentence of the cell: the
    /// text goes after what was read before it, in the same sentence.
    @Test func continuationLabelGoesWhereItWasRead() throws {
        let catalog = try Self.parse(
            Self.partA("6.\tPengelolaan Pengaduan\t1. Pengaduan dapat disampaikan")
                + "\tmelalui telepon kantor dan surat elektronik resmi\n7.\tDasar Hukum\tPerda 1/2020\n")
        let service = try #require(catalog.units.first?.services.first)
        let complaint = try #require(service.component(.pengaduan))
        #expect(complaint.label == "Pengelolaan Pengaduan")
        #expect(complaint.text == "1. Pengaduan dapat disampaikan melalui telepon kantor dan surat elektronik resmi")
    }

    /// A stray list marker before the label, and OCR debris after it: the marker is set aside,
    /// the debris goes to the end of the cell on a line of its own (kept, not dropped).
    @Test func strayMarkerAndDebris() throws {
        let split = try #require(
            LabelSplit.split(
                pieces: [
                    .init(text: "1. Persyaratan 1. Surat permohonan bermaterai", offset: 0),
                    .init(text: "1741 1841 - 1841 - 1841 - 1841", offset: 20),
                ],
                raw: "2. Fotokopi KTP yang masih berlaku"))
        #expect(split.label == "Persyaratan")
        #expect(split.marker == "1.")
        #expect(
            CellText.clean(split.raw)
                == "1. Surat permohonan bermaterai\n2. Fotokopi KTP yang masih berlaku\n1741 1841 - 1841 - 1841 - 1841")
    }

    /// A long label that is a real label (the canonical one, a wrapped repeat of its last words,
    /// or labels of several components stacked by the extraction) is not split.
    @Test func realLongLabelsStay() throws {
        for label in [
            "Jaminan Keamanan dan Keselamatan Pelayanan",
            "Penanganan Pengaduan, Saran dan Masukan dan Masukan",
            "Dasar Hukum Sarana dan Prasarana Kompetensi Pelaksana Pengawasan Internal",
        ] {
            #expect(LabelSplit.split(pieces: [.init(text: label, offset: 0)], raw: "isi") == nil, "\(label)")
        }
        let catalog = try Self.parse(
            Self.partA("6.\tPenanganan Pengaduan, Saran dan Masukan\tTelepon")
                + "7.\tDasar Hukum\tPerda\n8.\tJaminan Keamanan dan Keselamatan Pelayanan\tAman\n")
        let service = try #require(catalog.units.first?.services.first)
        #expect(service.component(.jaminanKeamanan)?.label == "Jaminan Keamanan dan Keselamatan Pelayanan")
        #expect(!catalog.warnings.contains { $0.message.contains("memuat teks sel") })
    }

    /// Short labels are untouched, even with a word after the label.
    @Test func shortLabelUntouched() throws {
        #expect(LabelSplit.split(pieces: [.init(text: "Dasar Hukum 1. UU", offset: 0)], raw: "") == nil)
        #expect(LabelSplit.split(pieces: [.init(text: "Persyaratan", offset: 0)], raw: "KTP") == nil)
    }

    /// A label that begins with no known spelling is left alone (nothing to tell where it ends).
    @Test func labelWithoutKnownPhraseStays() throws {
        let label = "Saran, masukan, pertimbangan dan rekomendasi atas permasalahan"
        #expect(LabelSplit.split(pieces: [.init(text: label, offset: 0)], raw: "") == nil)
    }

    /// The component came from the folded text (`Persyaratan` in a Dasar Hukum cell made the row
    /// a repeated Persyaratan, an extra row): the label itself decides, and the warning says so.
    @Test func componentFromFoldedTextIsCorrected() throws {
        let catalog = try Self.parse(
            Self.partA("6.\tPengaduan\tTelepon")
                + "7.\tDasar Hukum Peraturan tentang Persyaratan Teknis Bangunan\tPerda 1/2020\n"
                + "8.\tSarana dan Prasarana\tMeja\n")
        let service = try #require(catalog.units.first?.services.first)
        let law = try #require(service.components.first { $0.line == 8 })
        #expect(law.number == Component.dasarHukum.rawValue)
        #expect(law.label == "Dasar Hukum")
        #expect(law.text == "Peraturan tentang Persyaratan Teknis Bangunan Perda 1/2020")
        #expect(catalog.warnings.contains { $0.line == 8 && $0.message.contains("dibaca sebagai komponen 7") })
        #expect(!catalog.warnings.contains { $0.line == 8 && $0.message.contains("muncul lagi") })
    }

    // MARK: - Seed rows, checked against the decree text

    @Test func seed003DasarHukumListInTheLabel() throws {
        let catalog = try Seeds.catalog("003")
        let row = try #require(catalog.units.flatMap(\.services).flatMap(\.components).first { $0.line == 2520 })
        #expect(row.number == 7)
        #expect(row.label == "Dasar Hukum")
        let items = row.text.split(separator: "\n")
        #expect(items.first == "1. Undang-undang Nomor 25 Tahun 2 tentang Pelayanan Publik")
        #expect(items.count == 4)
        #expect(catalog.warnings.contains { $0.line == 2520 && $0.message.contains("memuat teks sel") })
    }

    @Test func seed003StrayMarkerBeforePersyaratan() throws {
        let catalog = try Seeds.catalog("003")
        let row = try #require(catalog.units.flatMap(\.services).flatMap(\.components).first { $0.line == 2161 })
        #expect(row.number == 1)
        #expect(row.label == "Persyaratan")
        #expect(
            row.text == """
                1. Data Peta Jabatan dan Uraian Tugas beserta hasil Anjab dan ABK
                2. Keputusan Pimpinan SKPD tentang penempatan dan nama jabatan
                3. Surat Asli Permohonan SKPD tentang permintaan perubahan nomenklatur nama Jabatan Pelaksana.
                """)
    }

    @Test func seed003OCRDebrisMovesToTheEndOfTheCell() throws {
        let catalog = try Seeds.catalog("003")
        let row = try #require(catalog.units.flatMap(\.services).flatMap(\.components).first { $0.line == 2377 })
        #expect(row.number == 10)
        #expect(row.label == "Pengawasan Internal")
        let lines = row.text.split(separator: "\n")
        #expect(lines.prefix(2) == ["1. Kepala Bagian Organisasi", "2. JF Sub Pelayanan Publik dan Tatalaksana"])
        #expect(lines.last?.hasPrefix("1741 1841 - 1841") == true)
    }

    @Test func seed001ComplaintSentenceFromTheLabelColumn() throws {
        let catalog = try Seeds.catalog("001")
        let row = try #require(catalog.units.flatMap(\.services).flatMap(\.components).first { $0.line == 628 })
        #expect(row.number == 6)
        #expect(row.label == "Pengelolaan Pengaduan")
        #expect(
            row.text.contains(
                "1. Penanganan pengaduan/saran/masukan pelayanan dapat melalui Telepon (call center): (0366) 29359\n"
                    + "2. Pengaduan/saran/masukan pelanggan dapat melalui email: lpse.klungkung@gmail.com"))
        #expect(row.text.hasSuffix("6. Klungkung Mesadu"))
    }

    /// Every seed label over 60 characters that begins with a component label is split; the
    /// three that remain are stacked labels (640) or begin with no known label (1224, 2323).
    @Test func longSeedLabelsThatRemain() throws {
        var long: [String] = []
        for prefix in ["000", "001", "002", "003", "004"] {
            let catalog = try Seeds.catalog(prefix)
            for component in catalog.units.flatMap(\.services).flatMap(\.components) where component.label.count > 60 {
                long.append("\(prefix):\(component.line)")
            }
        }
        #expect(long == ["003:640", "003:1224", "003:2323"])
    }
}
