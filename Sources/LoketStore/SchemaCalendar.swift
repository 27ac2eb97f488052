import GRDB

extension Schema {
    /// v2: the working calendar of each agency, and supervisors' time-limit overrides.
    ///
    /// ### `holiday`: a day the office is closed
    /// - `agency_id`: NULL for a national holiday or cuti bersama (every agency), else the agency
    ///   whose supervisor added it (a local holiday).
    /// - `date` (ISO), `kind` (`libur_nasional`, `cuti_bersama`, `libur_lokal`), `name`.
    /// - `source`: `seed` (the shipped national calendar) or `manual`; `created_by`: the account.
    /// - One row per (scope, date): a second holiday on the same day adds nothing to the calendar.
    ///
    /// ### `officeHours`: the opening hours of one agency on one ISO weekday (1 = Monday)
    /// - `open`, `close`, `break_start`, `break_end`: `HH:MM` in the agency's zone.
    /// - An agency without rows keeps the default (Monday-Friday 08:00-16:00, no break). An agency
    ///   with rows has exactly those days open: a weekday without a row is closed.
    ///
    /// ### `timeLimitOverride`: a supervisor's jangka waktu for a service
    /// - Keyed by the stable `service_id`, so it survives re-imports and new revisions; the
    ///   decree's own text stays in `serviceRevision.time_limit_raw` and both are shown.
    /// - `text`: the jangka waktu as typed (`5 hari kerja`), read by the same parser.
    static func createCalendar(_ db: Database) throws {
        try db.create(table: "holiday") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("agency_id", .integer).references("agency", onDelete: .cascade)
            t.column("date", .text).notNull()
            t.column("kind", .text).notNull()
                .check(sql: "kind IN ('libur_nasional', 'cuti_bersama', 'libur_lokal')")
            t.column("name", .text).notNull()
            t.column("source", .text).notNull().check(sql: "source IN ('seed', 'manual')")
            t.column("created_by", .text)
            t.column("created_at", .datetime).notNull()
        }
        // One holiday per date and scope (NULL agency = national).
        try db.execute(sql: "CREATE UNIQUE INDEX holiday_on_scope_date ON holiday(IFNULL(agency_id, 0), date)")

        try db.create(table: "officeHours") { t in
            t.column("agency_id", .integer).notNull().references("agency", onDelete: .cascade)
            t.column("weekday", .integer).notNull().check(sql: "weekday BETWEEN 1 AND 7")
            t.column("open", .text).notNull()
            t.column("close", .text).notNull()
            t.column("break_start", .text)
            t.column("break_end", .text)
            t.primaryKey(["agency_id", "weekday"])
        }

        try db.create(table: "timeLimitOverride") { t in
            t.primaryKey("service_id", .integer).references("service", onDelete: .cascade)
            t.column("text", .text).notNull()
            t.column("reason", .text)
            t.column("set_by", .text)
            t.column("set_at", .datetime).notNull()
        }
    }
}
