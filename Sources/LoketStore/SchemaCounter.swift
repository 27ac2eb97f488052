import GRDB

extension Schema {
    /// v4: what the counter screen needs.
    ///
    /// - `request_by_assignee_received` ON request(assignee_id, received_at): "milik saya", newest
    ///   first, without reading other officers' requests.
    /// - `applicant_name_fts` (FTS5 over `applicant.name`, kept by triggers): the list's search by
    ///   a pemohon's name words reads the matching pemohon (at most 500), then their requests by
    ///   `request_on_applicant_id`, without reading every pemohon.
    /// - `agency.receipt_printer`, `agency.receipt_width`; `users.receipt_printer`,
    ///   `users.receipt_width`: the tanda terima's printer (`lp -d loket1`; only `lp` and `lpr`
    ///   are run, without a shell) and width (32, 42 or 80). A user's setting wins over the agency's.
    static func createCounterSettings(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE INDEX request_by_assignee_received ON request(assignee_id, received_at);
                CREATE VIRTUAL TABLE applicant_name_fts USING fts5(
                    name, content='applicant', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
                INSERT INTO applicant_name_fts(applicant_name_fts) VALUES ('rebuild');
                CREATE TRIGGER applicant_name_fts_insert AFTER INSERT ON applicant BEGIN
                    INSERT INTO applicant_name_fts(rowid, name) VALUES (new.id, new.name);
                END;
                CREATE TRIGGER applicant_name_fts_delete AFTER DELETE ON applicant BEGIN
                    INSERT INTO applicant_name_fts(applicant_name_fts, rowid, name) VALUES ('delete', old.id, old.name);
                END;
                CREATE TRIGGER applicant_name_fts_update AFTER UPDATE OF name ON applicant BEGIN
                    INSERT INTO applicant_name_fts(applicant_name_fts, rowid, name) VALUES ('delete', old.id, old.name);
                    INSERT INTO applicant_name_fts(rowid, name) VALUES (new.id, new.name);
                END;
                ALTER TABLE agency ADD COLUMN receipt_printer TEXT;
                ALTER TABLE agency ADD COLUMN receipt_width INTEGER;
                ALTER TABLE users ADD COLUMN receipt_printer TEXT;
                ALTER TABLE users ADD COLUMN receipt_width INTEGER;
                """)
    }
}
