import GRDB

extension Schema {
    /// v5: the supervisors' board counts per Bagian without reading the request table, and
    /// re-reads the calendars only when they changed.
    ///
    /// - `request_open_board` ON request(unit_id, deadline, status), running requests only:
    ///   for each Bagian, the overdue and due-soon counts are two range counts of this index
    ///   (covering: the status the partial index implies is in it too, so no row is read).
    ///   At a million requests with 19 000 overdue the counts take 4 ms, against 25 to 140 ms
    ///   through `request_open_by_unit_deadline`, which has to read each row for its status.
    /// - `calendar_version`: one number that triggers move on every change to holidays, office
    ///   hours or an agency's time zone, whoever makes it (another officer's program, a
    ///   hand-written `sqlite3` line). The store keeps the working calendars it built and builds
    ///   one again only when the number moved (``Store/workingCalendar(agencyID:)``): the live
    ///   board reads 5 calendars on each refresh, 6 ms when built from their rows.
    static func createBoardIndex(_ db: Database) throws {
        var sql = """
            CREATE INDEX request_open_board ON request(unit_id, deadline, status)
                WHERE status IN ('diterima', 'diproses');
            CREATE TABLE calendar_version (id INTEGER PRIMARY KEY CHECK (id = 1), n INTEGER NOT NULL);
            INSERT INTO calendar_version (id, n) VALUES (1, 0);
            CREATE TRIGGER calendar_version_agency AFTER UPDATE OF time_zone ON agency BEGIN
                UPDATE calendar_version SET n = n + 1;
            END;

            """
        for table in ["holiday", "officeHours"] {
            for event in ["INSERT", "UPDATE", "DELETE"] {
                sql += """
                    CREATE TRIGGER calendar_version_\(table)_\(event.lowercased()) AFTER \(event) ON \(table) BEGIN
                        UPDATE calendar_version SET n = n + 1;
                    END;

                    """
            }
        }
        try db.execute(sql: sql)
    }

    /// v8: which shipped national calendar the database was last brought up to date from.
    ///
    /// ### `seed_calendar_sync`: one row (id 1)
    /// - `fingerprint`: FNV-1a 64-bit hex of the shipped CSV file's bytes; `calendar_version`:
    ///   the `calendar_version` number right after that sync. While both still match, the
    ///   national holidays are as that file has them (any change to a holiday since, by Loket or
    ///   by hand, moved the number), so a start need not read and parse the file again
    ///   (``Store/nationalHolidaysInSync(fingerprint:)``).
    static func createSeedCalendarSync(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE seed_calendar_sync (
                    id INTEGER PRIMARY KEY CHECK (id = 1),
                    fingerprint TEXT NOT NULL,
                    calendar_version INTEGER NOT NULL
                )
                """)
    }
}
