import Foundation
import LoketCore
import Testing
@testable import LoketStore

@Suite struct TimeLimitOverrideTests {
    static func store() throws -> (Store, ServiceSummary) {
        let store = try Store.inMemory()
        _ = try store.importCatalogs([Fixture.setda])
        let service = try #require(try store.catalogTree().first?.units.first?.services.first)
        return (store, service)
    }

    @Test func withoutOverrideTheDecreeTextIsInForce() throws {
        let (store, service) = try Self.store()
        let limit = try #require(try store.timeLimit(serviceID: service.id))
        #expect(limit.decreeText == "3 (hari) hari kerja")
        #expect(!limit.isOverride)
        #expect(limit.reading == .duration(TimeAmount(3, .workdays)))
        #expect(try store.timeLimit(serviceID: 999) == nil)
    }

    @Test func overrideIsInForceAndShownBesideTheDecreeText() throws {
        let (store, service) = try Self.store()
        try store.setTimeLimitOverride(serviceID: service.id, text: "5 hari kerja", reason: "Nota dinas", by: "spv")
        let limit = try #require(try store.timeLimit(serviceID: service.id))
        #expect(limit.isOverride)
        #expect(limit.text == "5 hari kerja")
        #expect(limit.decreeText == "3 (hari) hari kerja")
        #expect(limit.reading == .duration(TimeAmount(5, .workdays)))
        #expect(limit.override?.reason == "Nota dinas")
        #expect(limit.override?.setBy == "spv")

        let summary = try #require(try store.catalogTree().first?.units.first?.services.first)
        #expect(summary.timeLimitOverride == "5 hari kerja")
        #expect(summary.timeLimitRaw == "3 (hari) hari kerja")
        let card = try #require(try store.serviceCard(serviceID: service.id))
        #expect(card.timeLimitOverride?.text == "5 hari kerja")
        #expect(card.timeLimitRaw == "3 (hari) hari kerja")
        // Other services are untouched.
        let other = try #require(try store.catalogTree().first?.units.first?.services.last)
        #expect(other.timeLimitOverride == nil)
    }

    @Test func overrideSurvivesReimportAndANewRevision() throws {
        let (store, service) = try Self.store()
        try store.setTimeLimitOverride(serviceID: service.id, text: "5 hari kerja", reason: nil, by: nil)
        let outcomes = try store.importCatalogs([Fixture.setda])
        #expect(outcomes.map(\.kind) == [.unchanged])
        #expect(try store.timeLimit(serviceID: service.id)?.text == "5 hari kerja")

        // A revised decree prints 4 days: the service keeps its id, the override stays in force,
        // and the decree text shown beside it is the new one.
        var revised = Fixture.setda
        revised.units[0].services[0] = Fixture.service("Permohonan MC.", line: 10, days: 4)
        let second = try store.importCatalogs([revised])
        #expect(second.map(\.revision) == [2])
        let limit = try #require(try store.timeLimit(serviceID: service.id))
        #expect(limit.text == "5 hari kerja")
        #expect(limit.decreeText == "4 (hari) hari kerja")
    }

    @Test func replacingAndClearing() throws {
        let (store, service) = try Self.store()
        try store.setTimeLimitOverride(serviceID: service.id, text: "5 hari kerja", reason: nil, by: nil)
        try store.setTimeLimitOverride(serviceID: service.id, text: "2 jam", reason: "b", by: nil)
        #expect(try store.timeLimit(serviceID: service.id)?.reading == .duration(TimeAmount(2, .hours)))
        #expect(try store.clearTimeLimitOverride(serviceID: service.id))
        #expect(!(try store.clearTimeLimitOverride(serviceID: service.id)))
        #expect(try store.timeLimit(serviceID: service.id)?.isOverride == false)
        #expect(throws: StoreError.unknownService(999)) {
            try store.setTimeLimitOverride(serviceID: 999, text: "1 jam", reason: nil, by: nil)
        }
    }

    @Test func servicesAreFoundByIdOrByWordsOfTheirName() throws {
        let (store, service) = try Self.store()
        _ = try store.importCatalogs([Fixture.diskominfo])
        #expect(try store.findServices(matching: "#\(service.id)").map(\.id) == [service.id])
        #expect(try store.findServices(matching: "permohonan mc").map(\.name) == ["Permohonan MC."])
        #expect(try store.findServices(matching: "konsul huk").map(\.name) == ["Konsultasi Hukum"])
        #expect(try store.findServices(matching: "pe").count == 3)  // Permohonan, Peminjaman, Permintaan
        #expect(try store.findServices(matching: "zzz").isEmpty)
        #expect(try store.findServices(matching: "  ").isEmpty)
    }
}
