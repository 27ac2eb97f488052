import LoketCore
import LoketImporter
import Testing

/// Per seed: units, services, and the numbers the issue demands (166 services in 36 units).
struct SeedCatalogTests {
    @Test(arguments: [
        ("000", "Sekretariat Daerah Kota Denpasar", 10, 34, "188.4/726/ORG/2021", "2021-11-04"),
        ("001", "Sekretariat Daerah Kabupaten Klungkung", 9, 31, "188.4/2493/2021", "2021-04-19"),
        ("002", "Dinas Komunikasi, Informatika dan Statistik Kota Denpasar", 1, 5, "188.4/342/DKIS/2023", "2023-03-01"),
        ("003", "Sekretariat Daerah Kabupaten Balangan", 8, 63, "188.45/3/Setda/Kum TAHUN 2024", "2024-04-25"),
        ("004", "Sekretariat Daerah Kabupaten Penajam Paser Utara", 8, 33, "000.8.3.2/26/2024", "2024-11-04"),
    ])
    func seedShape(prefix: String, agency: String, units: Int, services: Int, number: String, date: String) throws {
        let catalog = try Seeds.catalog(prefix)
        #expect(catalog.agencyName == agency)
        #expect(catalog.units.count == units)
        #expect(catalog.serviceCount == services)
        #expect(catalog.decree.number == number)
        #expect(catalog.decree.date == date)
        for unit in catalog.units {
            #expect(!unit.services.isEmpty)
            for service in unit.services {
                #expect(!service.name.isEmpty)
                #expect(!service.components.isEmpty)
                for component in service.components {
                    #expect(!component.text.contains("<"), "markup left in \(service.name) line \(component.line)")
                    #expect(!component.text.contains("\t"))
                    #expect(!component.text.contains("&amp;"))
                }
            }
        }
    }

    @Test func allSeedsTogether() throws {
        let catalogs = try ["000", "001", "002", "003", "004"].map(Seeds.catalog)
        #expect(catalogs.reduce(0) { $0 + $1.serviceCount } == 166)
        #expect(catalogs.reduce(0) { $0 + $1.units.count } == 36)
    }

    @Test func seed000UnitsAndCounts() throws {
        let catalog = try Seeds.catalog("000")
        let counts = catalog.units.map { "\($0.name)=\($0.services.count)" }
        #expect(
            counts == [
                "Bagian Tata Pemerintahan=1", "Bagian Kesejahteraan Rakyat=2", "Bagian Hukum=4", "Bagian Kerjasama=4",
                "Bagian Administrasi Pembangunan=1", "Bagian Pengadaan Barang/Jasa=6", "Bagian Ekonomi=1",
                "Bagian Organisasi=3", "Bagian Umum=6", "Bagian Protokol dan Komunikasi Pimpinan=6",
            ])
        // Every service of seed 000 has all 14 components, numbered 1-14 in order.
        for unit in catalog.units {
            for service in unit.services {
                #expect(service.components.map(\.number) == Array(1...14).map(Optional.some), "\(service.name)")
            }
        }
        // Names come from the headings, not from the up-front list (which says `Puna`).
        #expect(Seeds.service(catalog, line: 371)?.service.name == "Alur Permohonan Pengajuan Punia")
        #expect(Seeds.service(catalog, line: 1113)?.service.name == "Permohonan MC")
    }

    @Test func seed001UnitsComeFromTheLampiranAndNumberingRestartsInPartB() throws {
        let catalog = try Seeds.catalog("001")
        #expect(catalog.units.map(\.services.count) == [2, 3, 6, 1, 7, 4, 2, 5, 1])
        #expect(catalog.units[7].name == "Bagian Protokol dan Komunikasi Pimpinan")
        let wrapped = try #require(Seeds.service(catalog, line: 324))
        #expect(wrapped.service.name == "PELAYANAN BANTUAN HUKUM PERKARA PERDATA & TATA USAHA NEGARA")
        let first = try #require(Seeds.service(catalog, line: 118)).service
        #expect(first.components.map(\.number) == Array(1...14).map(Optional.some))
        #expect(first.component(.jangkaWaktu)?.label == "Waktu Pelayanan")
        #expect(first.component(.pengawasan)?.label == "Pengawas Internal")
        #expect(first.component(.dasarHukum)?.line == 129 - 1 || first.component(.dasarHukum) != nil)
    }

    @Test func seed003HeadlessServicesAreNamedFromTheUpFrontList() throws {
        let catalog = try Seeds.catalog("003")
        #expect(catalog.units.map(\.services.count) == [6, 10, 3, 4, 9, 8, 20, 3])
        let headless: [Int: String] = [
            185: "Fasilitasi Kerjasama Daerah",
            645: "Fasilitasi Pemberian Insentif guru agama keliling",
            811: "Pelayanan Informasi Hukum",
            2383: "Pendampingan Penyusunan Standar Pelayanan",
            2550: "Fasilitasi Pembuatan Kartu Tanda Pengnal PNS",
            2691: "Fasilitasi Penylaian Mandiri Zona",
        ]
        for (line, name) in headless {
            #expect(Seeds.service(catalog, line: line)?.service.name == name)
            #expect(catalog.warnings.contains { $0.line == line && $0.message.contains("tanpa judul") })
        }
        // Each of the eight pasted decrees keeps its own number.
        #expect(
            catalog.units.map(\.decree.number) == [
                "188.45/3/Setda/Kum TAHUN 2024", "188.45/31/Setda/Kum TAHUN 2024", "188.45/32/Setda/Kum TAHUN 2024",
                "188.45/33/Setda/Kum TAHUN 2024", "188.45/34/Setda/Kum TAHUN 2024", "188.45/3/Setda/Kum TAHUN 2024",
                "188.45/37/Setda/Kum TAHUN 2024", "188.45/38/Setda/Kum TAHUN 2024",
            ])
    }

    @Test func seed003ShiftedTimeLimitsArePutBack() throws {
        let catalog = try Seeds.catalog("003")
        // PBJ 9 (E-Tendering) has no jangka waktu row: its text sits in the Biaya cell.
        let tendering = try #require(Seeds.service(catalog, line: 1620)).service
        let time = try #require(tendering.component(.jangkaWaktu))
        #expect(time.text.hasPrefix("l (satu) hari untuk proses reviu berkas"))
        #expect(time.text.hasSuffix("sampai pemenang seleksi."))
        #expect(tendering.component(.biaya)?.text == "Tanpa dipungut biaya")
        // PBJ 3: the end of the jangka waktu went to the Biaya row.
        let spse = try #require(Seeds.service(catalog, line: 1393)).service
        #expect(spse.timeLimitRaw?.contains("Maksimal 7 hari") == true)
        #expect(spse.component(.biaya)?.text == "Tanpa dipungut biaya")
        #expect(catalog.warnings.contains { $0.line == 1659 })
        #expect(catalog.warnings.contains { $0.line == 1400 })
    }

    @Test func seed004ServicesWithoutPartBAndMissingNumbers() throws {
        let catalog = try Seeds.catalog("004")
        #expect(catalog.units.map(\.services.count) == [2, 4, 5, 3, 2, 9, 3, 5])
        let noPartB = try #require(Seeds.service(catalog, line: 374)).service
        #expect(noPartB.components.map(\.number) == Array(1...6).map(Optional.some))
        #expect(catalog.warnings.contains { $0.line == 374 && $0.message.contains("tanpa bagian B") })
        let numberless = try #require(Seeds.service(catalog, line: 995)).service
        #expect(numberless.component(.prosedur)?.line == 1001)
        let keywordless = try #require(Seeds.service(catalog, line: 557)).service
        #expect(keywordless.name == "Pendistribusian Surat Berdasarkan Disposisi Dari Pimpinan")
    }

    @Test func seed002NumberlessRowAndGarbageScript() throws {
        let catalog = try Seeds.catalog("002")
        #expect(catalog.units.first?.name == catalog.agencyName)
        let publikasi = try #require(Seeds.service(catalog, line: 124)).service
        #expect(publikasi.components.count == 14)
        let complaint = try #require(publikasi.component(.pengaduan))
        #expect(complaint.line == 133)
        #expect(complaint.text.split(separator: "\n").count == 6)
        #expect(!catalog.agencyName.unicodeScalars.contains { $0.value >= 0x1000 && $0.value <= 0x109F })
    }
}
