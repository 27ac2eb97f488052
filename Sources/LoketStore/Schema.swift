import GRDB

/// The database schema, as a list of versioned migrations.
///
/// Migrations are append-only: a released migration is never edited, a change is a new
/// migration (`v2-...`). The database file is shared by several officers and survives program
/// updates, so `eraseDatabaseOnSchemaChange` is never used.
enum Schema {
    /// The migrations, in order.
    static let steps: [(identifier: String, migrate: @Sendable (Database) throws -> Void)] = [
        ("v1-catalog", createCatalog),
        ("v2-calendar", createCalendar),
        ("v3-users", createUsers),
        ("v3-requests", createRequests),
        ("v4-counter", createCounterSettings),
        ("v4-request-event-day", addRequestEventDay),
        ("v5-board", createBoardIndex),
        ("v6-request-seal", addRequestSeal),
        ("v7-skm", createSurveyTally),
        ("v8-seed-calendar-sync", createSeedCalendarSync),
    ]

    /// GRDB's view of ``steps``: which are applied, whether the file is from a newer program.
    static let migrator: DatabaseMigrator = {
        var migrator = DatabaseMigrator()
        for step in steps { migrator.registerMigration(step.identifier, migrate: step.migrate) }
        return migrator
    }()

    /// Applies the missing migrations in one EXCLUSIVE transaction that reads what is applied
    /// only once it holds the lock, so several programs starting at once on a new file do not
    /// each create the tables ("table users already exists"): the first creates everything, the
    /// others wait (busy timeout) and find nothing left to do. Any failure rolls all of it back.
    /// The applied identifiers go to GRDB's `grdb_migrations` table, as `DatabaseMigrator` writes
    /// them. (A future migration that rebuilds a table with foreign keys off needs its own step
    /// outside this transaction: SQLite ignores `PRAGMA foreign_keys` inside one.)
    static func migrate(_ db: Database) throws {
        try db.inTransaction(.exclusive) {
            try db.execute(sql: "CREATE TABLE IF NOT EXISTS grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY)")
            let applied = Set(try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations"))
            for step in steps where !applied.contains(step.identifier) {
                try step.migrate(db)
                try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES (?)", arguments: [step.identifier])
            }
            return .commit
        }
    }

    /// v1: the service catalog, versioned per agency.
    ///
    /// ```
    /// agency ─┬─ decree                       (one row per decree per import)
    ///         ├─ catalogRevision              (1, 2, 3, ... per agency)
    ///         └─ unit ── service              (stable identities across revisions)
    ///
    /// serviceRevision = service × catalogRevision (+ decree): the service as printed in that
    ///                   revision; its rows in `component` are the 14 (or more) components.
    /// ```
    ///
    /// ### `agency`: an issuer of decrees (Setda Kota Denpasar, Diskominfos, ...)
    /// - `name`: as last printed; `name_key` (UNIQUE): ``NameKey`` of the name, the identity.
    /// - `code` (UNIQUE): short upper-case code derived from the name (`SDDEN` for Sekretariat
    ///   Daerah Kota Denpasar), for request numbers later. See ``AgencyCode``.
    /// - `time_zone`: IANA zone of its working calendar, `Asia/Makassar` (WITA) by default.
    ///
    /// ### `decree`: a Keputusan as read from one imported file
    /// - `number`, `date` (ISO `YYYY-MM-DD`): both NULL when the decree does not give them.
    /// - `source`: the file name; `fingerprint`: FNV-1a 64-bit hex of the whole catalog the file
    ///   produced (see ``CatalogFingerprint``), which tells whether a re-import changes anything.
    /// - A file holding one decree per Bagian gives one row per distinct decree, all with the
    ///   same source and fingerprint.
    ///
    /// ### `catalogRevision`: one version of an agency's catalog
    /// - `number`: 1, 2, 3, ... per agency, UNIQUE(agency_id, number); the latest is the current
    ///   catalog. Older revisions stay readable (requests keep pointing at what they were logged
    ///   against).
    ///
    /// ### `unit`: a Bagian / Bidang / Subbagian
    /// - UNIQUE(agency_id, name_key): the same name key in the same agency is the same unit in
    ///   every revision. `name` is the name as last printed.
    ///
    /// ### `service`: a jenis pelayanan, stable identity
    /// - UNIQUE(unit_id, name_key): same unit + same name key ⇒ same id in every revision. A
    ///   renamed service (other key) is a new service. `name` is the name as last printed.
    ///
    /// ### `serviceRevision`: a service as one revision prints it
    /// - UNIQUE(service_id, revision_id); `decree_id`: the decree that set this standard.
    /// - `name`: as printed in this revision; `line`: 1-based line of its heading in the file;
    ///   `position`: 0-based order of the service in the whole revision (units are ordered by
    ///   their first service); `time_limit_raw`: component 3 text (jangka waktu), NULL if absent.
    ///
    /// ### `component`: one row of a service's table
    /// - `position`: 0-based order in the decree; `number`: the canonical component 1-14, NULL
    ///   for an extra row the decree adds (Maklumat, office hours, ...); `label`: the decree's
    ///   own label; `text`: clean text; `line`: 1-based line where the row starts.
    static func createCatalog(_ db: Database) throws {
        try db.create(table: "agency") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("name", .text).notNull()
            t.column("name_key", .text).notNull().unique()
            t.column("code", .text).notNull().unique()
            t.column("time_zone", .text).notNull().defaults(to: "Asia/Makassar")
            t.column("created_at", .datetime).notNull()
        }

        try db.create(table: "decree") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("agency_id", .integer).notNull().references("agency").indexed()
            t.column("number", .text)
            t.column("date", .text)
            t.column("source", .text).notNull()
            t.column("fingerprint", .text).notNull()
            t.column("imported_at", .datetime).notNull()
        }

        try db.create(table: "catalogRevision") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("agency_id", .integer).notNull().references("agency")
            t.column("number", .integer).notNull().check { $0 >= 1 }
            t.column("created_at", .datetime).notNull()
            t.uniqueKey(["agency_id", "number"])  // also serves "latest revision of each agency"
        }

        try db.create(table: "unit") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("agency_id", .integer).notNull().references("agency")
            t.column("name", .text).notNull()
            t.column("name_key", .text).notNull()
            t.uniqueKey(["agency_id", "name_key"])
        }

        try db.create(table: "service") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("unit_id", .integer).notNull().references("unit")
            t.column("name", .text).notNull()
            t.column("name_key", .text).notNull()
            t.uniqueKey(["unit_id", "name_key"])
        }

        try db.create(table: "serviceRevision") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("service_id", .integer).notNull().references("service")
            t.column("revision_id", .integer).notNull().references("catalogRevision")
            t.column("decree_id", .integer).notNull().references("decree").indexed()
            t.column("name", .text).notNull()
            t.column("line", .integer).notNull()
            t.column("position", .integer).notNull()
            t.column("time_limit_raw", .text)
            t.uniqueKey(["service_id", "revision_id"])  // also serves "latest revision of a service"
        }
        // The catalog tree reads one revision in order.
        try db.create(
            index: "serviceRevision_on_revision_position", on: "serviceRevision",
            columns: ["revision_id", "position"])

        try db.create(table: "component") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("service_revision_id", .integer).notNull()
                .references("serviceRevision", onDelete: .cascade)
            t.column("position", .integer).notNull()
            t.column("number", .integer).check(sql: "number BETWEEN 1 AND 14")  // NULL passes
            t.column("label", .text).notNull()
            t.column("text", .text).notNull()
            t.column("line", .integer).notNull()
            t.uniqueKey(["service_revision_id", "position"])  // the card reads components in order
        }
    }
}
