import GRDB

extension Schema {
    /// v4: what the counter screen needs.
    ///
    /// - `request_by_assignee_received` ON request(assignee_id, received_at): "milik saya", newest
    ///   first, without reading other officers' requests.
    /// - `agency.receipt_printer`, `agency.receipt_width`; `users.receipt_printer`,
    ///   `users.receipt_width`: the tanda terima's printer (`lp -d loket1`; only `lp` and `lpr`
    ///   are run, without a shell) and width (32, 42 or 80). A user's setting wins over the agency's.
    static func createCounterSettings(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE INDEX request_by_assignee_received ON request(assignee_id, received_at);
                ALTER TABLE agency ADD COLUMN receipt_printer TEXT;
                ALTER TABLE agency ADD COLUMN receipt_width INTEGER;
                ALTER TABLE users ADD COLUMN receipt_printer TEXT;
                ALTER TABLE users ADD COLUMN receipt_width INTEGER;
                """)
    }
}
