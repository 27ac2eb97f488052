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
        try store.syncNationalHolidays(try HolidayCSV.parse(csv))
        return (store, try #require(try store.agencies().first))
    }

    static func instant(_ iso: String, _ hour: Int, _ minute: Int = 0) -> Date {
        WorkingCalendar.standard(timeZone: zone).instant(LocalDate(iso: iso)!, second: hour * 3600 + minute * 60)
    }

    @Test func nationalCalendarLoadsOnceAndAppliesToEveryAgency() throws {
        let (store, agency) = try Self.seededStore()
        let count = try store.nationalHolidayCount()
        #expect(count > 60)  // 2024-2027
        let csv = try String(contentsOf: #require(SeedFiles.nationalHolidays), encoding: .utf8)
        let shipped = try HolidayCSV.parse(csv)
        #expect(try store.syncNationalHolidays(shipped) == (0, 0))  // same list: nothing written
        #expect(try store.nationalHolidayCount() == count)
        #expect(try store.nationalHolidayYears() == [2024, 2025, 2026, 2027])

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

    @Test func aNewerShippedCalendarReplacesTheOldSeedRowsOnly() throws {
        let (store, agency) = try Self.seededStore()
        try store.addLocalHoliday(agencyID: agency.id, date: LocalDate(iso: "2026-02-27")!, name: "Lokal", by: nil)
        let csv = try String(contentsOf: #require(SeedFiles.nationalHolidays), encoding: .utf8)
        var shipped = try HolidayCSV.parse(csv)
        // The new list moves one holiday and adds a year.
        let moved = try #require(shipped.firstIndex { $0.date.iso == "2027-12-26" })
        shipped[moved].date = LocalDate(iso: "2027-12-27")!
        shipped.append(Holiday(date: LocalDate(iso: "2028-01-01")!, kind: .nasional, name: "Tahun Baru Masehi"))
        let before = try store.nationalHolidayCount()

        #expect(try store.syncNationalHolidays(shipped) == (2, 1))
        #expect(try store.nationalHolidayCount() == before + 1)
        let calendar = try store.workingCalendar(agencyID: agency.id)
        #expect(calendar.holidays[LocalDate(iso: "2027-12-26")!] == nil)
        #expect(calendar.holidays[LocalDate(iso: "2027-12-27")!] != nil)
        #expect(calendar.holidays[LocalDate(iso: "2028-01-01")!] != nil)
        #expect(calendar.holidays[LocalDate(iso: "2026-02-27")!]?.name == "Lokal")  // local ones untouched
        #expect(try store.nationalHolidayYears().contains(2028))
    }

    /// A start skips reading the shipped file while the database was last brought up to date
    /// from the same bytes and no holiday, office hours or zone changed since.
    @Test func theSyncIsNotedWithTheFilesFingerprint() throws {
        let (store, agency) = try Self.seededStore()
        let data = try Data(contentsOf: #require(SeedFiles.nationalHolidays))
        let fingerprint = Store.nationalCalendarFingerprint(data)
        #expect(fingerprint.count == 16)
        #expect(fingerprint != Store.nationalCalendarFingerprint(data + Data("\n".utf8)))
        let shipped = try HolidayCSV.parse(String(decoding: data, as: UTF8.self))
        // Synced before, without a fingerprint: not noted yet; noted by a sync that finds it equal.
        #expect(try !store.nationalHolidaysInSync(fingerprint: fingerprint))
        #expect(try store.syncNationalHolidays(shipped, fingerprint: fingerprint) == (0, 0))
        #expect(try store.nationalHolidaysInSync(fingerprint: fingerprint))
        #expect(try !store.nationalHolidaysInSync(fingerprint: "0123456789abcdef"))

        // A seed row deleted by hand moves calendar_version: compared again, and put back.
        try store.writer.write { db in
            try db.execute(sql: "DELETE FROM holiday WHERE date = '2026-03-20' AND agency_id IS NULL")
        }
        #expect(try !store.nationalHolidaysInSync(fingerprint: fingerprint))
        #expect(try store.syncNationalHolidays(shipped, fingerprint: fingerprint) == (1, 0))
        #expect(try store.nationalHolidaysInSync(fingerprint: fingerprint))
        #expect(try !store.workingCalendar(agencyID: agency.id).isWorkingDay(LocalDate(iso: "2026-03-20")!))

        // Any other calendar change too (a local holiday), and another file.
        try store.addLocalHoliday(agencyID: agency.id, date: LocalDate(iso: "2026-02-27")!, name: "Lokal", by: nil)
        #expect(try !store.nationalHolidaysInSync(fingerprint: fingerprint))
        #expect(try store.syncNationalHolidays(shipped, fingerprint: fingerprint) == (0, 0))
        #expect(try store.nationalHolidaysInSync(fingerprint: fingerprint))
        let newer = shipped + [Holiday(date: LocalDate(iso: "2028-01-01")!, kind: .nasional, name: "Tahun Baru")]
        #expect(try store.syncNationalHolidays(newer, fingerprint: "00000000000000aa") == (1, 0))
        #expect(try store.nationalHolidaysInSync(fingerprint: "00000000000000aa"))
        #expect(try !store.nationalHolidaysInSync(fingerprint: fingerprint))
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
        #expect(throws: StoreError.unknownAgency(999)) { try store.setTimeZone(agencyID: 999, "Asia/Jakarta") }
        #expect(throws: StoreError.unknownAgency(999)) { try store.setOfficeHours(agencyID: 999, [1: .standard]) }
        // Only IANA names, stored as IANA spells them.
        #expect(try store.setTimeZone(agencyID: agency.id, "asia/jayapura") == "Asia/Jayapura")
        #expect(try store.agency(id: agency.id)?.timeZone == "Asia/Jayapura")
        for alias in ["GMT+8", "UTC", "Makassar"] {
            #expect(throws: StoreError.unknownTimeZone(alias)) { try store.setTimeZone(agencyID: agency.id, alias) }
        }
    }

    @Test func aVersion1DatabaseUpgradesKeepingItsCatalog() throws {
        let dir = try Fixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("old.sqlite").path
        // A database as the v1 program left it: only v1-catalog applied, one service in it.
        do {
            let queue = try DatabaseQueue(path: path)
            var v1 = DatabaseMigrator()
            v1.registerMigration("v1-catalog", migrate: Schema.createCatalog)
            try v1.migrate(queue)
            try queue.write { db in
                try db.execute(
                    sql: """
                        INSERT INTO agency (id, name, name_key, code, created_at) VALUES (1, 'Setda', 'setda', 'SD', '2025-01-01');
                        INSERT INTO decree (id, agency_id, source, fingerprint, imported_at) VALUES (1, 1, 'a.txt', 'f', '2025-01-01');
                        INSERT INTO catalogRevision (id, agency_id, number, created_at) VALUES (1, 1, 1, '2025-01-01');
                        INSERT INTO unit (id, agency_id, name, name_key) VALUES (1, 1, 'Bagian Umum', 'bagian umum');
                        INSERT INTO service (id, unit_id, name, name_key) VALUES (7, 1, 'Peminjaman Aula', 'peminjaman aula');
                        INSERT INTO serviceRevision (service_id, revision_id, decree_id, name, line, position, time_limit_raw)
                        VALUES (7, 1, 1, 'Peminjaman Aula', 3, 0, '1 hari kerja');
                        """)
            }
            #expect(try queue.read { db in try v1.appliedMigrations(db) } == ["v1-catalog"])
        }
        let upgraded = try Store(path: path)
        #expect(try upgraded.appliedMigrations() == Schema.migrator.migrations)
        #expect(try upgraded.catalogTree().first?.units.first?.services.map(\.name) == ["Peminjaman Aula"])
        #expect(try upgraded.timeLimit(serviceID: 7)?.reading == .duration(TimeAmount(1, .workdays)))
        #expect(try upgraded.workingCalendar(agencyID: 1).hours == WorkingCalendar.standard(timeZone: Self.zone).hours)
        #expect(try upgraded.nationalHolidayCount() == 0)  // the program loads them on open
    }
}
