import Foundation
import LoketCore
import LoketImporter
import LoketSeed
import Testing

@testable import LoketStore

/// The real seed decrees through the importer into the store.
struct SeedImportTests {
    func seedCatalogs(editing edit: (String, String) -> String = { $1 }) throws -> [ParsedCatalog] {
        try SeedFiles.decrees.map { url in
            let text = edit(url.lastPathComponent, try String(contentsOf: url, encoding: .utf8))
            return try DecreeParser.parse(text: text, source: url.lastPathComponent)
        }
    }

    func counts(_ store: Store) throws -> [Int] {
        try store.reader.read { db in
            try ["agency", "decree", "catalogRevision", "unit", "service", "serviceRevision", "component"].map {
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \($0)")!
            }
        }
    }

    @Test func allSeedsImportAndReimportChangesNothing() throws {
        let store = try Store.inMemory()
        let first = try store.importCatalogs(try seedCatalogs())
        #expect(first.allSatisfy { $0.kind == .created })
        let tree = try store.catalogTree()
        #expect(tree.count == 5)
        #expect(tree.reduce(0) { $0 + $1.serviceCount } == 166)
        #expect(tree.reduce(0) { $0 + $1.units.count } == 36)
        let before = try counts(store)
        let again = try store.importCatalogs(try seedCatalogs())
        #expect(again.allSatisfy { $0.kind == .unchanged })
        #expect(try counts(store) == before)
    }

    @Test func changedDecreeMakesARevisionAndKeepsServiceIDs() throws {
        let store = try Store.inMemory()
        _ = try store.importCatalogs(try seedCatalogs())
        let ids = Dictionary(
            uniqueKeysWithValues: try store.catalogTree().flatMap { agency in
                agency.units.flatMap { unit in unit.services.map { ("\(agency.name)|\(unit.name)|\($0.name)", $0.id) } }
            }
        )
        // Denpasar changes the time limit of Permohonan MC from 2 to 3 days.
        let changed = try seedCatalogs { name, text in
            name.hasPrefix("000")
                ? text.replacingOccurrences(of: "3\tJangka Waktu\t2 Hari", with: "3\tJangka Waktu\t3 Hari")
                    .replacingOccurrences(of: "3.\tJangka Waktu\t2 Hari", with: "3.\tJangka Waktu\t3 Hari") : text
        }
        let outcomes = try store.importCatalogs(changed)
        #expect(outcomes.filter { $0.kind == .revised }.map(\.agencyName) == ["Sekretariat Daerah Kota Denpasar"])
        let tree = try store.catalogTree()
        let denpasar = try #require(tree.first { $0.name == "Sekretariat Daerah Kota Denpasar" })
        #expect(denpasar.revision == 2)
        for agency in tree {
            for unit in agency.units {
                for service in unit.services {
                    #expect(ids["\(agency.name)|\(unit.name)|\(service.name)"] == service.id)
                }
            }
        }
        let mc = try #require(denpasar.units.flatMap(\.services).first { $0.name == "Permohonan MC" })
        #expect(mc.timeLimitRaw == "3 Hari")
    }
}
