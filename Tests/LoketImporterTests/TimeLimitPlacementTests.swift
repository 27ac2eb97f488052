import LoketCore
import LoketImporter
import Testing

/// A jangka waktu the extraction put where no row expects it: in the label column, or after the
/// table as loose lines. Small decrees written here, in the seeds' style.
struct TimeLimitPlacementTests {
    static func parse(_ body: String) throws -> ParsedCatalog {
        try DecreeParser.parse(
            text: "KEPUTUSAN KEPALA DINAS CONTOH\nNOMOR 7/2025\n\n" + body + "\n", source: "contoh.txt")
    }

    static let partB = """
        7.\tDasar Hukum\tPeraturan Daerah Nomor 2 Tahun 2021
        8.\tSarana dan Prasarana\tKomputer
        9.\tKompetensi Pelaksana\tAnalis
        10.\tPengawasan Internal\tAtasan langsung
        11.\tJumlah Pelaksana\t1 (satu) orang
        12.\tJaminan Pelayanan\tSesuai ketentuan
        13.\tJaminan Keamanan dan Keselamatan Pelayanan\tArsip aman
        14.\tEvaluasi Kinerja Pelaksana\tSecara berkala
        """

    @Test func aDurationInTheLabelColumnIsTheJangkaWaktuRow() throws {
        let catalog = try Self.parse(
            """
            Jenis Layanan : 1. Konsultasi Tunjangan
            1.\tPersyaratan\tSurat resmi
            2.\tSistem, Mekanisme dan Prosedur\tSKPD menyampaikan surat
            6\t1 (satu) hari kerja
            \tTanpa dipungut biaya
            \(Self.partB)
            """)
        let service = try #require(catalog.units.first?.services.first)
        let time = try #require(service.components.first { $0.number == 3 })
        #expect(time.text == "1 (satu) hari kerja")
        #expect(time.line == 7)
        #expect(service.components.first { $0.number == 4 }?.text == "Tanpa dipungut biaya")
        #expect(!service.components.contains { $0.number == 6 })
        #expect(
            catalog.warnings.contains {
                $0.line == 7
                    && $0.message
                        == "label '1 (satu) hari kerja' berisi jangka waktu, bukan nama komponen; baris ini dibaca "
                        + "sebagai komponen 3 (Jangka Waktu Pelayanan), bukan nomor barisnya 6"
            })
    }

    @Test func aLabelThatIsNotATimeLimitStillFallsBackToItsNumber() throws {
        let catalog = try Self.parse(
            """
            Jenis Layanan : 1. Konsultasi Tunjangan
            1.\tPersyaratan\tSurat resmi
            3.\tWaktu kerja kantor\t1 (satu) hari kerja
            \(Self.partB)
            """)
        let service = try #require(catalog.units.first?.services.first)
        #expect(service.components.first { $0.number == 3 }?.text == "1 (satu) hari kerja")
    }

    @Test func looseLinesAfterTheTableAreItsMissingJangkaWaktu() throws {
        let catalog = try Self.parse(
            """
            Jenis Layanan : 1. Pendampingan Forum
            1.\tPersyaratan\tSurat permohonan
            2.\tSistem, Mekanisme dan Prosedur\tBagian Organisasi mendampingi
            \tPelayanan\t
            4.\tBiaya/Tarif\tTanpa dipungut biaya
            5.\tProduk Pelayanan\tBerita acara
            6.\tPenanganan Pengaduan, Saran dan Masukan\tBagian Organisasi
            \(Self.partB)

            Waktu 1 (satu) hari kerja

            Jangka

            3.

            Jenis Layanan : 2. Pendampingan Inovasi
            1.\tPersyaratan\tSurat permohonan
            3.\tJangka Waktu Pelayanan\t2 (dua) hari kerja
            """)
        let services = catalog.units.flatMap(\.services)
        #expect(services.count == 2)
        let time = try #require(services[0].components.first { $0.number == 3 })
        #expect(time.text == "1 (satu) hari kerja")
        #expect(time.line == 20)
        // In its place: after component 2.
        #expect(services[0].components.compactMap(\.number).prefix(3) == [1, 2, 3])
        #expect(
            catalog.warnings.contains {
                $0.line == 20
                    && $0.message.hasSuffix(
                        "terbaca dari baris lepas sesudah tabelnya (baris 20, 22, 24): '1 (satu) hari kerja'")
            })
        #expect(services[1].components.first { $0.number == 3 }?.text == "2 (dua) hari kerja")
    }

    @Test func looseLinesWithoutTheLabelOrADurationStayOut() throws {
        for loose in ["Waktu pelayanan setiap hari", "Keterangan 1 (satu) hari kerja"] {
            let catalog = try Self.parse(
                """
                Jenis Layanan : 1. Pendampingan Forum
                1.\tPersyaratan\tSurat permohonan
                \(Self.partB)
                \(loose)
                Jenis Layanan : 2. Lain
                1.\tPersyaratan\tSurat
                """)
            #expect(!(catalog.units.first?.services.first?.components.contains { $0.number == 3 } ?? true), "\(loose)")
        }
    }
}
