import LoketCore
import LoketImporter
import Testing

/// Whole services checked by hand against the decree text: every component's number, label and
/// clean text.
struct HandCheckedServiceTests {
    @Test func permohonanMCSeed000() throws {
        let catalog = try Seeds.catalog("000")
        let (unit, service) = try #require(Seeds.service(catalog, line: 1113))
        #expect(unit.name == "Bagian Protokol dan Komunikasi Pimpinan")
        #expect(service.name == "Permohonan MC")
        let rows = service.components.map { "\($0.number!)|\($0.label)|\($0.text)" }
        #expect(rows.count == 14)
        #expect(rows[2] == "3|Jangka waktu|2 Hari" || rows[2] == "3|Jangka Waktu|2 Hari")
        #expect(rows[3] == "4|Biaya /Tarif|Gratis" || rows[3] == "4|Biaya/Tarif|Gratis")
        #expect(service.timeLimitRaw == "2 Hari")
    }

    @Test func klinikKonsultasiSeed000KeepsListsAsLines() throws {
        let catalog = try Seeds.catalog("000")
        let service = try #require(Seeds.service(catalog, line: 605)).service
        #expect(service.name == "Klinik Konsultasi Pengadaan Barang/Jasa Plus")
        let expected: [(Int, String, String)] = [
            (1, "Persyaratan", "• Formulir Konsultasi (off line);\n• Via Whatsapp/Telpon (on line)."),
            (
                3, "Jangka Waktu",
                "Untuk Konsultasi offline : 3 hari\nUntuk Konsultasi online :\n1. Via telpon : langsung;\n2. Via Wa Grup : 1-3 jam."
            ),
            (4, "Biaya /Tarif", "Gratis"),
            (5, "Produk Pelayanan", "Klinik Konsultasi Pengadaan Barang/Jasa Plus"),
            (
                8, "Sarana, Prasarana dan / fasilitas",
                "• Formulir Konsultasi;\n• Komputer, Printer;\n• Jaringan Internet."
            ),
            (
                9, "Kompetensi Pelaksana",
                "• Sertifikat Dasar Pengadaan Barang/Jasa;\n• Advisor Pengadaan Barang/Jasa;\n• Ahli Hukum Kontrak;\n• Fasilitator LKPP."
            ),
            (
                10, "Pengawasan Internal",
                "Pengawasan langsung dan pengendalian intern yang dilakukan oleh pimpinan atau atasan langsung pelaksana"
            ),
            (11, "Jumlah Pelaksana", "20 Orang"),
            (12, "Jaminan Pelayanan", "Maklumat Pelayanan"),
            (13, "Jaminan Keamanan dan Keselamatan Pelayanan", "Maklumat Pelayanan"),
            (14, "Evaluasi Kinerja Pelaksana", "Survei Kepuasan Masyarakat (SKM)"),
        ]
        for (number, label, text) in expected {
            let component = try #require(service.components.first { $0.number == number })
            #expect(component.label == label)
            #expect(component.text == text)
        }
        #expect(service.timeLimitRaw?.contains("\n") == true)
    }

    @Test func pengajuanInovasiSeed004DropsTheFlowchart() throws {
        let catalog = try Seeds.catalog("004")
        let (unit, service) = try #require(Seeds.service(catalog, line: 349))
        #expect(unit.name == "Bagian Organisasi")
        #expect(service.components.map(\.number) == Array(1...14).map(Optional.some))
        let labels = service.components.map(\.label)
        #expect(labels[2] == "Jangka Waktu Pelayanan")
        #expect(labels[13] == "Evaluasi Kinerja Pelaksana Pelayanan")
        let procedure = try #require(service.component(.prosedur))
        #expect(!procedure.text.contains("graph TD"))
        #expect(!procedure.text.contains("-->"))
        #expect(procedure.text.hasPrefix("Alur Pelayanan :\na. Pemohon mengajukan surat pengajuan"))
        #expect(service.component(.jangkaWaktu)?.text == "45 jam")
        #expect(service.component(.biaya)?.text == "Tidak dipungut biaya/gratis")
        #expect(
            service.component(.pengaduan)?.text == """
                Pengaduan, saran dan masukan dapat disampaikan secara langsung kepada Kabag Organisasi atau melalui media \
                sebagai berikut:
                1. Whatsapp, SMS, atau telepon ke nomor 081350199104
                2. Email: tlortalsetkab@gmail.com
                3. Layanan SP4N LAPOR! Laman lapor.go.id
                """)
        #expect(
            service.component(.sarana)?.text
                == "1. Komputer/Laptop\n2. Printer\n3. ATK\n4. Jaringan Internet\n5. Alat Komunikasi/Handphone")
        #expect(service.component(.pengawasan)?.text == "Kabag Organisasi")
        #expect(service.component(.jumlahPelaksana)?.text == "3 Orang")
    }

    @Test func layananPublikasiSeed002() throws {
        let catalog = try Seeds.catalog("002")
        let service = try #require(Seeds.service(catalog, line: 124)).service
        #expect(service.name == "LAYANAN PUBLIKASI")
        #expect(service.component(.jangkaWaktu)?.text == "3 (Tiga) hari kerja")
        #expect(service.component(.biaya)?.label == "Biaya")
        #expect(
            service.component(.produk)?.text
                == "1. Mobil Calling.\n2. Media Sosial dan Media Partner.\n3. Website.\n4. LED Videotron.\n5. Talkshow/reportase/iklan layanan masyarakat"
        )
        #expect(service.component(.jumlahPelaksana)?.text == "12 (Dua Belas) orang")
        // A page break split `Pengendalian` / `Intern`: joined with one space.
        #expect(
            service.component(.pengawasan)?.text
                == "Pengawasan langsung dan Pengendalian Intern yang dilakukan oleh Pimpinan atau atasan langsung pelaksana"
        )
    }

    @Test func pemilihanPenyediaSeed001KeepsTheLongTimeLimit() throws {
        let catalog = try Seeds.catalog("001")
        let service = try #require(Seeds.service(catalog, line: 617)).service
        #expect(service.component(.jangkaWaktu)?.label == "Waktu Penyelesaian")
        let raw = try #require(service.timeLimitRaw).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(
            raw.hasPrefix("Total jangka waktu penyelesaian proses Pemilihan Penyedia Barang/Jasa Pemerintah adalah :"))
        #expect(raw.hasSuffix("Tender Cepat = 5 Hari Kerja (HK)"))
    }
}
