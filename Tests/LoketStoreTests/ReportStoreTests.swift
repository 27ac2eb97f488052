import Foundation
import GRDB
import LoketCore
import Testing
@testable import LoketStore

/// The monthly report in the store: which requests count in which month and for what, the
/// user's units, and the SKM tally.
@Suite("Monthly report")
struct ReportStoreTests {
    static let march = ReportMonth(year: 2026, month: 3)!

    @Test("Received in the month (agency's zone), finished on time or late at selesai, open and overdue now")
    func figures() throws {
        let world = try RequestWorld()
        // 3 hari kerja from Monday 2 March 09:00: due Thursday 5 March 16:00.
        let onTime = try world.log("Legalisasi", at: RequestWorld.at(2026, 3, 2, 9)).number
        _ = try world.store.changeStatus(
            number: onTime, to: .selesai, by: world.petugas, at: RequestWorld.at(2026, 3, 3, 9))
        _ = try world.store.changeStatus(
            number: onTime, to: .diserahkan, by: world.petugas, at: RequestWorld.at(2026, 3, 20, 9))
        let late = try world.log("Legalisasi", at: RequestWorld.at(2026, 3, 2, 9)).number
        _ = try world.store.changeStatus(
            number: late, to: .selesai, by: world.petugas, at: RequestWorld.at(2026, 3, 6, 9))
        _ = try world.log("Legalisasi", at: RequestWorld.at(2026, 3, 30, 9))  // open, due 2 April: not overdue
        _ = try world.log("Legalisasi", at: RequestWorld.at(2026, 3, 3, 9))  // open and overdue
        let cancelled = try world.log("Legalisasi", at: RequestWorld.at(2026, 3, 4, 9)).number
        _ = try world.store.changeStatus(
            number: cancelled, to: .dibatalkan, reason: "Pemohon mundur", by: world.petugas,
            at: RequestWorld.at(2026, 3, 4, 10))
        // 1 March 00:30 WITA is 28 February in UTC: March in the agency's zone.
        _ = try world.log("Legalisasi", at: RequestWorld.at(2026, 3, 1, 0, 30))
        _ = try world.log("Legalisasi", at: RequestWorld.at(2026, 2, 28, 23, 30))  // February
        _ = try world.log("Legalisasi", at: RequestWorld.at(2026, 4, 1, 0, 10))  // April
        _ = try world.log("Peminjaman Aula", by: world.admin, at: RequestWorld.at(2026, 3, 9, 9))  // Bagian Umum

        let report = try world.store.monthlyReport(
            for: world.supervisor, month: Self.march, at: RequestWorld.at(2026, 3, 31, 9))
        #expect(report.units.map(\.unitName) == ["Bagian Hukum"])  // the supervisor's units only
        let f = report.units[0].counts
        #expect(f.received == 6)
        #expect(f.finishedOnTime == 1)
        #expect(f.finishedLate == 1)
        #expect(f.open == 3)
        #expect(f.overdue == 2)  // logged 3 March and 1 March, both due before the 31st
        #expect(f.closedUnfinished == 1)
        #expect(f.onTimePercent == 50)
        // Office time to selesai: 7 h + 1 h (Mon 09-16, Tue 08-09), and 7 + 8 + 8 + 8 + 1 h.
        #expect(f.medianWorkingSeconds == (8 + 32) * 3600 / 2)
        #expect(report.units[0].services.map(\.serviceName) == ["Legalisasi Produk Hukum"])
        #expect(report.total == f)

        let all = try world.store.monthlyReport(
            for: world.admin, month: Self.march, at: RequestWorld.at(2026, 3, 31, 9))
        #expect(all.total.received == 7)
        let umum = try world.store.monthlyReport(
            for: world.admin, month: Self.march, unitID: world.umum, at: RequestWorld.at(2026, 3, 31, 9))
        #expect(umum.units.map(\.unitName) == ["Bagian Umum"])
        #expect(umum.total.received == 1)
    }

    @Test("Agencies in different zones: each request counts in the month of its own agency's zone")
    func monthsPerZone() throws {
        let world = try RequestWorld()
        _ = try world.store.importCatalogs([Fixture.diskominfo])
        let papua = try #require(try world.store.agencies().first { $0.name.contains("Komunikasi") })
        _ = try world.store.setTimeZone(agencyID: papua.id, "Asia/Jayapura")
        let wit = TimeZone(identifier: "Asia/Jayapura")!
        func witAt(_ m: Int, _ d: Int, _ h: Int, _ min: Int = 0) -> Date {
            WorkingCalendar.standard(timeZone: wit).instant(
                LocalDate(year: 2026, month: m, day: d)!, second: h * 3600 + min * 60)
        }
        // 1 March 00:30 WIT is 28 February 23:30 WITA: March for the WIT agency only.
        _ = try world.log("Permintaan Data", by: world.admin, at: witAt(3, 1, 0, 30))
        _ = try world.log("Legalisasi", at: witAt(3, 1, 0, 30))
        // 1 April 00:30 WITA is 1 April 01:30 WIT: April for both.
        _ = try world.log("Permintaan Data", by: world.admin, at: RequestWorld.at(2026, 4, 1, 0, 30))
        _ = try world.log("Legalisasi", at: RequestWorld.at(2026, 4, 1, 0, 30))
        // 31 March 23:30 WITA is 1 April 00:30 WIT: March for the WITA agency only.
        _ = try world.log("Permintaan Data", by: world.admin, at: RequestWorld.at(2026, 3, 31, 23, 30))
        _ = try world.log("Legalisasi", at: RequestWorld.at(2026, 3, 31, 23, 30))
        let report = try world.store.monthlyReport(
            for: world.admin, month: Self.march, at: RequestWorld.at(2026, 4, 2, 9))
        let received = Dictionary(uniqueKeysWithValues: report.units.map { ($0.unitName, $0.counts.received) })
        #expect(received["Bidang Statistik"] == 1)
        #expect(received["Bagian Hukum"] == 1)
        #expect(report.total.received == 2)
        let april = try world.store.monthlyReport(
            for: world.admin, month: ReportMonth(year: 2026, month: 4)!, at: RequestWorld.at(2026, 4, 2, 9))
        #expect(april.total.received == 3)
    }

    @Test("Instants to the millisecond: the month's first and last, selesai at the deadline or just after")
    func millisecondBoundaries() throws {
        let world = try RequestWorld()
        let march1 = RequestWorld.at(2026, 3, 1, 0)
        _ = try world.log("Legalisasi", at: march1)  // March
        _ = try world.log("Legalisasi", at: march1.addingTimeInterval(-0.001))  // February
        _ = try world.log("Legalisasi", at: RequestWorld.at(2026, 4, 1, 0).addingTimeInterval(-0.001))  // March
        // 3 hari kerja from Monday 2 March 09:00: due Thursday 5 March 16:00:00.000.
        let deadline = RequestWorld.at(2026, 3, 5, 16)
        let atDeadline = try world.log("Legalisasi", at: RequestWorld.at(2026, 3, 2, 9)).number
        _ = try world.store.changeStatus(number: atDeadline, to: .selesai, by: world.petugas, at: deadline)
        let justAfter = try world.log("Legalisasi", at: RequestWorld.at(2026, 3, 2, 9)).number
        _ = try world.store.changeStatus(
            number: justAfter, to: .selesai, by: world.petugas, at: deadline.addingTimeInterval(0.001))
        // Due at 16:00:00.000 and still running at 16:00:00.001: overdue (as the one of 1 March).
        _ = try world.log("Legalisasi", at: RequestWorld.at(2026, 3, 2, 9))
        let report = try world.store.monthlyReport(
            for: world.supervisor, month: Self.march, at: deadline.addingTimeInterval(0.001))
        let f = report.total
        #expect(f.received == 5)
        #expect(f.finishedOnTime == 1)
        #expect(f.finishedLate == 1)
        #expect(f.overdue == 2)
        // Office time: Monday 09-16, Tuesday and Wednesday, Thursday 08-16 (and a millisecond).
        #expect(f.medianWorkingSeconds == (7 + 8 + 8 + 8) * 3600)
    }

    @Test("A petugas may not read the report; a supervisor not another unit's (refusals logged)")
    func refusals() throws {
        let world = try RequestWorld()
        #expect(throws: AccessError.self) {
            try world.store.monthlyReport(for: world.petugas, month: Self.march, at: RequestWorld.at(2026, 3, 31, 9))
        }
        #expect(throws: AccessError.self) {
            try world.store.monthlyReport(
                for: world.supervisor, month: Self.march, unitID: world.umum, at: RequestWorld.at(2026, 3, 31, 9))
        }
    }

    @Test("SKM answers are summed per service and month, in the report per element and as IKM")
    func survey() throws {
        let world = try RequestWorld()
        let legalisasi = try #require(try world.store.findServices(matching: "Legalisasi").first)
        let now = RequestWorld.at(2026, 3, 10, 9)
        for scores in ["4,4,4,4,4,4,4,4,4", "2,2,2,2,2,2,2,2,2", "4,4,4,4,4,4,4,4,4", "2,2,2,2,2,2,2,2,2"] {
            try world.store.recordSKM(SKMAnswers(parsing: scores), serviceID: legalisasi.id, by: world.petugas, at: now)
        }
        #expect(try world.store.monthlyReport(for: world.supervisor, month: Self.march, at: now).total.skm.index == nil)
        try world.store.recordSKM(
            SKMAnswers(parsing: "3,3,3,3,3,3,3,3,3"), serviceID: legalisasi.id, by: world.petugas, at: now)
        // 1 April 07:30 WITA (still 31 March in UTC) counts in April.
        try world.store.recordSKM(
            SKMAnswers(parsing: "1,1,1,1,1,1,1,1,1"), serviceID: legalisasi.id, by: world.petugas,
            at: RequestWorld.at(2026, 4, 1, 7, 30))
        let report = try world.store.monthlyReport(for: world.supervisor, month: Self.march, at: now)
        let skm = report.units[0].counts.skm
        #expect(skm.responses == 5)
        #expect(skm.sums == Array(repeating: 15, count: 9))
        #expect(skm.averages == Array(repeating: 3.0, count: 9))
        #expect(skm.index == 75)
        #expect(skm.grade == .c)
        #expect(report.units[0].services.map(\.serviceName) == ["Legalisasi Produk Hukum"])  // answers, no request
        // Only sums are stored; one row per service and month.
        let rows = try world.store.read("t") { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM skm_tally") }
        #expect(rows == 2)
        // A petugas of another Bagian may not add answers to this service.
        let aula = try #require(try world.store.findServices(matching: "Peminjaman Aula").first)
        #expect(throws: AccessError.self) {
            try world.store.recordSKM(
                SKMAnswers(parsing: "4,4,4,4,4,4,4,4,4"), serviceID: aula.id, by: world.petugas, at: now)
        }
    }

    @Test("A paper form may be entered in a later month, never for a month not yet begun")
    func surveyMonth() throws {
        let world = try RequestWorld()
        let legalisasi = try #require(try world.store.findServices(matching: "Legalisasi").first)
        let answers = try SKMAnswers(parsing: "4,4,4,4,4,4,4,4,4")
        // 31 March 23:30 WITA: March still; April is refused, February is taken.
        let now = RequestWorld.at(2026, 3, 31, 23, 30)
        #expect(throws: StoreError.futureSurveyMonth(month: "2026-04", current: "2026-03")) {
            try world.store.recordSKM(
                answers, serviceID: legalisasi.id, month: ReportMonth(year: 2026, month: 4), by: world.petugas,
                at: now)
        }
        let counted = try world.store.recordSKM(
            answers, serviceID: legalisasi.id, month: ReportMonth(year: 2026, month: 2), by: world.petugas, at: now)
        #expect(counted.description == "2026-02")
        #expect(
            try world.store.recordSKM(answers, serviceID: legalisasi.id, by: world.petugas, at: now).description
                == "2026-03")
        let months = try world.store.read("t") { db in
            try String.fetchAll(db, sql: "SELECT month FROM skm_tally ORDER BY month")
        }
        #expect(months == ["2026-02", "2026-03"])
    }

    @Test("This month is read in the zone of the user's own agency")
    func currentMonthInTheUsersZone() throws {
        let world = try RequestWorld()
        // 31 March 15:30 UTC: 23:30 WITA, 00:30 WIT on 1 April.
        let now = RequestWorld.at(2026, 3, 31, 23, 30)
        #expect(try world.store.currentReportMonth(for: world.supervisor, at: now).description == "2026-03")
        let agencyID = try world.store.read("t") { db in
            try Int64.fetchOne(db, sql: "SELECT agency_id FROM unit WHERE id = ?", arguments: [world.hukum])
        }
        _ = try world.store.setTimeZone(agencyID: try #require(agencyID), "Asia/Jayapura")
        #expect(try world.store.currentReportMonth(for: world.supervisor, at: now).description == "2026-04")
        #expect(try world.store.currentReportMonth(for: world.admin, at: now).description == "2026-04")
    }

    @Test("The tally only grows: a DELETE or a lowering UPDATE is refused by the database")
    func tallyOnlyGrows() throws {
        let world = try RequestWorld()
        let legalisasi = try #require(try world.store.findServices(matching: "Legalisasi").first)
        try world.store.recordSKM(
            SKMAnswers(parsing: "3,3,3,3,3,3,3,3,3"), serviceID: legalisasi.id, by: world.petugas,
            at: RequestWorld.at(2026, 3, 10, 9))
        #expect(throws: (any Error).self) {
            try world.store.write("t") { db in try db.execute(sql: "DELETE FROM skm_tally") }
        }
        #expect(throws: (any Error).self) {
            try world.store.write("t") { db in try db.execute(sql: "UPDATE skm_tally SET e1 = e1 - 1") }
        }
        #expect(throws: (any Error).self) {  // REPLACE deletes without firing the delete trigger
            try world.store.write("t") { db in
                try db.execute(
                    sql: "REPLACE INTO skm_tally SELECT service_id, month, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1 FROM skm_tally")
            }
        }
        #expect(throws: (any Error).self) {
            try world.store.write("t") { db in
                try db.execute(
                    sql:
                        "INSERT OR REPLACE INTO skm_tally SELECT service_id, month, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1 FROM skm_tally"
                )
            }
        }
        let kept = try world.store.read("t") { db in
            try Row.fetchOne(db, sql: "SELECT responses, e1 FROM skm_tally").map { [$0[0] as Int, $0[1] as Int] }
        }
        #expect(kept == [1, 3])  // the one form recorded, untouched
        #expect(throws: (any Error).self) {  // a sum above four times the responses
            try world.store.write("t") { db in try db.execute(sql: "UPDATE skm_tally SET e1 = 5") }
        }
    }
}
