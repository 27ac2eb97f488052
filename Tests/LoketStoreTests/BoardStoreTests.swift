import Foundation
import GRDB
import LoketCore
import Testing
@testable import LoketStore

/// The supervisors' board in the store: overdue and due-soon rows, counts per Bagian, the
/// change mark the live board polls.
@Suite("Board")
struct BoardStoreTests {
    @Test("Overdue most late first, due soon nearest first, counts per Bagian")
    func rowsAndCounts() throws {
        let world = try RequestWorld()
        // 3 hari kerja from Monday 2 March 09:00: due Thursday 5 March 16:00.
        let late = try world.log("Legalisasi", at: RequestWorld.at(2026, 3, 2, 9)).number
        let later = try world.log("Legalisasi", at: RequestWorld.at(2026, 3, 3, 9)).number  // due Fri 6th 16:00
        let soon = try world.log("Legalisasi", at: RequestWorld.at(2026, 3, 6, 9)).number  // due Wed 11th 16:00
        _ = try world.log("Legalisasi", at: RequestWorld.at(2026, 3, 9, 9))  // due Thu 12th: not yet
        let done = try world.log("Legalisasi", at: RequestWorld.at(2026, 3, 2, 9)).number
        try world.store.changeStatus(number: done, to: .selesai, by: world.petugas, at: RequestWorld.at(2026, 3, 3, 9))
        _ = try world.log("Peminjaman Aula", by: world.admin, at: RequestWorld.at(2026, 3, 9, 9))  // Umum, 1 jam: late
        let now = RequestWorld.at(2026, 3, 10, 17)  // Tuesday evening: due soon up to Wed 16:00

        let board = try world.store.board(for: world.supervisor, at: now)
        #expect(board.overdue.map(\.number) == [late, later])
        #expect(board.dueSoon.map(\.number) == [soon])
        #expect(board.counts.map(\.unitName) == ["Bagian Hukum"])  // the supervisor's units only
        #expect(board.counts.first?.overdue == 2)
        #expect(board.counts.first?.dueSoon == 1)

        let all = try world.store.board(for: world.admin, at: now)
        #expect(Set(all.counts.map(\.unitName)) == ["Bagian Hukum", "Bagian Umum"])
        #expect(all.counts.first { $0.unitName == "Bagian Umum" }?.overdue == 1)
        #expect(all.overdue.count == 3)
    }

    @Test("Each agency's own calendar decides what is due soon (a local holiday moves its horizon)")
    func horizonPerAgency() throws {
        let store = try Store.inMemory()
        _ = try store.importCatalogs([RequestWorld.catalog, Fixture.diskominfo])
        let admin = try #require(try store.bootstrapAdmin(account: "admin"))
        let statistik = try #require(try store.findServices(matching: "Permintaan Data Statistik").first)
        let legalisasi = try #require(try store.findServices(matching: "Legalisasi").first)
        let diskominfo = try #require(try store.agencies().first { $0.name.hasPrefix("Dinas Komunikasi") })
        _ = try store.addLocalHoliday(
            agencyID: diskominfo.id, date: LocalDate(year: 2026, month: 3, day: 10)!, name: "Libur lokal", by: nil)
        func log(_ service: Int64, _ day: Int) throws -> String {
            try store.logRequest(
                NewRequest(serviceID: service, applicant: ApplicantInput(name: "Pemohon \(day)")), by: admin,
                at: RequestWorld.at(2026, 3, day, 10)
            ).number
        }
        let setdaTuesday = try log(legalisasi.id, 5)  // due Tue 10 16:00
        _ = try log(legalisasi.id, 6)  // due Wed 11 16:00: beyond Setda's horizon
        let diskominfoWednesday = try log(statistik.id, 5)  // Tue 10 is its holiday: due Wed 11 16:00
        _ = try log(statistik.id, 6)  // due Thu 12
        // Monday 9 March 17:00: Setda's horizon is Tue 16:00, Diskominfo's Wed 16:00.
        let board = try store.board(for: admin, at: RequestWorld.at(2026, 3, 9, 17))
        #expect(board.dueSoon.map(\.number) == [setdaTuesday, diskominfoWednesday])
        #expect(board.counts.map(\.dueSoon) == [1, 1])
        #expect(board.counts.map(\.overdue) == [0, 0])
    }

    @Test("Counts are of every request, whatever the limit of rows")
    func countsBeyondLimit() throws {
        let world = try RequestWorld()
        for day in 2...4 { _ = try world.log("Legalisasi", at: RequestWorld.at(2026, 3, day, 9)) }
        let board = try world.store.board(for: world.supervisor, at: RequestWorld.at(2026, 3, 20, 9), limit: 2)
        #expect(board.overdue.count == 2)
        #expect(board.counts.first?.overdue == 3)
    }

    @Test("A kept calendar is built again after any change to holidays, hours or zone, by anyone")
    func calendarCacheFollowsChanges() throws {
        let directory = try Fixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("loket.sqlite").path
        let world = try RequestWorld(path: path)
        let agency = try #require(try world.store.agencies().first)
        let day = LocalDate(year: 2026, month: 3, day: 11)!
        #expect(try world.store.workingCalendar(agencyID: agency.id).isWorkingDay(day))
        _ = try world.store.addLocalHoliday(agencyID: agency.id, date: day, name: "Lokal", by: nil)
        #expect(try !world.store.workingCalendar(agencyID: agency.id).isWorkingDay(day))
        // Another program deletes it with plain SQL: this store sees the day working again.
        let other = try DatabaseQueue(path: path)
        try other.write { db in try db.execute(sql: "DELETE FROM holiday WHERE name = 'Lokal'") }
        #expect(try world.store.workingCalendar(agencyID: agency.id).isWorkingDay(day))
        try other.write { db in try db.execute(sql: "UPDATE agency SET time_zone = 'Asia/Jakarta'") }
        #expect(try world.store.workingCalendar(agencyID: agency.id).timeZone.identifier == "Asia/Jakarta")
    }

    @Test("A petugas may not read the board")
    func petugasRefused() throws {
        let world = try RequestWorld()
        #expect(throws: AccessError.self) { try world.store.board(for: world.petugas) }
    }

    @Test("The change mark moves when another program commits, and only then")
    func changeMarkAcrossConnections() throws {
        let directory = try Fixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("loket.sqlite").path
        let world = try RequestWorld(path: path)
        let watching = try Store(path: path)
        let watch = try ChangeWatch(watching)
        let first = try watch.mark()
        #expect(try watch.mark() == first)
        _ = try watching.board(for: world.supervisor)  // reading changes nothing
        #expect(try watch.mark() == first)
        _ = try world.log("Legalisasi")  // another connection (another officer's program)
        let second = try watch.mark()
        #expect(second != first)
        #expect(try watch.mark() == second)
    }

    @Test("In memory, the store's own commits move the mark")
    func changeMarkInMemory() throws {
        let world = try RequestWorld()
        let watch = try ChangeWatch(world.store)
        let first = try watch.mark()
        _ = try world.log("Legalisasi")
        #expect(try watch.mark() != first)
    }

    @Test("The board's queries read the partial deadline indexes, never a sort of the table")
    func plans() throws {
        let world = try RequestWorld()
        for scope in [world.supervisor.scope, world.admin.scope] {
            let plan = try world.store.reader.read { db in
                try Row.fetchAll(
                    db, sql: "EXPLAIN QUERY PLAN " + Store.dueSoonQuery(scope: scope),
                    arguments: [Date(), Date(), 10]
                ).map { $0["detail"] as String }
            }
            #expect(plan.contains { $0.contains("request_open_by") }, "\(plan)")
            #expect(!plan.contains { $0.contains("TEMP B-TREE") }, "\(plan)")
            // The counts: range counts of the covering board index, no row of the request table.
            let (sql, arguments) = Store.boardCountsQuery(scope, Date(), [1: Date()])
            let counts = try world.store.reader.read { db in
                try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: arguments).map {
                    $0["detail"] as String
                }
            }
            let requestReads = counts.filter { $0.contains(" r ") }
            #expect(requestReads.count == 2, "\(counts)")
            #expect(requestReads.allSatisfy { $0.contains("COVERING INDEX request_open_board") }, "\(counts)")
        }
    }
}
