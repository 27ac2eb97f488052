import LoketCore
import Testing
@testable import LoketStore

@Suite struct NameKeyTests {
    @Test(arguments: [
        ("Permohonan MC.", "permohonan mc"),
        ("Permohonan MC", "permohonan mc"),
        ("  PERMOHONAN   mc ;", "permohonan mc"),
        ("Pelayanan Café Éxample", "pelayanan cafe example"),
        ("Hukum/Perundang-undangan", "hukumperundangundangan"),
        ("Bagian Umum - Protokol", "bagian umum protokol"),
        ("Layanan (SKM) 2024", "layanan skm 2024"),
        ("S.H.", "sh"),
        ("...", ""),
    ])
    func folds(_ name: String, _ key: String) {
        #expect(NameKey.make(name) == key)
    }

    @Test(arguments: [
        ("Sekretariat Daerah Kota Denpasar", "SDDEN"),
        ("Sekretariat Daerah Kabupaten Klungkung", "SDKLU"),
        ("Dinas Komunikasi, Informatika dan Statistik Kota Denpasar", "DKISDEN"),
        ("Sekretariat Daerah Kabupaten Penajam Paser Utara", "SDPPU"),
        ("Badan Pusat", "BP"),
        ("...", "INST"),
    ])
    func agencyCodes(_ name: String, _ code: String) {
        #expect(AgencyCode.derive(from: name) == code)
    }

    @Test func agencyCodeUniqueness() {
        let taken: Set<String> = ["SDDEN", "SDDEN2"]
        #expect(AgencyCode.unique("SDDEN") { taken.contains($0) } == "SDDEN3")
        #expect(AgencyCode.unique("SDKLU") { taken.contains($0) } == "SDKLU")
    }

    @Test func fingerprintIsStableAndCoversTheContent() {
        let catalog = Fixture.setda
        let fingerprint = CatalogFingerprint.of(catalog)
        #expect(fingerprint.count == 16)
        #expect(fingerprint.allSatisfy { $0.isHexDigit && !$0.isUppercase })
        // Not seeded per process: the same value in every run (a stored value must not drift).
        #expect(fingerprint == Self.setdaFingerprint)

        var renamed = catalog
        renamed.source = "lain.txt"
        renamed.agencyName = "SEKRETARIAT DAERAH KOTA DENPASAR"
        #expect(CatalogFingerprint.of(renamed) == fingerprint)

        var changes: [ParsedCatalog] = []
        var c = catalog
        c.units[0].name = "Bagian Hukum dan HAM"
        changes.append(c)
        c = catalog
        c.decree.date = "2021-03-16"
        changes.append(c)
        c = catalog
        c.units[1].decree.number = "x"
        changes.append(c)
        c = catalog
        c.units[0].services[0].name = "Permohonan MC"
        changes.append(c)
        c = catalog
        c.units[0].services[0].line = 11
        changes.append(c)
        c = catalog
        c.units[0].services[0].components[3].number = 13
        changes.append(c)
        c = catalog
        c.units[0].services[0].components[3].label = "Maklumat Pelayanan"
        changes.append(c)
        c = catalog
        c.units[0].services[0].components[0].text = "KTP"
        changes.append(c)
        c = catalog
        c.units[0].services[0].components[0].line = 99
        changes.append(c)
        c = catalog
        c.units[0].services.swapAt(0, 1)
        changes.append(c)
        // Field boundaries matter: moving text between label and text is a change.
        c = catalog
        c.units[0].services[0].components[0].label = "PersyaratanK"
        c.units[0].services[0].components[0].text = "TP\nSurat permohonan"
        changes.append(c)
        let fingerprints = Set(changes.map(CatalogFingerprint.of))
        #expect(fingerprints.count == changes.count)
        #expect(!fingerprints.contains(fingerprint))
    }

    @Test func fnv1aMatchesTheReferenceVectors() {
        var empty = FNV1a()
        empty.bytes([UInt8]())
        #expect(empty.hex == "cbf29ce484222325")
        var a = FNV1a()
        a.bytes("a".utf8)
        #expect(a.hex == "af63dc4c8601ec8c")
        var foobar = FNV1a()
        foobar.bytes("foobar".utf8)
        #expect(foobar.hex == "85944171f73967e8")
    }

    /// Recorded once; must never change (changing it would make every stored catalog "changed").
    static let setdaFingerprint = "569ab6b54a98e554"
}
