import Foundation
import GRDB
import LoketCore

/// A holiday as stored: national (every agency) or local to one agency.
public struct StoredHoliday: Sendable, Hashable {
    public var id: Int64
    /// Nil for a national holiday or cuti bersama.
    public var agencyID: Int64?
    public var holiday: Holiday
    /// `seed` (the shipped national calendar) or `manual`.
    public var source: String
    /// The account that added it (manual holidays).
    public var createdBy: String?
}

extension Store {
    // MARK: - Holidays

    /// Brings the national calendar (holidays and cuti bersama shipped with the program) up to
    /// date: rows from an older shipped list that the new one no longer has are removed, new ones
    /// are added. Only rows with source `seed` are touched. Reads first and writes only when
    /// something differs, so calling it on every start costs one small query. Returns the number
    /// of rows added and removed.
    ///
    /// With the shipped file's `fingerprint` (``nationalCalendarFingerprint(_:)``), it also
    /// notes that the database is in step with that file (`seed_calendar_sync`), so that later
    /// starts can skip the file (``nationalHolidaysInSync(fingerprint:)``). When nothing else
    /// differs, that note is written only if the write lock is free at once: a start never
    /// waits for another officer's write for it, and a file the account may only read is read
    /// as before (the note is then simply missing and the file read again next time).
    @discardableResult
    public func syncNationalHolidays(_ holidays: [Holiday], fingerprint: String? = nil) throws -> (
        added: Int, removed: Int
    ) {
        let wanted = Set(holidays.map { NationalKey(date: $0.date.iso, kind: $0.kind.rawValue, name: $0.name) })
        let stored = try read("kalender libur nasional") { db in try Self.seedHolidayKeys(db) }
        guard stored != wanted else {
            if let fingerprint { noteInSync(wanted, fingerprint: fingerprint) }
            return (0, 0)
        }
        return try write("kalender libur nasional") { db in
            let current = try Self.seedHolidayKeys(db)  // again, inside the write lock
            var removed = 0
            for key in current.subtracting(wanted) {
                try db.execute(
                    sql: "DELETE FROM holiday WHERE agency_id IS NULL AND source = 'seed' AND date = ? AND name = ?",
                    arguments: [key.date, key.name])
                removed += db.changesCount
            }
            var added = 0
            let now = Date()
            for key in wanted.subtracting(current).sorted(by: { $0.date < $1.date }) {
                try db.execute(
                    sql: """
                        INSERT INTO holiday (agency_id, date, kind, name, source, created_at)
                        VALUES (NULL, ?, ?, ?, 'seed', ?)
                        ON CONFLICT DO NOTHING
                        """,
                    arguments: [key.date, key.kind, key.name, now])
                added += db.changesCount
            }
            // After the changes: the triggers have moved calendar_version.
            if let fingerprint { try Self.recordSync(db, fingerprint: fingerprint) }
            return (added, removed)
        }
    }

    /// The fingerprint of a shipped national calendar file: 64-bit FNV-1a over its bytes, as hex.
    public static func nationalCalendarFingerprint(_ data: Data) -> String {
        var hasher = FNV1a()
        hasher.bytes(data)
        return hasher.hex
    }

    /// True when the national holidays were last brought up to date from the file with this
    /// fingerprint and no holiday, office hours or zone has changed since (`calendar_version`
    /// is still the number noted then): the file need not be read. One small read.
    public func nationalHolidaysInSync(fingerprint: String) throws -> Bool {
        try read("kalender libur nasional") { db in
            try Bool.fetchOne(
                db,
                sql: """
                    SELECT EXISTS (SELECT 1 FROM seed_calendar_sync s JOIN calendar_version v ON v.id = 1
                    WHERE s.id = 1 AND s.fingerprint = ? AND s.calendar_version = v.n)
                    """, arguments: [fingerprint]) ?? false
        }
    }

    /// Notes that the database holds `wanted`, the national holidays of the file with
    /// `fingerprint`, if the write lock is free at once (else, or on a file that cannot be
    /// written, nothing: the next start compares again).
    private func noteInSync(_ wanted: Set<NationalKey>, fingerprint: String) {
        guard (try? nationalHolidaysInSync(fingerprint: fingerprint)) == false else { return }
        try? writer.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA busy_timeout = 0")
            defer { try? db.execute(sql: "PRAGMA busy_timeout = \(Int(Self.busyTimeout * 1000))") }
            try db.inTransaction(.immediate) {
                // Again under the lock: another program may have changed them meanwhile.
                if try Self.seedHolidayKeys(db) == wanted { try Self.recordSync(db, fingerprint: fingerprint) }
                return .commit
            }
        }
    }

    private static func recordSync(_ db: Database, fingerprint: String) throws {
        try db.execute(
            sql: """
                INSERT OR REPLACE INTO seed_calendar_sync (id, fingerprint, calendar_version)
                SELECT 1, ?, n FROM calendar_version WHERE id = 1
                """, arguments: [fingerprint])
    }

    private struct NationalKey: Hashable {
        var date: String
        var kind: String
        var name: String
    }

    private static func seedHolidayKeys(_ db: Database) throws -> Set<NationalKey> {
        let rows = try Row.fetchAll(
            db, sql: "SELECT date, kind, name FROM holiday WHERE agency_id IS NULL AND source = 'seed'")
        return Set(rows.map { NationalKey(date: $0[0], kind: $0[1], name: $0[2]) })
    }

    /// The years the national calendar covers (those with at least one national holiday).
    public func nationalHolidayYears() throws -> Set<Int> {
        try read("kalender libur nasional") { db in
            let years = try String.fetchAll(
                db, sql: "SELECT DISTINCT substr(date, 1, 4) FROM holiday WHERE agency_id IS NULL")
            return Set(years.compactMap { Int($0) })
        }
    }

    /// How many national holidays the database holds (0 before the seed calendar is loaded).
    public func nationalHolidayCount() throws -> Int {
        try read("kalender libur nasional") { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM holiday WHERE agency_id IS NULL") ?? 0
        }
    }

    /// Adds a local holiday (`libur_lokal`) of one agency.
    ///
    /// - Throws: ``StoreError/holidayExists(date:name:)`` when the agency already has a holiday
    ///   (national or local) on that date; nothing is written then.
    @discardableResult
    public func addLocalHoliday(
        agencyID: Int64, date: LocalDate, name: String, by account: String?, at now: Date = Date()
    ) throws -> StoredHoliday {
        let name = Applicant.cleanText(name) ?? ""  // no terminal controls in a stored name
        return try write("libur lokal \(date.iso)") { db in
            try Self.requireAgency(db, agencyID)
            if let existing = try Row.fetchOne(
                db,
                sql: """
                    SELECT name FROM holiday
                    WHERE date = ? AND (agency_id IS NULL OR agency_id = ?)
                    ORDER BY agency_id IS NOT NULL LIMIT 1
                    """,
                arguments: [date.iso, agencyID])
            {
                throw StoreError.holidayExists(date: date.iso, name: existing[0])
            }
            try db.execute(
                sql: """
                    INSERT INTO holiday (agency_id, date, kind, name, source, created_by, created_at)
                    VALUES (?, ?, 'libur_lokal', ?, 'manual', ?, ?)
                    """,
                arguments: [agencyID, date.iso, name, account, now])
            return StoredHoliday(
                id: db.lastInsertedRowID, agencyID: agencyID,
                holiday: Holiday(date: date, kind: .lokal, name: name), source: "manual", createdBy: account)
        }
    }

    /// Removes a local holiday of one agency; national holidays cannot be removed. Returns
    /// false when the agency has no local holiday on that date.
    @discardableResult
    public func removeLocalHoliday(agencyID: Int64, date: LocalDate) throws -> Bool {
        try write("libur lokal \(date.iso)") { db in
            try db.execute(
                sql: "DELETE FROM holiday WHERE agency_id = ? AND date = ?", arguments: [agencyID, date.iso])
            return db.changesCount > 0
        }
    }

    /// The holidays that apply to an agency (national ones and its own), by date; `year` limits
    /// them to one calendar year. With `agencyID` nil, the national ones only.
    public func holidays(agencyID: Int64?, year: Int? = nil) throws -> [StoredHoliday] {
        try read("daftar hari libur") { db in
            var sql = """
                SELECT id, agency_id, date, kind, name, source, created_by FROM holiday
                WHERE (agency_id IS NULL OR agency_id = ?)
                """
            var arguments: StatementArguments = [agencyID]
            if let year {
                sql += " AND date BETWEEN ? AND ?"
                arguments += [String(format: "%04d-01-01", year), String(format: "%04d-12-31", year)]
            }
            sql += " ORDER BY date, agency_id IS NOT NULL"
            return try Row.fetchAll(db, sql: sql, arguments: arguments).compactMap(Self.storedHoliday)
        }
    }

    private static func storedHoliday(_ row: Row) -> StoredHoliday? {
        guard let date = LocalDate(iso: row[2]), let kind = HolidayKind(rawValue: row[3]) else { return nil }
        return StoredHoliday(
            id: row[0], agencyID: row[1], holiday: Holiday(date: date, kind: kind, name: row[4]), source: row[5],
            createdBy: row[6])
    }

    // MARK: - Office hours and time zone

    /// The office hours of an agency per ISO weekday; the default week when none were set.
    public func officeHours(agencyID: Int64) throws -> [Int: OfficeHours] {
        try read("jam layanan") { db in try Self.officeHours(db, agencyID: agencyID) }
    }

    static func officeHours(_ db: Database, agencyID: Int64) throws -> [Int: OfficeHours] {
        let rows = try Row.fetchAll(
            db, sql: "SELECT weekday, open, close, break_start, break_end FROM officeHours WHERE agency_id = ?",
            arguments: [agencyID])
        guard !rows.isEmpty else { return WorkingCalendar.standard(timeZone: .gmt).hours }
        var hours: [Int: OfficeHours] = [:]
        for row in rows {
            let breakTimes: (String, String)? = {
                guard let start: String = row[3], let end: String = row[4] else { return nil }
                return (start, end)
            }()
            if let parsed = OfficeHours(row[1], row[2], break: breakTimes) { hours[row[0]] = parsed }
        }
        return hours
    }

    /// Replaces the whole week of an agency: the weekdays in `hours` are open with those hours,
    /// every other weekday is closed. An empty week is refused (no deadline could ever fall).
    public func setOfficeHours(agencyID: Int64, _ hours: [Int: OfficeHours]) throws {
        guard !hours.isEmpty else { throw StoreError.noOfficeDays }
        try write("jam layanan") { db in
            try Self.requireAgency(db, agencyID)
            try db.execute(sql: "DELETE FROM officeHours WHERE agency_id = ?", arguments: [agencyID])
            for (weekday, day) in hours.sorted(by: { $0.key < $1.key }) {
                try db.execute(
                    sql: """
                        INSERT INTO officeHours (agency_id, weekday, open, close, break_start, break_end)
                        VALUES (?, ?, ?, ?, ?, ?)
                        """,
                    arguments: [
                        agencyID, weekday, day.open.description, day.close.description, day.breakStart?.description,
                        day.breakEnd?.description,
                    ])
            }
        }
    }

    /// Sets the IANA time zone of an agency (`Asia/Makassar`, `Asia/Jakarta`, `Asia/Jayapura`).
    /// Only names of the IANA database are accepted (not `GMT+8` or `UTC`), and the name is
    /// stored as IANA spells it (`asia/jakarta` → `Asia/Jakarta`). Returns the stored name.
    @discardableResult
    public func setTimeZone(agencyID: Int64, _ identifier: String) throws -> String {
        let known = TimeZone.knownTimeZoneIdentifiers
        guard let canonical = known.first(where: { $0.caseInsensitiveCompare(identifier) == .orderedSame }),
            canonical.contains("/"), TimeZone(identifier: canonical) != nil
        else { throw StoreError.unknownTimeZone(identifier) }
        try write("zona waktu instansi") { db in
            try Self.requireAgency(db, agencyID)
            try db.execute(sql: "UPDATE agency SET time_zone = ? WHERE id = ?", arguments: [canonical, agencyID])
        }
        return canonical
    }

    static func requireAgency(_ db: Database, _ agencyID: Int64) throws {
        guard
            try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM agency WHERE id = ?)", arguments: [agencyID])
                ?? false
        else { throw StoreError.unknownAgency(agencyID) }
    }

    /// The working calendar of an agency: its zone, its office hours, the national holidays and
    /// its own. Two small queries in one read.
    /// The agency's working calendar, built again only when holidays, office hours or time
    /// zones changed since it was last built (`calendar_version`, moved by triggers).
    public func workingCalendar(agencyID: Int64) throws -> WorkingCalendar {
        try read("kalender kerja") { db in
            let version = try Int64.fetchOne(db, sql: "SELECT n FROM calendar_version WHERE id = 1")
            if let version, let known = calendarCache.calendar(agencyID, version: version) { return known }
            let calendar = try Self.workingCalendar(db, agencyID: agencyID)
            if let version { calendarCache.keep(calendar, agencyID, version: version) }
            return calendar
        }
    }

    static func workingCalendar(_ db: Database, agencyID: Int64) throws -> WorkingCalendar {
        guard
            let zoneName = try String.fetchOne(
                db, sql: "SELECT time_zone FROM agency WHERE id = ?", arguments: [agencyID])
        else { throw StoreError.unknownAgency(agencyID) }
        guard let zone = TimeZone(identifier: zoneName) else { throw StoreError.unknownTimeZone(zoneName) }
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT id, agency_id, date, kind, name, source, created_by FROM holiday
                WHERE agency_id IS NULL OR agency_id = ? ORDER BY date, agency_id IS NOT NULL
                """,
            arguments: [agencyID])
        var calendar = WorkingCalendar(timeZone: zone, hours: try officeHours(db, agencyID: agencyID))
        calendar.add(rows.compactMap(storedHoliday).map(\.holiday))
        return calendar
    }
}
