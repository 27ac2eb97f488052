import Foundation
import GRDB
import LoketCore
import Testing
@testable import LoketStore

/// `LOKET_USER` / `LOKET_NOW`: only an admin may act as another user or set the clock.
@Suite struct ActingUserTests {
    static func store() throws -> (Store, admin: User) {
        let store = try Store.inMemory()
        let admin = try #require(try store.bootstrapAdmin(account: "root"))
        _ = try store.addUser(account: "putu", displayName: nil, role: .petugas, unitIDs: [], by: admin)
        _ = try store.addUser(account: "kabag", displayName: nil, role: .supervisor, unitIDs: [], by: admin)
        return (store, admin)
    }

    @Test func everyoneActsAsThemselves() throws {
        let (store, _) = try Self.store()
        #expect(try store.actingUser(real: "putu", acting: "putu", simulatedClock: false, at: Date()).role == .petugas)
        #expect(try store.actingUser(real: "root", acting: "root", simulatedClock: true, at: Date()).role == .admin)
    }

    @Test func anAdminMayActAsAnotherUser() throws {
        let (store, _) = try Self.store()
        let user = try store.actingUser(real: "root", acting: "kabag", simulatedClock: true, at: Date())
        #expect(user.account == "kabag")
        #expect(user.role == .supervisor)
    }

    /// An account that may only read the file (no writer can be opened) is still told it is
    /// refused, not that the database cannot be opened: the refusal just cannot be logged.
    @Test func aRefusalStandsWhenTheFileCannotBeWritten() throws {
        let dir = try Fixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("loket.sqlite").path
        let store = try Store(path: path)
        let admin = try #require(try store.bootstrapAdmin(account: "root"))
        _ = try store.addUser(account: "putu", displayName: nil, role: .petugas, unitIDs: [], by: admin)
        let readOnly = Store(
            reader: try DatabasePool(path: path, configuration: Store.configuration(readonly: true)), writer: nil,
            path: nil)
        #expect(throws: AccessError.unknownAccount("tamu")) {
            try readOnly.actingUser(real: "tamu", acting: "tamu", simulatedClock: false, at: Date())
        }
        #expect(throws: AccessError.self) {
            try readOnly.actingUser(real: "putu", acting: "root", simulatedClock: false, at: Date())
        }
        #expect(try readOnly.currentUser(account: "putu").account == "putu")
    }

    @Test func othersAreRefusedAndTheRefusalIsLogged() throws {
        let (store, _) = try Self.store()
        #expect(throws: AccessError.self) {
            try store.actingUser(real: "putu", acting: "root", simulatedClock: false, at: Date())
        }
        #expect(throws: AccessError.self) {
            try store.actingUser(real: "kabag", acting: "kabag", simulatedClock: true, at: Date())
        }
        #expect(throws: AccessError.self) {  // an unknown real account cannot pick a known one
            try store.actingUser(real: "tamu", acting: "root", simulatedClock: false, at: Date())
        }
        let logged = try store.refusals()
        #expect(logged.count == 3)
        // A refused simulated clock does not date its own refusal.
        let past = Date(timeIntervalSince1970: 1_600_000_000)  // 2020
        #expect(throws: AccessError.self) {
            try store.actingUser(real: "putu", acting: "putu", simulatedClock: true, at: past)
        }
        #expect(try store.refusals().first.map { abs($0.at.timeIntervalSinceNow) < 60 } == true)
        #expect(try store.refusals().count == 4)
        #expect(Set(logged.map(\.account)) == ["putu", "kabag", "tamu"])  // (before the clock case below)
        #expect(logged.allSatisfy { $0.permission == "bertindak_sebagai" })
    }
}

/// A supervisor limited to units acts on those units' agency and services only.
@Suite struct ScopedSupervisorTests {
    @Test func agencyWideActionsNeedOneOfTheAgencysUnits() throws {
        let world = try RequestWorld()  // Setda Denpasar: Bagian Hukum, Bagian Umum; kabag: Hukum only
        _ = try world.store.importCatalogs([Fixture.diskominfo])
        let setda = try #require(try world.store.agencies().first { $0.code == "SDDEN" })
        let other = try #require(try world.store.agencies().first { $0.id != setda.id })
        try world.store.authorize(world.supervisor, .manageHolidays, agencyID: setda.id)
        #expect(throws: AccessError.self) {
            try world.store.authorize(world.supervisor, .manageHolidays, agencyID: other.id)
        }
        // Unit-level: Hukum yes, Umum no.
        try world.store.authorize(world.supervisor, .overrideTimeLimit, unitID: world.hukum)
        #expect(throws: AccessError.self) {
            try world.store.authorize(world.supervisor, .overrideTimeLimit, unitID: world.umum)
        }
        // An admin, and a supervisor of every unit, may act anywhere.
        try world.store.authorize(world.admin, .manageHolidays, agencyID: other.id)
        let everywhere = try world.store.addUser(
            account: "kepala", displayName: nil, role: .supervisor, unitIDs: [], by: world.admin)
        try world.store.authorize(everywhere, .manageHolidays, agencyID: other.id)
        // Both refusals were logged.
        #expect(try world.store.refusals().filter { $0.account == "kabag" }.count == 2)
    }
}

/// Staff change: an admin moves, promotes and deactivates users; one active admin always remains.
@Suite struct UserChangeTests {
    @Test func movePromoteDeactivateAndBack() throws {
        let world = try RequestWorld()
        var putu = try world.store.updateUser(account: "putu", unitIDs: [world.umum], by: world.admin)
        #expect(putu.units.map(\.id) == [world.umum])
        putu = try world.store.updateUser(account: "putu", role: .supervisor, by: world.admin)
        #expect(putu.role == .supervisor && putu.units.map(\.id) == [world.umum])  // units kept

        _ = try world.store.updateUser(account: "putu", active: false, by: world.admin)
        #expect(throws: AccessError.inactiveAccount("putu")) { try world.store.currentUser(account: "putu") }
        #expect(try world.store.refusals().first?.account == "putu")
        // Nothing is handed to a deactivated account.
        let request = try world.log("Legalisasi", by: world.supervisor)
        let inactive = try #require(try world.store.user(account: "putu"))
        #expect(throws: RequestError.inactiveAssignee("putu")) {
            try world.store.assign(number: request.number, to: inactive, by: world.admin)
        }
        _ = try world.store.updateUser(account: "putu", active: true, by: world.admin)
        #expect(try world.store.currentUser(account: "putu").role == .supervisor)

        // A deactivated admin may no longer act as others.
        _ = try world.store.addUser(account: "admin2", displayName: nil, role: .admin, unitIDs: [], by: world.admin)
        _ = try world.store.updateUser(account: "admin2", active: false, by: world.admin)
        #expect(throws: AccessError.self) {
            try world.store.actingUser(real: "admin2", acting: "putu", simulatedClock: false, at: Date())
        }

        let changedBy = try world.store.reader.read { db in
            try Int64.fetchOne(db, sql: "SELECT changed_by FROM users WHERE account = 'putu'")
        }
        #expect(changedBy == world.admin.id)
    }

    @Test func theLastActiveAdminStaysAndOnlyAdminsChangeUsers() throws {
        let world = try RequestWorld()
        #expect(throws: RequestError.lastAdmin("admin")) {
            try world.store.updateUser(account: "admin", role: .petugas, by: world.admin)
        }
        #expect(throws: RequestError.lastAdmin("admin")) {
            try world.store.updateUser(account: "admin", active: false, by: world.admin)
        }
        #expect(try world.store.user(account: "admin")?.role == .admin)  // rolled back
        #expect(throws: AccessError.self) {
            try world.store.updateUser(account: "putu", role: .admin, by: world.supervisor)
        }
        #expect(throws: RequestError.userNotFound("nobody")) {
            try world.store.updateUser(account: "nobody", active: true, by: world.admin)
        }
        // With a second admin, the first may step down.
        _ = try world.store.addUser(account: "admin2", displayName: nil, role: .admin, unitIDs: [], by: world.admin)
        #expect(
            try world.store.updateUser(account: "admin", role: .petugas, unitIDs: [world.hukum], by: world.admin).role
                == .petugas)
    }
}
