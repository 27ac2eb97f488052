import Foundation
import LoketCore
import Testing
@testable import LoketStore

/// The short code at the head of request numbers (`DPS-2026-000123`), set by an admin.
@Suite struct AgencyCodeTests {
    @Test func aNewCodeNumbersTheNextRequestsAndTheSequenceContinues() throws {
        let world = try RequestWorld()
        let agency = try #require(try world.store.agencies().first)
        let first = try world.log("Legalisasi")
        #expect(first.number == "SDDEN-2026-000001")

        #expect(try world.store.setAgencyCode(agencyID: agency.id, " dps ") == "DPS")
        let second = try world.log("Legalisasi")
        #expect(second.number == "DPS-2026-000002")
        // The old number still finds its request.
        #expect(try world.store.summary(number: "SDDEN-2026-000001")?.number == "SDDEN-2026-000001")
        #expect(try world.store.agency(id: agency.id)?.code == "DPS")
    }

    @Test func codesMustBeShortLettersAndDigitsAndFree() throws {
        let world = try RequestWorld()
        _ = try world.store.importCatalogs([Fixture.diskominfo])
        let agencies = try world.store.agencies()
        let setda = try #require(agencies.first { $0.code == "SDDEN" })
        let other = try #require(agencies.first { $0.id != setda.id })
        for bad in ["D", "1DPS", "DPS-1", "TERLALUPANJANG", "DPŠ", ""] {
            #expect(throws: StoreError.invalidAgencyCode(bad.uppercased())) {
                try world.store.setAgencyCode(agencyID: setda.id, bad)
            }
        }
        #expect(throws: StoreError.agencyCodeTaken(code: other.code, by: other.name)) {
            try world.store.setAgencyCode(agencyID: setda.id, other.code)
        }
        // A code that once headed another agency's request numbers stays taken.
        _ = try world.log("Legalisasi")  // SDDEN-2026-000001
        try world.store.setAgencyCode(agencyID: setda.id, "DPS")
        #expect(throws: StoreError.agencyCodeTaken(code: "SDDEN", by: setda.name)) {
            try world.store.setAgencyCode(agencyID: other.id, "SDDEN")
        }
        #expect(throws: StoreError.unknownAgency(999)) { try world.store.setAgencyCode(agencyID: 999, "ABC") }
        #expect(try world.store.agency(id: other.id)?.code == other.code)
    }
}
