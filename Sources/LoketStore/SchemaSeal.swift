import GRDB

extension Schema {
    /// v6: a seal of each request's intake fields in its append-only history.
    ///
    /// ### `request_event.seal` (added column)
    /// - The ``RequestSeal`` of the request row's intake fields (number, service, revision, unit,
    ///   the pemohon as given, the time limit as read, received at, logged by, note, event day),
    ///   as the row holds them once the event is written: on the `dibuat` event, and on a
    ///   contact correction (the only change Loket makes to those fields). NULL on every other
    ///   event, and on every event written before this migration. `loket request verify`
    ///   compares the row with the latest seal of its history.
    ///
    /// ### `request_seal_start`: from which request on every request is sealed
    /// - One row, `first_request_id`: the id the next request got when this migration ran
    ///   (ids are never reused: AUTOINCREMENT). A request from that id on without a seal was not
    ///   logged by Loket; an older one is only counted as not sealed.
    static func addRequestSeal(_ db: Database) throws {
        try db.alter(table: "request_event") { t in t.add(column: "seal", .text) }
        try db.execute(
            sql: """
                CREATE TABLE request_seal_start (
                    id INTEGER PRIMARY KEY CHECK (id = 1),
                    first_request_id INTEGER NOT NULL);
                """)
        try startSeals(db)
    }

    /// The row of `request_seal_start`: the id after the last one ever handed out.
    static func startSeals(_ db: Database) throws {
        try db.execute(
            sql: """
                INSERT INTO request_seal_start (id, first_request_id)
                    SELECT 1, max(coalesce((SELECT max(id) FROM request), 0),
                                  coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'request'), 0)) + 1;
                """)
    }
}
