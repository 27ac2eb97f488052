import Foundation
import LoketCore
@testable import LoketImporter
import Testing

/// A decree in the seeds' style from an agency the seeds do not cover: the shapes the five seeds
/// happen not to show, each in a small decree written here.
struct NewDecreeTests {
    static let labels = Component.allCases.map(\.canonicalLabel)

    /// Rows `1.<TAB>Label<TAB>Value` of components 1 through `through`.
    static func table(through: Int = 14, time: String = "3 (tiga) hari kerja") -> String {
        labels.prefix(through).enumerated().map { index, label in
            "\(index + 1).\t\(label)\t" + (index == 2 ? time : "Isi \(label.lowercased()).")
        }.joined(separator: "\n")
    }

    static func decree(signing: String = "Ditetapkan di Contoh\npada tanggal 10 Maret 2025", body: String) -> String {
        """
        KEPUTUSAN KEPALA DINAS PERPUSTAKAAN KABUPATEN CONTOH
        NOMOR 045/12/DISPUS/2025
        TENTANG
        STANDAR PELAYANAN PADA DINAS PERPUSTAKAAN KABUPATEN CONTOH

        Menimbang : bahwa hasil Forum Konsultasi Publik pada tanggal 3 Februari 2024 perlu ditindaklanjuti;

        \(signing)
        KEPALA DINAS PERPUSTAKAAN,

        \(body)

        """
    }

    static func parse(_ text: String) throws -> ParsedCatalog {
        try DecreeParser.parse(text: text, source: "contoh.txt")
    }

    static func services(_ catalog: ParsedCatalog) -> [ParsedService] { catalog.units.flatMap(\.services) }

    // MARK: - A service heading on a plain line

    @Test func aPlainLineAboveEachTableNamesItsService() throws {
        let catalog = try Self.parse(
            Self.decree(
                body: """
                    BIDANG LAYANAN PERPUSTAKAAN
                    Layanan Keanggotaan Perpustakaan
                    \(Self.table())
                    Layanan Peminjaman Buku
                    \(Self.table(time: "7 (tujuh) hari"))
                    Layanan Bebas Pustaka.
                    \(Self.table(time: "1 hari kerja"))
                    """))
        #expect(catalog.units.map(\.name) == ["Bidang Layanan Perpustakaan"])
        let services = Self.services(catalog)
        #expect(
            services.map(\.name) == [
                "Layanan Keanggotaan Perpustakaan", "Layanan Peminjaman Buku", "Layanan Bebas Pustaka",
            ])
        #expect(services.map(\.line) == [13, 28, 43])
        #expect(services.allSatisfy { $0.components.count == 14 })
        #expect(services.map { $0.components[2].text } == ["3 (tiga) hari kerja", "7 (tujuh) hari", "1 hari kerja"])
        // The title is not glued to the previous table's last cell, and nothing was guessed.
        #expect(services[0].components[13].text == "Isi evaluasi kinerja pelaksana.")
        #expect(catalog.warnings.isEmpty, "\(catalog.warnings)")
    }

    @Test func cellTextAboveATableIsNotItsNameTheListIs() throws {
        let catalog = try Self.parse(
            Self.decree(
                body: """
                    A. JENIS PELAYANAN
                    NO.\tNAMA BIDANG\tJENIS PELAYANAN
                    1.\tBidang Arsip\tLayanan Penitipan Arsip; Layanan Peminjaman Arsip
                    B. KOMPONEN STANDAR PELAYANAN
                    Layanan Penitipan Arsip
                    \(Self.table())
                    dan keluarga pemohon,
                    \(Self.table())
                    """))
        let services = Self.services(catalog)
        #expect(services.map(\.name) == ["Layanan Penitipan Arsip", "Layanan Peminjaman Arsip"])
        // The line ending in a comma was the rest of the previous cell.
        #expect(services[0].components[13].text == "Isi evaluasi kinerja pelaksana. dan keluarga pemohon,")
        #expect(
            catalog.warnings.map(\.message) == [
                "layanan tanpa judul; namanya diambil dari daftar jenis pelayanan: Layanan Peminjaman Arsip"
            ])
    }

    @Test func withoutTitleAndListTheServiceIsWarnedAbout() throws {
        let catalog = try Self.parse(
            Self.decree(body: "Layanan Pertama\n\(Self.table())\n- 12 -\n\(Self.table())"))
        let services = Self.services(catalog)
        #expect(services.count == 2)
        #expect(services[1].name.hasPrefix("Layanan tanpa judul (baris"))
        #expect(
            catalog.warnings.contains { $0.message == "layanan tanpa judul dan tanpa nama di daftar jenis pelayanan" })
    }

    @Test(arguments: [
        ("Layanan Peminjaman Buku", true), ("1. Layanan Peminjaman Buku", true), ("**Layanan Rujukan**", true),
        ("dan keluarga pemohon.", false), ("Surat permohonan,", false), ("- 12 -", false), ("Halaman 3", false),
        ("Pelayanan untuk pelajar dan", false), ("12", false),
    ])
    func whatReadsAsAPlainTitle(_ line: String, _ expected: Bool) {
        #expect(Heading.isPlainTitle(line) == expected, "\(line)")
    }

    // MARK: - A table with fewer rows

    @Test func aTableOfPartAOnlyIsImportedWithItsMissingComponentsListed() throws {
        let catalog = try Self.parse(
            Self.decree(
                body: """
                    Layanan Keanggotaan Perpustakaan
                    \(Self.table(through: 6))
                    Layanan Peminjaman Buku
                    \(Self.table(time: "7 (tujuh) hari"))
                    """))
        let services = Self.services(catalog)
        #expect(services.map(\.name) == ["Layanan Keanggotaan Perpustakaan", "Layanan Peminjaman Buku"])
        #expect(services[0].components.compactMap(\.number) == Array(1...6))
        #expect(services[1].components.compactMap(\.number) == Array(1...14))
        #expect(catalog.warnings.count == 1)
        let warning = try #require(catalog.warnings.first)
        #expect(warning.line == services[0].line)
        #expect(
            warning.message.hasPrefix(
                "layanan 'Layanan Keanggotaan Perpustakaan' tanpa bagian B; tidak memuat komponen 7 (Dasar Hukum), 8 (")
        )
        #expect(warning.message.hasSuffix("14 (Evaluasi Kinerja Pelaksana)"))
    }

    // MARK: - The headless-table threshold

    /// A table without a Persyaratan row: a Persyaratan row after it starts the next table only
    /// once the rows reached Jumlah Pelaksana (11), the threshold in ``DecreeParser``.
    @Test(arguments: [(11, 2), (10, 1)])
    func aPersyaratanRowAfterATableWithoutOne(_ reached: Int, _ services: Int) throws {
        let headless = Self.table(through: reached).split(separator: "\n").dropFirst().joined(separator: "\n")
        let catalog = try Self.parse(
            Self.decree(body: "Layanan Pertama\nPENYAMPAIAN LAYANAN (Service Delivery)\n\(headless)\n\(Self.table())"))
        #expect(Self.services(catalog).count == services)
    }

    // MARK: - The decree date from the signing block only

    @Test(arguments: [
        ("Ditetapkan di Contoh\npada tanggal 10 Maret 2025", "2025-03-10"),
        ("Ditetapkan di Contoh pada tanggal 10 Maret 2025", "2025-03-10"),
        ("Ditetapkan di Contoh\n\npada tanggal **10 Maret 2025**", "2025-03-10"),
        ("**Ditetapkan di Contoh**\nPada Tanggal 1 PEBRUARI 2025", "2025-02-01"),
        ("Ditetapkan di Contoh\npada tanggal 2 Februari 2025", "2025-02-02"),
        ("Ditetapkan di Contoh\npada tanggal 3 Djuni 2025", "2025-06-03"),
        ("Ditetapkan di Contoh\npada tanggal 4 Djuli 2025", "2025-07-04"),
        ("Ditetapkan di Contoh\npada tanggal 5 Okt. 2025", "2025-10-05"),
        ("Ditetapkan di Contoh\npada tanggal 6 Nopember 2025", "2025-11-06"),
        ("Ditetapkan di Contoh\npada tanggal 7 Agustus 2025", "2025-08-07"),
        ("Ditetapkan di Contoh\npada tanggal 8 Mei 2025", "2025-05-08"),
        ("Ditetapkan di Contoh\npada tanggal 9 Desember 2025", "2025-12-09"),
    ])
    func theSigningDateInEverySpelling(_ signing: String, _ date: String) throws {
        let catalog = try Self.parse(Self.decree(signing: signing, body: "Layanan Uji\n\(Self.table())"))
        #expect(catalog.decree.date == date)
        #expect(catalog.warnings.isEmpty, "\(catalog.warnings)")
    }

    @Test(arguments: [
        ("Apri1", "april", "2025-04-25"), ("Agusuts", "agustus", nil), ("Septmber", "september", "2025-09-25"),
    ])
    func aMonthOneEditAwayIsReadWithAWarning(_ word: String, _ month: String, _ date: String?) throws {
        let catalog = try Self.parse(
            Self.decree(
                signing: "Ditetapkan di Contoh\npada tanggal 25 \(word) 2025", body: "Layanan Uji\n\(Self.table())"))
        if let date {
            #expect(catalog.decree.date == date)
            #expect(
                catalog.warnings.map(\.message) == [
                    "nama bulan '\(word.lowercased())' pada tanggal keputusan dibaca sebagai '\(month)'"
                ])
        } else {
            // Two edits away: not a guess; what is certain (the year) is kept.
            #expect(catalog.decree.date == "2025")
        }
    }

    @Test func anUnreadableSigningMonthNeverBorrowsThePreamblesDate() throws {
        let catalog = try Self.parse(
            Self.decree(signing: "Ditetapkan di Contoh\npada tanggal 10 (M) 2025", body: "Layanan Uji\n\(Self.table())")
        )
        // The preamble's `3 Februari 2024` is another fact: not the decree's date.
        #expect(catalog.decree.date == "2025")
        #expect(
            catalog.warnings.map(\.message) == [
                "tanggal keputusan tidak lengkap: bulan 'm' tidak terbaca; disimpan tahunnya saja (2025), "
                    + "tanggal 10 tidak dipakai tanpa bulan"
            ])
    }

    @Test func noSigningBlockMeansNoDateAndAWarning() throws {
        let catalog = try Self.parse(Self.decree(signing: "KEPALA DINAS", body: "Layanan Uji\n\(Self.table())"))
        #expect(catalog.decree.date == nil)
        #expect(catalog.warnings.map(\.message) == ["tanggal keputusan tidak terbaca"])
    }

    @Test func aMissingYearIsTheNumbersAndADifferentOneIsWarned() throws {
        let noYear = try Self.parse(
            Self.decree(signing: "Ditetapkan di Contoh\npada tanggal 25 April", body: "Layanan Uji\n\(Self.table())"))
        #expect(noYear.decree.date == "2025-04-25")
        #expect(noYear.warnings.map(\.message) == ["tanggal keputusan tanpa tahun; dipakai tahun 2025 dari nomornya"])
        let other = try Self.parse(
            Self.decree(
                signing: "Ditetapkan di Contoh\npada tanggal 25 April 2021", body: "Layanan Uji\n\(Self.table())"))
        #expect(other.decree.date == "2021-04-25")
        #expect(other.warnings.map(\.message).first?.hasPrefix("tahun tanggal keputusan (2021) berbeda") == true)
    }
}
