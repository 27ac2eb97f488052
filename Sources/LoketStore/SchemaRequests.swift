import GRDB

extension Schema {
    /// v3-users: who may use Loket.
    ///
    /// ### `users`: a known operating-system account
    /// - `account` (UNIQUE): the OS account name (`getpwuid(geteuid())`, see the CLI); `display_name`.
    /// - `role`: `petugas`, `supervisor` or `admin` (``LoketCore/Role``).
    /// - The first account that opens a database without users becomes admin (the creator).
    ///
    /// ### `user_unit`: the units whose requests a user sees and changes
    /// - PRIMARY KEY(user_id, unit_id). No row: every unit (see ``LoketCore/UserScope``).
    ///
    /// ### `refusal`: every refused action, append-only
    /// - `account` as given, `user_id` when the account is known, `permission` (raw value of
    ///   ``LoketCore/Permission`` or `akun_tidak_dikenal`), `target` (a request number, a unit, ...),
    ///   `reason` (the Indonesian message shown). Triggers refuse UPDATE, DELETE and an INSERT of
    ///   an existing id (`INSERT OR REPLACE`).
    static func createUsers(_ db: Database) throws {
        try db.create(table: "users") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("account", .text).notNull().unique()
            t.column("display_name", .text).notNull()
            t.column("role", .text).notNull().check(sql: "role IN ('petugas', 'supervisor', 'admin')")
            t.column("created_at", .datetime).notNull()
            t.column("created_by", .integer).references("users")
            // Deactivated users are refused like unknown accounts; rows stay for the history.
            t.column("active", .boolean).notNull().defaults(to: true)
            t.column("changed_at", .datetime)
            t.column("changed_by", .integer).references("users")
        }
        try db.create(table: "user_unit", options: .withoutRowID) { t in
            t.column("user_id", .integer).notNull().references("users", onDelete: .cascade)
            t.column("unit_id", .integer).notNull().references("unit")
            t.primaryKey(["user_id", "unit_id"])
        }
        try db.create(table: "refusal") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("at", .datetime).notNull()
            t.column("account", .text).notNull()
            t.column("user_id", .integer).references("users")
            t.column("permission", .text).notNull()
            t.column("target", .text)
            t.column("reason", .text).notNull()
        }
        try db.execute(
            sql: """
                CREATE TRIGGER refusal_no_update BEFORE UPDATE ON refusal
                BEGIN SELECT RAISE(ABORT, 'catatan penolakan tidak boleh diubah'); END;
                CREATE TRIGGER refusal_no_delete BEFORE DELETE ON refusal
                BEGIN SELECT RAISE(ABORT, 'catatan penolakan tidak boleh dihapus'); END;
                CREATE TRIGGER refusal_no_replace BEFORE INSERT ON refusal
                WHEN NEW.id IS NOT NULL AND EXISTS (SELECT 1 FROM refusal WHERE id = NEW.id)
                BEGIN SELECT RAISE(ABORT, 'catatan penolakan tidak boleh ditimpa'); END;
                """)
    }

    /// v3-requests: pemohon, permohonan and their history.
    ///
    /// ### `applicant`: a pemohon
    /// - `name`; `nik` (16 digits, UNIQUE when present); `phone` (`+62...`, indexed); `address`
    ///   (or originating office); `note`. A returning pemohon is found by NIK, else by phone and
    ///   name, and reused. The row is the latest known contact for finding the person again;
    ///   each request keeps its own copy of the details given at intake (`request.applicant_*`),
    ///   so a later visit never rewrites an earlier request. A later visit with the same name
    ///   brings the contact up to date; one with another name on a known NIK leaves the row as
    ///   it is and says so (event note, command output).
    ///
    /// ### `request_counter`: the last sequence handed out per agency and year
    /// - PRIMARY KEY(agency_id, year). Incremented in the same IMMEDIATE transaction that inserts
    ///   the request, so numbers are unique and gap-free (a rolled-back request gives its number
    ///   back).
    ///
    /// ### `request`: a permohonan (its changing columns are a cache of its events)
    /// - `number` (UNIQUE) `CODE-YYYY-NNNNNN`; `agency_id`, `year`, `sequence` its parts.
    /// - `service_id`, `service_revision_id` (the catalog revision it was logged under), `unit_id`
    ///   (responsible Bagian), `applicant_id`; `applicant_name`, `applicant_nik`, `applicant_phone`,
    ///   `applicant_address`, `applicant_note`: the pemohon as given at intake (never changed).
    /// - `time_limit_text`: the jangka waktu in force when logged (a supervisor's override, else
    ///   the decree's text); `option_index` (0-based choice of a choice time limit), `time_limit_amount`/`_unit` (the
    ///   amount the clock runs for, ``LoketCore/TimeUnit`` raw value; NULL when open),
    ///   `extension_amount`/`extension_unit` (the extension the limit allows, NULL when none): the
    ///   limit as read when the request was logged, kept so later catalog changes do not move it.
    /// - `received_at`, `complete_at` (documents complete; NULL while missing), `deadline` (NULL
    ///   while missing or when open), `extended` (0/1), `status`, `closing_reason`, `finished_at`,
    ///   `assignee_id` (responsible officer), `created_by`, `updated_at`, `note`.
    /// - Partial indexes on the running ones (diterima, diproses; the exact predicate of the
    ///   overdue queries): `request_open_by_deadline` by deadline, `request_open_by_unit_deadline`
    ///   by unit and deadline; the overdue board, for everyone or for a user limited to a unit,
    ///   reads its first rows straight from them.
    /// - `request_by_received`, `request_by_status_received`, `request_on_unit_received`: lists,
    ///   newest first (`received_at DESC, id DESC`: the rowid ends every index, so no sort), for
    ///   everyone, by status, by unit.
    ///
    /// ### `request_item`: Persyaratan missing at intake
    /// - PRIMARY KEY(request_id, position); `position` is the 0-based index in the card's
    ///   Persyaratan list (service revision, component 1, one item per line), `text` the item,
    ///   `completed_at` when it was brought. Items not listed were brought at intake (the card of
    ///   `service_revision_id` never changes), which keeps the table small.
    ///
    /// ### `request_event`: the append-only history
    /// - `request_id`, `at`, `actor_id`, `kind` (``LoketCore/RequestEventKind``), `from_status`,
    ///   `to_status`, `complete_at`, `deadline`, `assignee_id`, `note`, `reason` (of a rejection,
    ///   cancellation or extension, apart from the note: `request.closing_reason` is the reason alone).
    /// - Triggers refuse every UPDATE and DELETE, and an INSERT of an existing id (`INSERT OR
    ///   REPLACE` deletes the old row without firing the delete trigger). The request row can be rebuilt from its events
    ///   (``Store/replayedState(requestID:)``).
    static func createRequests(_ db: Database) throws {
        try db.create(table: "applicant") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("name", .text).notNull()
            t.column("nik", .text).check(sql: "nik IS NULL OR (length(nik) = 16 AND nik NOT GLOB '*[^0-9]*')")
            t.column("phone", .text)
            t.column("address", .text)
            t.column("note", .text)
            t.column("created_at", .datetime).notNull()
            t.column("updated_at", .datetime).notNull()
        }
        try db.execute(
            sql: """
                CREATE UNIQUE INDEX applicant_on_nik ON applicant(nik) WHERE nik IS NOT NULL;
                CREATE INDEX applicant_on_phone ON applicant(phone) WHERE phone IS NOT NULL;
                """)

        try db.create(table: "request_counter", options: .withoutRowID) { t in
            t.column("agency_id", .integer).notNull().references("agency")
            t.column("year", .integer).notNull()
            t.column("last", .integer).notNull()
            t.primaryKey(["agency_id", "year"])
        }

        try db.create(table: "request") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("number", .text).notNull().unique()
            t.column("agency_id", .integer).notNull().references("agency")
            t.column("year", .integer).notNull()
            t.column("sequence", .integer).notNull()
            t.column("service_id", .integer).notNull().references("service")
            t.column("service_revision_id", .integer).notNull().references("serviceRevision")
            t.column("unit_id", .integer).notNull().references("unit")
            t.column("applicant_id", .integer).notNull().references("applicant").indexed()
            // The pemohon as given at intake: what this request's receipt, show and lists print,
            // whatever a later visit brings.
            t.column("applicant_name", .text).notNull()
            t.column("applicant_nik", .text)
            t.column("applicant_phone", .text)
            t.column("applicant_address", .text)
            t.column("applicant_note", .text)
            t.column("time_limit_text", .text)
            t.column("option_index", .integer)
            t.column("time_limit_amount", .integer)
            t.column("time_limit_unit", .text)
            t.column("extension_amount", .integer)
            t.column("extension_unit", .text)
            t.column("received_at", .datetime).notNull()
            t.column("complete_at", .datetime)
            t.column("deadline", .datetime)
            t.column("extended", .boolean).notNull().defaults(to: false)
            t.column("status", .text).notNull().check(
                sql: """
                    status IN ('menunggu_berkas', 'diterima', 'diproses', 'selesai', 'diserahkan', 'ditolak', 'dibatalkan')
                    """)
            t.column("closing_reason", .text)
            t.column("finished_at", .datetime)
            t.column("assignee_id", .integer).references("users")
            t.column("created_by", .integer).notNull().references("users")
            t.column("updated_at", .datetime).notNull()
            t.column("note", .text)
        }
        try db.execute(
            sql: """
                CREATE INDEX request_open_by_deadline ON request(deadline)
                    WHERE status IN ('diterima', 'diproses');
                CREATE INDEX request_open_by_unit_deadline ON request(unit_id, deadline)
                    WHERE status IN ('diterima', 'diproses');
                CREATE INDEX request_on_unit_received ON request(unit_id, received_at);
                CREATE INDEX request_by_received ON request(received_at);
                CREATE INDEX request_by_status_received ON request(status, received_at);
                """)

        try db.create(table: "request_item", options: .withoutRowID) { t in
            t.column("request_id", .integer).notNull().references("request")
            t.column("position", .integer).notNull()
            t.column("text", .text).notNull()
            t.column("completed_at", .datetime)
            t.primaryKey(["request_id", "position"])
        }

        try db.create(table: "request_event") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("request_id", .integer).notNull().references("request")
            t.column("at", .datetime).notNull()
            t.column("actor_id", .integer).notNull().references("users")
            t.column("kind", .text).notNull()
            t.column("from_status", .text)
            t.column("to_status", .text)
            t.column("complete_at", .datetime)
            t.column("deadline", .datetime)
            t.column("assignee_id", .integer)
            t.column("note", .text)
            t.column("reason", .text)
        }
        try db.execute(
            sql: """
                CREATE INDEX request_event_on_request ON request_event(request_id, id);
                CREATE TRIGGER request_event_no_update BEFORE UPDATE ON request_event
                BEGIN SELECT RAISE(ABORT, 'riwayat permohonan tidak boleh diubah'); END;
                CREATE TRIGGER request_event_no_delete BEFORE DELETE ON request_event
                BEGIN SELECT RAISE(ABORT, 'riwayat permohonan tidak boleh dihapus'); END;
                CREATE TRIGGER request_event_no_replace BEFORE INSERT ON request_event
                WHEN NEW.id IS NOT NULL AND EXISTS (SELECT 1 FROM request_event WHERE id = NEW.id)
                BEGIN SELECT RAISE(ABORT, 'riwayat permohonan tidak boleh ditimpa'); END;
                """)
    }

    /// v4: a request for a service tied to an event day (jangka waktu `H-5`, ``LoketCore/TimeLimitReading/beforeEvent(daysBefore:)``).
    ///
    /// ### `request` (added columns)
    /// - `event_date`: the event day the pemohon named at intake, `YYYY-MM-DD` in the agency's
    ///   calendar; `event_days_before`: the N of `H-N` as read when logged. Both NULL for other
    ///   services. The deadline is the opening of the event day (kept in `deadline` as always).
    static func addRequestEventDay(_ db: Database) throws {
        try db.alter(table: "request") { t in
            t.add(column: "event_date", .text)
            t.add(column: "event_days_before", .integer)
        }
    }
}
