import Foundation
import GRDB
import LoketCore
import Testing
@testable import LoketStore

@Suite struct CatalogImportTests {
    @Test func importBuildsTheTree() throws {
        let store = try Store.inMemory()
        let outcomes = try store.importCatalogs([Fixture.setda, Fixture.diskominfo])

        #expect(outcomes.map(\.kind) == [.created, .created])
        #expect(outcomes[0].revision == 1)
        #expect(outcomes[0].unitCount == 2)
        #expect(outcomes[0].serviceCount == 3)
        #expect(outcomes[0].agencyCode == "SDDEN")
        #expect(outcomes[1].agencyCode == "DKISDEN")
        #expect(!(try store.isEmpty()))

        let tree = try store.catalogTree()
        #expect(
            tree.map(\.name) == [
                "Dinas Komunikasi, Informatika dan Statistik Kota Denpasar", Fixture.agencyName,
            ])
        let setda = try #require(tree.first { $0.name == Fixture.agencyName })
        #expect(setda.revision == 1)
        #expect(setda.timeZone == "Asia/Makassar")
        #expect(setda.units.map(\.name) == ["Bagian Hukum", "Bagian Umum"])
        #expect(setda.units[0].services.map(\.name) == ["Permohonan MC.", "Konsultasi Hukum"])
        #expect(setda.units[0].services.map(\.line) == [10, 30])
        #expect(setda.units[0].services[1].timeLimitRaw == "5 (hari) hari kerja")
        #expect(setda.units[1].services.map(\.name) == ["Peminjaman Aula"])

        let counts = try RowCounts(store)
        #expect(
            counts.counts == [
                "agency": 2, "decree": 2, "catalogRevision": 2, "unit": 3, "service": 4, "serviceRevision": 4,
                "component": 20,
            ])
    }

    @Test func reimportingTheSameCatalogChangesNothing() throws {
        let store = try Store.inMemory()
        _ = try store.importCatalogs([Fixture.setda, Fixture.diskominfo])
        let before = try dump(store)

        let outcomes = try store.importCatalogs([Fixture.setda, Fixture.diskominfo])
        #expect(outcomes.map(\.kind) == [.unchanged, .unchanged])
        #expect(outcomes.map(\.revision) == [1, 1])
        #expect(outcomes[0].serviceCount == 3)
        #expect(outcomes[0].unitCount == 2)
        #expect(try dump(store) == before)

        // The file name is not content: a renamed file is the same catalog.
        var renamed = Fixture.setda
        renamed.source = "setda-salinan.txt"
        #expect(try store.importCatalogs([renamed]).map(\.kind) == [.unchanged])
        #expect(try dump(store) == before)
    }

    @Test func aChangedCatalogMakesRevisionTwoAndKeepsServiceIDs() throws {
        let store = try Store.inMemory()
        _ = try store.importCatalogs([Fixture.setda])
        let rev1 = try #require(try store.catalogTree().first)
        let mcID = rev1.units[0].services[0].id
        let konsultasiID = rev1.units[0].services[1].id
        let aulaID = rev1.units[1].services[0].id
        let rev1Rows = try serviceRevisionRows(store, revision: 1)

        let decree = DecreeInfo(number: "188.4/100/ORG/2024", date: "2024-01-02")
        let changed = Fixture.catalog(
            [
                Fixture.unit(
                    "Bagian Hukum",
                    [
                        Fixture.service("Permohonan MC", line: 12, days: 4),  // same key: "permohonan mc"
                        Fixture.service("Konsultasi dan Bantuan Hukum", line: 40),  // renamed: a new service
                    ], decree: decree),
                Fixture.unit("BAGIAN UMUM;", [Fixture.service("peminjaman  aula.", line: 60, days: 1)], decree: decree),
            ], decree: decree)
        let outcome = try #require(try store.importCatalogs([changed]).first)
        #expect(outcome.kind == .revised)
        #expect(outcome.revision == 2)
        #expect(outcome.carriedOverUnitCount == 0)

        let rev2 = try #require(try store.catalogTree().first)
        #expect(rev2.revision == 2)
        #expect(rev2.units.count == 2)
        #expect(rev2.units[0].services[0].id == mcID)
        #expect(rev2.units[0].services[0].name == "Permohonan MC")
        #expect(rev2.units[0].services[0].timeLimitRaw == "4 (hari) hari kerja")
        #expect(rev2.units[0].services[1].id != konsultasiID)
        #expect(rev2.units[0].services[1].name == "Konsultasi dan Bantuan Hukum")
        #expect(rev2.units[1].id == rev1.units[1].id)
        #expect(rev2.units[1].name == "BAGIAN UMUM;")
        #expect(rev2.units[1].services[0].id == aulaID)

        // Revision 1 is intact.
        #expect(try serviceRevisionRows(store, revision: 1) == rev1Rows)
        // The renamed service is no longer current; its card is the revision-1 one.
        let oldCard = try #require(try store.serviceCard(serviceID: konsultasiID))
        #expect(oldCard.revision == 1)
        #expect(!oldCard.isCurrent)
        #expect(oldCard.decree.number == Fixture.decree.number)
        let mcCard = try #require(try store.serviceCard(serviceID: mcID))
        #expect(mcCard.revision == 2)
        #expect(mcCard.isCurrent)
        #expect(mcCard.decree.number == "188.4/100/ORG/2024")
        #expect(mcCard.agency.revision == 2)
    }

    @Test func unitsTheCatalogDoesNotMentionAreCarriedOver() throws {
        let store = try Store.inMemory()
        // One decree per Bagian, shipped as separate files.
        let hukumDecree = DecreeInfo(number: "1/HK/2024", date: "2024-01-01")
        let hukum = Fixture.catalog(
            [
                Fixture.unit("Bagian Hukum", [Fixture.service("Permohonan MC", line: 10)], decree: hukumDecree)
            ], source: "hukum.txt", decree: hukumDecree)
        let umumDecree = DecreeInfo(number: "2/UM/2024", date: "2024-02-01")
        let umum = Fixture.catalog(
            [
                Fixture.unit(
                    "Bagian Umum",
                    [
                        Fixture.service("Peminjaman Aula", line: 10),
                        Fixture.service("Peminjaman Kendaraan", line: 30),
                    ], decree: umumDecree)
            ], source: "umum.txt", decree: umumDecree)

        let outcomes = try store.importCatalogs([hukum, umum])
        #expect(outcomes.map(\.kind) == [.created, .revised])
        #expect(outcomes.map(\.revision) == [1, 2])
        #expect(outcomes[1].carriedOverUnitCount == 1)
        #expect(outcomes[1].unitCount == 2)
        #expect(outcomes[1].serviceCount == 3)

        let tree = try #require(try store.catalogTree().first)
        #expect(tree.units.map(\.name) == ["Bagian Hukum", "Bagian Umum"])
        let mcID = tree.units[0].services[0].id
        let card = try #require(try store.serviceCard(serviceID: mcID))
        #expect(card.revision == 2)
        #expect(card.decree == DecreeSummary(number: "1/HK/2024", date: "2024-01-01", source: "hukum.txt"))
        #expect(card.components.count == 5)

        // Importing both files again changes nothing: each one is already in the latest revision.
        let before = try dump(store)
        #expect(try store.importCatalogs([hukum, umum]).map(\.kind) == [.unchanged, .unchanged])
        #expect(try store.importCatalogs([umum, hukum]).map(\.kind) == [.unchanged, .unchanged])
        #expect(try dump(store) == before)

        // A new Hukum decree replaces Hukum only and keeps the unit order.
        var newHukum = hukum
        newHukum.units[0].services.append(Fixture.service("Penyusunan Produk Hukum", line: 40))
        let outcome = try #require(try store.importCatalogs([newHukum]).first)
        #expect(outcome.revision == 3)
        #expect(outcome.carriedOverUnitCount == 1)
        let rev3 = try #require(try store.catalogTree().first)
        #expect(rev3.units.map(\.name) == ["Bagian Hukum", "Bagian Umum"])
        #expect(rev3.units.map { $0.services.count } == [2, 2])
        #expect(rev3.units[0].services[0].id == mcID)
        #expect(rev3.units[1].services.map(\.id) == tree.units[1].services.map(\.id))
    }

    @Test func anOlderCatalogWhoseUnitWasReplacedIsNotUnchanged() throws {
        let store = try Store.inMemory()
        let first = Fixture.setda
        var second = Fixture.setda
        second.units[0].services.removeLast()
        _ = try store.importCatalogs([first, second])
        // The latest revision holds `second`'s Bagian Hukum: importing `first` again is a change.
        let outcome = try #require(try store.importCatalogs([first]).first)
        #expect(outcome.kind == .revised)
        #expect(outcome.revision == 3)
        #expect(try store.catalogTree().first?.units[0].services.count == 2)
    }

    @Test func aFailureMidImportLeavesEveryTableAsBefore() throws {
        let store = try Store.inMemory()
        _ = try store.importCatalogs([Fixture.setda])
        let before = try dump(store)
        let counts = try RowCounts(store)

        var changed = Fixture.setda
        changed.units[0].services[0].line = 11
        changed.units.append(Fixture.unit("Bagian Baru", [Fixture.service("Layanan Baru", line: 90)]))
        let error = #expect(throws: StoreError.self) {
            try store.importCatalogs([changed], at: Date(), failAfterServices: 2)
        }
        guard case .importFailed(let source, let reason) = error else {
            Issue.record("expected importFailed, got \(String(describing: error))")
            return
        }
        #expect(source == changed.source)
        #expect(reason.contains("uji coba"))
        #expect(error?.description.contains("dibatalkan") == true)
        #expect(try RowCounts(store) == counts)
        #expect(try dump(store) == before)

        // The same import without the failure goes through.
        #expect(try store.importCatalogs([changed]).first?.revision == 2)
    }

    @Test func whenTheSecondCatalogFailsNeitherIsWritten() throws {
        let store = try Store.inMemory()
        let before = try dump(store)

        // Injected failure inside the second catalog (the first has 3 services).
        #expect(throws: StoreError.self) {
            try store.importCatalogs([Fixture.setda, Fixture.diskominfo], at: Date(), failAfterServices: 4)
        }
        #expect(try dump(store) == before)
        #expect(try store.isEmpty())

        // A second catalog that cannot be imported at all.
        let empty = Fixture.catalog([Fixture.unit("Bagian Kosong", [])], agency: "Dinas Kosong", source: "rusak.txt")
        let error = #expect(throws: StoreError.self) { try store.importCatalogs([Fixture.setda, empty]) }
        #expect(error == .emptyCatalog(source: "rusak.txt", agency: "Dinas Kosong"))
        #expect(error?.description.contains("rusak.txt") == true)
        #expect(try dump(store) == before)

        let nameless = Fixture.catalog(Fixture.setda.units, agency: " .. ", source: "tanpa-nama.txt")
        #expect(throws: StoreError.missingAgencyName(source: "tanpa-nama.txt")) {
            try store.importCatalogs([Fixture.setda, nameless])
        }
        #expect(try dump(store) == before)
    }

    @Test func duplicateNamesAreKeptNotLost() throws {
        let store = try Store.inMemory()
        let catalog = Fixture.catalog([
            Fixture.unit("Bagian Hukum", [Fixture.service("Konsultasi", line: 10)]),
            Fixture.unit("Bagian  Hukum.", [Fixture.service("Konsultasi", line: 30, days: 9)]),  // same unit key
        ])
        let outcome = try #require(try store.importCatalogs([catalog]).first)
        #expect(outcome.unitCount == 1)
        #expect(outcome.serviceCount == 2)
        let tree = try #require(try store.catalogTree().first)
        #expect(tree.units.count == 1)
        #expect(tree.units[0].services.map(\.timeLimitRaw) == ["3 (hari) hari kerja", "9 (hari) hari kerja"])
        #expect(Set(tree.units[0].services.map(\.id)).count == 2)

        // Stable across re-imports of a changed catalog.
        var changed = catalog
        changed.decree = DecreeInfo(number: "baru", date: nil)
        _ = try store.importCatalogs([changed])
        #expect(try store.catalogTree().first?.units[0].services.map(\.id) == tree.units[0].services.map(\.id))
    }

    @Test func agencyCodesStayUnique() throws {
        let store = try Store.inMemory()
        let other = Fixture.catalog(Fixture.setda.units, agency: "Sekretariat Dewan Kota Denpasar", source: "dprd.txt")
        let outcomes = try store.importCatalogs([Fixture.setda, other])
        #expect(outcomes.map(\.agencyCode) == ["SDDEN", "SDDEN2"])
        // The same agency spelled differently is the same agency.
        let respelled = Fixture.catalog(Fixture.setda.units, agency: "SEKRETARIAT DAERAH KOTA DENPASAR.")
        let again = try #require(try store.importCatalogs([respelled]).first)
        #expect(again.kind == .unchanged)
        #expect(again.agencyID == outcomes[0].agencyID)
    }

    /// The rows of serviceRevision (and their components) of one revision of the first agency.
    private func serviceRevisionRows(_ store: Store, revision: Int) throws -> [String] {
        try store.reader.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT sr.*, group_concat(c.position || ':' || COALESCE(c.number, '-') || ':' || c.text, '|')
                    FROM serviceRevision sr
                    JOIN catalogRevision r ON r.id = sr.revision_id
                    JOIN component c ON c.service_revision_id = sr.id
                    WHERE r.number = ?
                    GROUP BY sr.id ORDER BY sr.id
                    """, arguments: [revision]
            ).map(\.description)
        }
    }
}
