import GRDB

extension Schema {
    /// v7: the SKM answers (Survei Kepuasan Masyarakat), summed per service and month.
    ///
    /// ### `skm_tally`: PRIMARY KEY(service_id, month)
    /// - `month` `YYYY-MM` in the agency's zone; `responses`, and `e1` ... `e9` the sums of the
    ///   scores (1-4) given to each of the nine elements (README, "The monthly report and the SKM").
    /// - Decision: only sums are kept, no row per answer, no time, no officer: the answers cannot
    ///   be traced back to a pemohon or a request, not even by their order (an answer per row
    ///   would line up with the hand-overs of the day).
    /// - CHECKs keep every sum between 1 and 4 times the responses; triggers refuse a DELETE, an
    ///   UPDATE that takes answers away (a tally only grows) and an INSERT over an existing
    ///   month (`REPLACE` deletes without firing delete triggers), so answers are added by an
    ///   UPDATE, or an INSERT for the month's first.
    static func createSurveyTally(_ db: Database) throws {
        let elements = (1...9).map { "e\($0)" }
        let columns = elements.map { "\($0) INTEGER NOT NULL CHECK (\($0) BETWEEN responses AND 4 * responses)" }
        try db.execute(
            sql: """
                CREATE TABLE skm_tally (
                    service_id INTEGER NOT NULL REFERENCES service(id),
                    month TEXT NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]'),
                    responses INTEGER NOT NULL CHECK (responses >= 1),
                    \(columns.joined(separator: ",\n    ")),
                    PRIMARY KEY (service_id, month)
                ) WITHOUT ROWID;
                CREATE TRIGGER skm_tally_no_delete BEFORE DELETE ON skm_tally BEGIN
                    SELECT RAISE(ABORT, 'skm_tally: jawaban SKM tidak dapat dihapus');
                END;
                CREATE TRIGGER skm_tally_no_replace BEFORE INSERT ON skm_tally
                WHEN EXISTS (SELECT 1 FROM skm_tally WHERE service_id = NEW.service_id AND month = NEW.month)
                BEGIN
                    SELECT RAISE(ABORT, 'skm_tally: jawaban SKM tidak dapat ditimpa');
                END;
                CREATE TRIGGER skm_tally_only_grows BEFORE UPDATE ON skm_tally
                WHEN NEW.service_id IS NOT OLD.service_id OR NEW.month IS NOT OLD.month
                    OR NEW.responses < OLD.responses
                    OR \(elements.map { "NEW.\($0) < OLD.\($0)" }.joined(separator: " OR "))
                BEGIN
                    SELECT RAISE(ABORT, 'skm_tally: jawaban SKM tidak dapat dikurangi');
                END;
                """)
    }
}
