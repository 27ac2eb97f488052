import LoketCore
@testable import LoketImporter
import Testing

/// Jangka waktu cells that the PDF extraction split over rows or dropped out of the table, put
/// back by structure (never by line number or service name), each with a warning.
struct TimeLimitRepairTests {
    /// A cell line that starts `maklumat pelayanannya, ...` is the rest of a cell, not the
    /// Maklumat Pelayanan that closes a decree: before, rows 3-14 of the service were dropped.
    @Test func cellLineMentioningMaklumatDoesNotCloseTheTable() throws {
        #expect(LineClassifier.classify("\t\tmaklumat pelayanannya, yang selanjutnya") != .closer(startsDecree: false))
        #expect(LineClassifier.classify("MAKLUMAT PELAYANAN") == .closer(startsDecree: false))
        #expect(LineClassifier.classify("Maklumat pelayanannya disusun") != .closer(startsDecree: false))

        let catalog = try Seeds.catalog("003")
        let service = try #require(Seeds.service(catalog, line: 2383)).service
        #expect(service.name == "Pendampingan Penyusunan Standar Pelayanan")
        let time = try #require(service.component(.jangkaWaktu))
        #expect(time.line == 2410)
        #expect(time.text == "1 (satu) hari kerja")
        #expect(TimeLimitParser.parse(time.text).reading == .duration(TimeAmount(1, .workdays)))
        #expect(service.component(.prosedur)?.text == "I. Bagian Organisasi")
        #expect(
            service.components.first { $0.line == 2389 }?.text.hasSuffix(
                "beserta maklumat pelayanannya, yang selanjutnya ditetapkan dengan Keputusan Kepala Unit Pelayanan.")
                == true)
        #expect(service.component(.evaluasi)?.line == 2438)
        #expect(!catalog.warnings.contains { $0.line == 2383 && $0.message.contains("tanpa bagian B") })
    }

    // MARK: - Seed 003, checked by hand against the decree text

    /// l.1474: `3. Jangka Waktu | penyimpanan arsip.` is the end of Prosedur item 6; the real
    /// jangka waktu is the next row (`٥. Jangka Waktu Pelayanan`, an OCR'd number). Its text has
    /// two steps: ~5 minutes from the request to the use of the facility, then 2 days until the
    /// applicant reports on the use. The second is the applicant's usage period, not the time the
    /// service promises, so the reading is 5 minutes (the parser warns that it ignored the 2 days).
    @Test func penggunaanFasilitasLPSEProsedurTailAndSecondTimeRow() throws {
        let catalog = try Seeds.catalog("003")
        let service = try #require(Seeds.service(catalog, line: 1457)).service
        #expect(service.name == "Layanan Penggunaan Fasilitas Layanan Pengadaan Secara Elektronik")
        let procedure = try #require(service.component(.prosedur))
        #expect(procedure.text.split(separator: "\n").last == "6. Laporan diarsipkan pada tempat penyimpanan arsip.")
        let time = try #require(service.component(.jangkaWaktu))
        #expect(time.line == 1475)
        #expect(
            time.text == """
                1. Jangka waktu pelayanan dari permohonan sampai penggunaan fasilitas kurang lebih 5 (lima) menit
                2. Jangka waktu penggunaan fasilitas sampai penyampaim. laporan penggunaan fasilitas adalah 2 (dna) hari
                """)
        let parse = TimeLimitParser.parse(time.text)
        #expect(parse.reading == .duration(TimeAmount(5, .minutes)))
        #expect(parse.warnings.contains { $0.contains("masa penggunaan") })
        #expect(service.components.map(\.number) == Array(1...14).map(Optional.some))
        #expect(!service.components.contains { $0.text == "penyimpanan arsip." })
        #expect(catalog.warnings.contains { $0.line == 1474 && $0.message.contains("dipindah") })
        #expect(!catalog.warnings.contains { $0.line == 1475 && $0.message.contains("muncul lagi") })
    }

    /// l.590-592: `Apabila sudah teranggarkan di APBD untuk` / `proses penyelesaian ... selama 3
    /// sampai 4 bulan.`, the second half in a row whose label is the wrapped `Pelayanan` and OCR
    /// debris. The first half alone reads as an open budget phrase: silently wrong before.
    @Test func beasiswaBudgetSentenceJoinsItsEstimate() throws {
        let catalog = try Seeds.catalog("003")
        let service = try #require(Seeds.service(catalog, line: 537)).service
        #expect(service.name == "Fasilitasi Pemberian Beasiswa untuk Perguruan Tinggi dan Tahfidz Al-Qur'an")
        let time = try #require(service.component(.jangkaWaktu))
        #expect(time.line == 590)
        #expect(
            time.text
                == "Apabila sudah teranggarkan di APBD untuk proses penyelesaian pelayanan di estimasikan selama 3 sampai 4 bulan."
        )
        #expect(TimeLimitParser.parse(time.text).reading == .duration(TimeAmount(4, .months, range: 3...4)))
        #expect(!service.components.contains { $0.line == 591 })
        #expect(service.component(.biaya)?.text == "Tanpa dipungut biaya")
        #expect(catalog.warnings.contains { $0.line == 590 && $0.message.contains("591") })
    }

    /// l.1214-1219: the cell lists office hours, the limit (`3. Maksimal 1 (satu) Jam`) and the
    /// break; its lines went to a row numbered `٥.` (read as 5, Produk Pelayanan) and a row
    /// numbered `1`. Joined, the office hours are ignored and the limit is 1 hour; the Produk
    /// Pelayanan row (l.1221) gets its component back.
    @Test func csrAdaroOfficeHoursAndLimitRejoin() throws {
        let catalog = try Seeds.catalog("003")
        let service = try #require(Seeds.service(catalog, line: 1178)).service
        #expect(service.name.hasPrefix("Fasilitasi Pelayanan Koordinasi dan Konsultasi terkait Usulan Proposal"))
        let time = try #require(service.component(.jangkaWaktu))
        #expect(time.line == 1214)
        #expect(
            time.text == """
                1. Senin s/d Kamis, dari Jam 08.30 s/d 16.00 Wita
                2. Jum'at, dari Jam 09.00 s/d 11.00 Wita
                3. Maksimal 1 (satu) Jam
                4. Istirahat Jam 12.30 s/d 14.00 Wita
                """)
        let parse = TimeLimitParser.parse(time.text)
        #expect(parse.reading == .duration(TimeAmount(1, .hours)))
        #expect(parse.warnings.contains { $0.contains("jam layanan") })
        #expect(service.component(.prosedur)?.line == 1182)
        #expect(service.component(.biaya)?.line == 1220)
        let product = try #require(service.component(.produk))
        #expect(product.line == 1221)
        #expect(product.text == "1. Koordinasi")
        #expect(!service.components.contains { $0.line == 1215 || $0.line == 1218 })
        #expect(catalog.warnings.contains { $0.line == 1215 && $0.message.contains("salah baca") })
        #expect(catalog.warnings.contains { $0.line == 1214 && $0.message.contains("1215, 1218") })
    }

    /// l.2411 `4 | Pelayanan | 75`: the wrapped label of the jangka waktu row with debris in the
    /// number column took Biaya/Tarif from the real `4. Biaya/Tarif` row. It stays an extra row.
    @Test func standarPelayananBiayaRowGetsItsNumberBack() throws {
        let catalog = try Seeds.catalog("003")
        let service = try #require(Seeds.service(catalog, line: 2383)).service
        #expect(service.component(.biaya)?.line == 2412)
        #expect(service.component(.biaya)?.text == "Tanpa dipungut biaya")
        let extra = try #require(service.components.first { $0.line == 2411 })
        #expect(extra.number == nil)
        #expect(extra.text == "75")
        #expect(service.timeLimitRaw == "1 (satu) hari kerja")
    }

    @Test func countsStayTheSame() throws {
        let catalog = try Seeds.catalog("003")
        #expect(catalog.serviceCount == 63)
        #expect(catalog.units.count == 8)
    }

    // MARK: - The rules on their own

    static func row(_ number: Int?, _ label: String, _ text: String, _ line: Int) -> ParsedComponent {
        ParsedComponent(number: number, label: label, text: text, line: line)
    }

    @Test func joinStopsAtALabelledRowAndAfterTheLastDuration() {
        var rows = [
            Self.row(2, "Prosedur", "Ajukan surat.", 10),
            Self.row(3, "Jangka Waktu", "Paling lama", 11),
            Self.row(nil, "", "3 (tiga) hari kerja", 12),
            Self.row(nil, "", "setelah berkas lengkap", 13),
            Self.row(4, "Biaya/Tarif", "Gratis", 14),
        ]
        var warnings: [ImportWarning] = []
        TimeLimitRowRepair.apply(to: &rows, warnings: &warnings)
        #expect(rows.map(\.line) == [10, 11, 13, 14])
        #expect(rows[1].text == "Paling lama 3 (tiga) hari kerja")
        #expect(rows[2].number == nil)
        #expect(warnings.count == 1)
    }

    @Test func noJoinWhenTheJangkaWaktuAlreadyReadsOrTheJoinDoesNot() {
        let reading = [
            Self.row(3, "Jangka Waktu", "2 hari", 11),
            Self.row(nil, "", "3 jam", 12),
        ]
        let unreadable = [
            Self.row(3, "Jangka Waktu", "Sesuai", 11),
            Self.row(nil, "Catatan", "dibaca tiap hari", 12),
        ]
        for rows in [reading, unreadable] {
            var repaired = rows
            var warnings: [ImportWarning] = []
            TimeLimitRowRepair.apply(to: &repaired, warnings: &warnings)
            #expect(repaired == rows)
            #expect(warnings.isEmpty)
        }
    }

    @Test func tailMovesOnlyWhenItContinuesTheSentence() {
        let base = [
            Self.row(2, "Prosedur", "1. Berkas diarsipkan pada tempat", 10),
            Self.row(3, "Jangka Waktu", "penyimpanan arsip.", 11),
            Self.row(nil, "Jangka Waktu Pelayanan", "2 (dua) hari kerja", 12),
            Self.row(4, "Biaya", "Gratis", 13),
        ]
        var rows = base
        var warnings: [ImportWarning] = []
        TimeLimitRowRepair.apply(to: &rows, warnings: &warnings)
        #expect(rows.map(\.number) == [2, 3, 4])
        #expect(rows[0].text == "1. Berkas diarsipkan pada tempat penyimpanan arsip.")
        #expect(rows[1].text == "2 (dua) hari kerja")
        #expect(warnings.count == 1)

        // The previous cell ends its sentence: the piece is not its tail. The second row is
        // joined instead (rule 3), so the reading is still right and nothing is lost.
        var ended = base
        ended[0].text = "1. Berkas diarsipkan."
        warnings = []
        TimeLimitRowRepair.apply(to: &ended, warnings: &warnings)
        #expect(ended[0].text == "1. Berkas diarsipkan.")
        #expect(ended[1].text == "penyimpanan arsip. 2 (dua) hari kerja")
        #expect(ended.count == 3)
    }

    @Test func numberContradictedByALaterSmallerNumberIsReleased() {
        var rows = [
            Self.row(3, "Jangka Waktu", "1. Senin s/d Jumat 08.00 s/d", 11),
            Self.row(6, "Pelayanan", "16.00 2. Maksimal 2 jam", 12),
            Self.row(4, "Biaya", "Gratis", 13),
            Self.row(5, "Produk", "Surat", 14),
        ]
        var warnings: [ImportWarning] = []
        TimeLimitRowRepair.apply(to: &rows, warnings: &warnings)
        #expect(rows.map(\.number) == [3, 4, 5])
        #expect(TimeLimitParser.parse(rows[0].text).reading == .duration(TimeAmount(2, .hours)))
        #expect(warnings.count == 2)
    }
}
