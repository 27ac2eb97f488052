import Foundation
import GRDB
import LoketCore
import LoketSeed
import Testing
@testable import LoketStore

@Suite struct CalendarStoreTests {
    static let zone = TimeZone(identifier: "Asia/Makassar")!

    static func seededStore() throws -> (Store, AgencySummary) {
        let store = try Store.inMemory()
        _ = try store.importCatalogs([Fixture.setda])
        let csv = try String(contentsOf: #require(SeedFiles.nationalHolidays), encoding: .utf8)
        try store.importNationalHolidays(try HolidayCSV.parse(csv))
        return (store, try #require(try store.agencies().first))
    }

    static func instant(_ iso: String, _ hour: Int, _ minute: Int = 0) -> Date {
        WorkingCalendar.standard(timeZone: zone).instant(LocalDate(iso: iso)!, second: hour * 3600 + minute * 60)
    }

    @Test func nationalCalendarLoadsOnceAndAppliesToEveryAgency() throws {
        let (store, agency) = try Self.seededStore()
        let count = try store.nationalHolidayCount()
        #expect(count > 60)  // 2024-2027
        #expect(
            try store.importNationalHolidays([Holiday(date: LocalDate(iso: "2026-01-01")!, kind: .nasional, name: "x")])
                == 0)
        #expect(try store.nationalHolidayCount() == count)

        let calendar = try store.workingCalendar(agencyID: agency.id)
        #expect(calendar.timeZone.identifier == "Asia/Makassar")
        // Idul Fitri 2026: cuti bersama 20, 23, 24 March; libur 21-22 March.
        for day in ["2026-03-20", "2026-03-23", "2026-03-24"] {
            #expect(!calendar.isWorkingDay(LocalDate(iso: day)!), "\(day)")
        }
        #expect(calendar.isWorkingDay(LocalDate(iso: "2026-03-25")!))
        let year = try store.holidays(agencyID: agency.id, year: 2026)
        #expect(year.allSatisfy { $0.holiday.date.year == 2026 && $0.agencyID == nil })
        #expect(year.map(\.holiday.date) == year.map(\.holiday.date).sorted())
    }

    @Test func localHolidayMovesDeadlinesOfItsAgencyOnly() throws {
        let (store, setda) = try Self.seededStore()
        _ = try store.importCatalogs([Fixture.diskominfo])
        let other = try #require(try store.agencies().first { $0.id != setda.id })
        // Thursday 26 Nov 2026 becomes a local holiday of Setda.
        try store.addLocalHoliday(
            agencyID: setda.id, date: LocalDate(iso: "2026-11-26")!, name: "Hari Jadi", by: "spv")

        let start = Self.instant("2026-11-23", 10)
        let amount = TimeAmount(3, .workdays)
        let setdaDeadline = DeadlineCalculator.deadline(
            adding: amount, to: start, in: try store.workingCalendar(agencyID: setda.id))
        let otherDeadline = DeadlineCalculator.deadline(
            adding: amount, to: start, in: try store.workingCalendar(agencyID: other.id))
        #expect(setdaDeadline == Self.instant("2026-11-27", 16))
        #expect(otherDeadline == Self.instant("2026-11-26", 16))

        let listed = try store.holidays(agencyID: setda.id, year: 2026).filter { $0.agencyID == setda.id }
        #expect(listed.map(\.holiday.name) == ["Hari Jadi"])
        #expect(listed.first?.createdBy == "spv")
        #expect(try store.holidays(agencyID: other.id, year: 2026).allSatisfy { $0.agencyID == nil })
    }

    @Test func aSecondHolidayOnTheSameDateIsRefusedAndChangesNothing() throws {
        let (store, agency) = try Self.seededStore()
        try store.addLocalHoliday(agencyID: agency.id, date: LocalDate(iso: "2026-02-27")!, name: "A", by: nil)
        let before = try store.holidays(agencyID: agency.id)
        #expect(throws: StoreError.holidayExists(date: "2026-02-27", name: "A")) {
            try store.addLocalHoliday(agencyID: agency.id, date: LocalDate(iso: "2026-02-27")!, name: "B", by: nil)
        }
        // On a national holiday: refused too, naming the national one.
        #expect(throws: StoreError.holidayExists(date: "2026-03-19", name: "Hari Suci Nyepi")) {
            try store.addLocalHoliday(agencyID: agency.id, date: LocalDate(iso: "2026-03-19")!, name: "B", by: nil)
        }
        #expect(try store.holidays(agencyID: agency.id) == before)
        #expect(try store.removeLocalHoliday(agencyID: agency.id, date: LocalDate(iso: "2026-02-27")!))
        #expect(!(try store.removeLocalHoliday(agencyID: agency.id, date: LocalDate(iso: "2026-03-19")!)))
        #expect(try store.holidays(agencyID: agency.id).count == before.count - 1)
    }

    @Test func officeHoursWithABreakAndASaturday() throws {
        let (store, agency) = try Self.seededStore()
        #expect(try store.officeHours(agencyID: agency.id) == WorkingCalendar.standard(timeZone: Self.zone).hours)
        let weekday = try #require(OfficeHours("08:00", "16:00", break: ("12:00", "13:00")))
        let saturday = try #require(OfficeHours("08:00", "12:00"))
        var week: [Int: OfficeHours] = [6: saturday]
        for day in 1...5 { week[day] = weekday }
        try store.setOfficeHours(agencyID: agency.id, week)
        #expect(try store.officeHours(agencyID: agency.id) == week)

        let calendar = try store.workingCalendar(agencyID: agency.id)
        // 1 jam from Monday 11:30: 30 minutes before the break, 30 after it.
        #expect(
            DeadlineCalculator.deadline(
                adding: TimeAmount(1, .hours), to: Self.instant("2026-11-23", 11, 30), in: calendar)
                == Self.instant("2026-11-23", 13, 30))
        // 1 hari kerja from Friday: Saturday is now a working day, closing at 12:00.
        #expect(
            DeadlineCalculator.deadline(
                adding: TimeAmount(1, .workdays), to: Self.instant("2026-11-27", 10), in: calendar)
                == Self.instant("2026-11-28", 12))
        #expect(throws: StoreError.noOfficeDays) { try store.setOfficeHours(agencyID: agency.id, [:]) }
        #expect(try store.officeHours(agencyID: agency.id) == week)
    }

    @Test func timeZoneIsPerAgencyAndValidated() throws {
        let (store, agency) = try Self.seededStore()
        try store.setTimeZone(agencyID: agency.id, "Asia/Jakarta")
        #expect(try store.workingCalendar(agencyID: agency.id).timeZone.identifier == "Asia/Jakarta")
        #expect(throws: StoreError.unknownTimeZone("Asia/Atlantis")) {
            try store.setTimeZone(agencyID: agency.id, "Asia/Atlantis")
        }
        #expect(try store.agency(id: agency.id)?.timeZone == "Asia/Jakarta")
        #expect(throws: StoreError.unknownAgency(999)) { try store.workingCalendar(agencyID: 999) }
    }

    @Test func aVersion1DatabaseUpgradesKeepingItsCatalog() throws {
        let dir = try Fixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("old.sqlite").path
        do {
            let queue = try DatabaseQueue(path: path)
            var v1 = DatabaseMigrator()
            v1.registerMigration("v1-catalog", migrate: Schema.createCatalog)
            try v1.migrate(queue)
        }
        do {
            let store = try Store(path: path)
            _ = try store.importCatalogs([Fixture.setda])
        }
        let upgraded = try Store(path: path)
        #expect(try upgraded.appliedMigrations() == Schema.migrator.migrations)
        #expect(try upgraded.catalogTree().first?.serviceCount == 3)
        #expect(try upgraded.nationalHolidayCount() == 0)  // loaded by the program on open
    }
}
