import Foundation
import GRDB
import LoketCore
import Testing
@testable import LoketStore

@Suite struct CatalogQueryTests {
    @Test func serviceCardListsComponentsInOrderWithNullNumbers() throws {
        let store = try Store.inMemory()
        _ = try store.importCatalogs([Fixture.setda])
        let tree = try #require(try store.catalogTree().first)
        let service = tree.units[0].services[0]

        let card = try #require(try store.serviceCard(serviceID: service.id))
        #expect(card.serviceID == service.id)
        #expect(card.name == "Permohonan MC.")
        #expect(card.line == 10)
        #expect(card.timeLimitRaw == "3 (hari) hari kerja")
        #expect(card.revision == 1)
        #expect(card.isCurrent)
        #expect(card.unitName == "Bagian Hukum")
        #expect(card.unitID == tree.units[0].id)
        #expect(card.agency.name == Fixture.agencyName)
        #expect(card.agency.code == "SDDEN")
        #expect(card.agency.timeZone == "Asia/Makassar")
        #expect(card.decree == DecreeSummary(number: "188.4/726/ORG/2021", date: "2021-03-15", source: "000_setda.txt"))
        #expect(card.components.map(\.position) == [0, 1, 2, 3, 4])
        #expect(card.components.map(\.number) == [1, 2, 3, nil, 14])
        #expect(
            card.components.map(\.label) == [
                "Persyaratan", "Sistem, Mekanisme dan Prosedur", "Jangka Waktu", "Maklumat",
                "Evaluasi Kinerja Pelaksana",
            ])
        #expect(card.components[0].text == "KTP\nSurat permohonan")
        #expect(card.components.map(\.line) == [11, 12, 13, 14, 15])
        #expect(card.components[3].component == nil)
        #expect(card.component(.evaluasi)?.text == "Setahun sekali")
        #expect(card.component(.biaya) == nil)

        #expect(try store.serviceCard(serviceID: 999_999) == nil)
    }

    @Test func agenciesAndLookup() throws {
        let store = try Store.inMemory()
        #expect(try store.agencies().isEmpty)
        _ = try store.importCatalogs([
            Fixture.setda, Fixture.diskominfo,
            Fixture.catalog(Fixture.setda.units, agency: "Sekretariat Daerah Kabupaten Klungkung", source: "k.txt"),
            Fixture.catalog(Fixture.setda.units, agency: "Dinas Pariwisata Kota Denpasar Selatan", source: "p.txt"),
        ])
        let all = try store.agencies()
        #expect(all.count == 4)
        #expect(all.allSatisfy { $0.revision == 1 })
        let setda = try #require(all.first { $0.name == Fixture.agencyName })
        #expect(try store.agency(id: setda.id) == setda)
        #expect(try store.agency(id: 424_242) == nil)

        #expect(try store.findAgencies(matching: "\(setda.id)") == [setda])
        #expect(try store.findAgencies(matching: "sdden") == [setda])
        #expect(try store.findAgencies(matching: "klungkung").map(\.name) == ["Sekretariat Daerah Kabupaten Klungkung"])
        #expect(try store.findAgencies(matching: "KLÜNGKÜNG").count == 1)
        #expect(try store.findAgencies(matching: "sekr. daerah, kota").map(\.name) == [Fixture.agencyName])
        #expect(try store.findAgencies(matching: "denpasar").count == 3)
        #expect(try store.findAgencies(matching: "sekretariat daerah").count == 2)
        #expect(try store.findAgencies(matching: "bandung").isEmpty)
        #expect(try store.findAgencies(matching: " ... ").isEmpty)
    }

    @Test func anExactNameWinsOverLongerNames() throws {
        let store = try Store.inMemory()
        _ = try store.importCatalogs([
            Fixture.setda,
            Fixture.catalog(Fixture.setda.units, agency: "Sekretariat Daerah Kota Denpasar Utara", source: "u.txt"),
        ])
        let exact = try store.findAgencies(matching: "sekretariat daerah kota denpasar")
        #expect(exact.map(\.name) == [Fixture.agencyName])
        #expect(try store.findAgencies(matching: "daerah kota denpasar").count == 2)
    }

    /// On a file database: the tree and a card (their speed is `loket bench catalog`'s and
    /// `bench tui`'s; no timed assertion here, a loaded CI machine would fail it).
    @Test func catalogTreeAndCardOnAFileDatabase() throws {
        let dir = try Fixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try Store(path: dir.appendingPathComponent("loket.sqlite").path)
        _ = try store.importCatalogs([Fixture.large(services: 170), Fixture.diskominfo])
        let tree = try store.catalogTree()
        #expect(tree.map(\.serviceCount).sorted() == [1, 170])
        let serviceID = try #require(tree.first { $0.serviceCount == 170 }?.units.last?.services.last?.id)
        #expect(try store.serviceCard(serviceID: serviceID)?.serviceID == serviceID)
    }

    @Test func catalogTreeUsesItsIndexes() throws {
        let store = try Store.inMemory()
        _ = try store.importCatalogs([Fixture.setda])
        let plan = try store.reader.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    EXPLAIN QUERY PLAN
                    SELECT * FROM serviceRevision WHERE revision_id = 1 ORDER BY position
                    """
            ).map { $0["detail"] as String }
        }
        #expect(plan.contains { $0.contains("serviceRevision_on_revision_position") }, "\(plan)")
    }
}
