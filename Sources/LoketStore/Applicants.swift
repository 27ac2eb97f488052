import Foundation
import GRDB
import LoketCore

// Pemohon: finding one who comes back (NIK, phone, name), and recording one at intake.

extension Store {
    /// Pemohon already known by NIK or phone, without a user check: the matching rule intake uses,
    /// kept for tests. The counter and the command line use ``searchApplicants(nik:phone:name:for:limit:at:)``.
    func findApplicants(nik: String?, phone: String?) throws -> [(id: Int64, applicant: Applicant)] {
        let phone = phone.flatMap(Applicant.normalisePhone)
        return try read("pemohon") { db in
            try Row.fetchAll(
                db,
                sql: "SELECT id, name, nik, phone, address, note FROM applicant WHERE nik = ? OR phone = ? ORDER BY id",
                arguments: [nik, phone]
            ).map { row in
                (row[0], Applicant(stored: row))
            }
        }
    }

    /// The SQL condition on `applicant` for the pemohon a user limited to units may see: those
    /// with a request in one of them (no other agency's NIK, phone or address); nil for every one.
    static func visibleApplicants(_ scope: UserScope) -> String? {
        scope.unitIDs.map { units in
            "EXISTS (SELECT 1 FROM request r WHERE r.applicant_id = applicant.id AND r.unit_id IN ("
                + units.sorted().map(String.init).joined(separator: ",") + "))"
        }
    }

    /// Whether `user` may see pemohon `id` (``visibleApplicants(_:)``).
    func isVisible(applicantID id: Int64, to user: User) throws -> Bool {
        guard let visible = Self.visibleApplicants(user.scope) else { return true }
        return try read("pemohon #\(id)") { db in
            try Bool.fetchOne(
                db, sql: "SELECT EXISTS (SELECT 1 FROM applicant WHERE id = ? AND \(visible))", arguments: [id])
                ?? false
        }
    }

    /// A pemohon by id, nil when none.
    public func applicant(id: Int64) throws -> Applicant? {
        try read("pemohon #\(id)") { db in
            try Row.fetchOne(
                db, sql: "SELECT id, name, nik, phone, address, note FROM applicant WHERE id = ?", arguments: [id]
            )
            .map(Applicant.init(stored:))
        }
    }

    /// Pemohon to find a returning one at the counter: by NIK (spaces, dots, dashes ignored), by
    /// phone (normalised), or by name (every word, ignoring case), at most `limit`, by name; for a
    /// user limited to units, only pemohon with a request in one of them.
    public func searchApplicants(
        nik: String? = nil, phone: String? = nil, name: String? = nil, for user: User, limit: Int = 50,
        at now: Date = Date()
    ) throws -> [(id: Int64, applicant: Applicant)] {
        try authorize(user, .viewRequests, at: now)
        var conditions: [String] = []
        var arguments: StatementArguments = []
        if let nik = Applicant.cleanText(nik) {
            conditions.append("nik = ?")
            _ = arguments.append(contentsOf: [nik.filter { !" .-".contains($0) }])
        }
        if let phone = Applicant.cleanText(phone) {
            conditions.append("phone = ?")
            _ = arguments.append(contentsOf: [Applicant.normalisePhone(phone) ?? phone])
        }
        if let name = Applicant.cleanText(name) {
            for word in name.lowercased().split(separator: " ") {
                conditions.append("lower(name) LIKE ? ESCAPE '\\'")
                let escaped = word.replacingOccurrences(of: "\\", with: "\\\\")
                    .replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_")
                _ = arguments.append(contentsOf: ["%" + escaped + "%"])
            }
        }
        guard !conditions.isEmpty else { return [] }
        if let visible = Self.visibleApplicants(user.scope) { conditions.append(visible) }
        let sql = """
            SELECT id, name, nik, phone, address, note FROM applicant WHERE \(conditions.joined(separator: " AND "))
            ORDER BY name, id LIMIT \(max(0, limit))
            """
        return try read("pemohon") { db in
            try Row.fetchAll(db, sql: sql, arguments: arguments).map { ($0[0], Applicant(stored: $0)) }
        }
    }

    /// The pemohon's id: the one with this NIK; else the one with this phone and the same name
    /// (and no other NIK); else a new one.
    ///
    /// A found pemohon with the same name (ignoring case) gets its contact brought up to date:
    /// the row is the latest known contact. A known NIK under another name is not renamed: the
    /// row stays as it is and the returned notice says so (the request keeps the name given).
    /// Earlier requests never change either way: each keeps its own copy of the details.
    static func upsertApplicant(_ db: Database, _ applicant: Applicant, knownID: Int64? = nil, at now: Date) throws
        -> (id: Int64, notice: String?)
    {
        var found: (id: Int64, name: String)?
        if let knownID {  // chosen at the counter (request new --applicant)
            guard
                let row = try Row.fetchOne(
                    db, sql: "SELECT name, nik FROM applicant WHERE id = ?", arguments: [knownID])
            else { throw RequestError.applicantNotFound(knownID) }
            let nik: String? = row[1]
            if let nik, let given = applicant.nik, given != nik {
                throw RequestError.rule(
                    .invalidApplicant(["NIK \(given) berbeda dengan NIK pemohon #\(knownID) (\(nik))"]))
            }
            if nik == nil, let given = applicant.nik,
                try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM applicant WHERE nik = ?)", arguments: [given])
                    ?? false
            {
                throw RequestError.rule(.invalidApplicant(["NIK \(given) sudah tercatat untuk pemohon lain"]))
            }
            found = (knownID, row[0])
        }
        if found == nil, let nik = applicant.nik {
            found = try Row.fetchOne(db, sql: "SELECT id, name FROM applicant WHERE nik = ?", arguments: [nik])
                .map { ($0[0], $0[1]) }
        }
        if found == nil, let phone = applicant.phone {
            found = try Row.fetchOne(
                db,
                sql: """
                    SELECT id, name FROM applicant WHERE phone = ? AND lower(name) = lower(?) AND (? IS NULL OR nik IS NULL)
                    ORDER BY id DESC LIMIT 1
                    """, arguments: [phone, applicant.name, applicant.nik]
            ).map { ($0[0], $0[1]) }
        }
        if let found {
            guard found.name.lowercased() == applicant.name.lowercased() else {
                return (
                    found.id,
                    (knownID != nil ? "Pemohon #\(found.id)" : "NIK ini")
                        + " sebelumnya tercatat atas nama \(found.name) (pemohon #\(found.id)); "
                        + "permohonan ini memakai nama \(applicant.name), data pemohon terdaftar tidak diubah"
                )
            }
            try db.execute(
                sql: """
                    UPDATE applicant SET nik = COALESCE(?, nik), phone = COALESCE(?, phone),
                        address = COALESCE(?, address), note = COALESCE(?, note), updated_at = ?
                    WHERE id = ?
                    """,
                arguments: [applicant.nik, applicant.phone, applicant.address, applicant.note, now, found.id])
            return (found.id, nil)
        }
        try db.execute(
            sql: """
                INSERT INTO applicant (name, nik, phone, address, note, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [applicant.name, applicant.nik, applicant.phone, applicant.address, applicant.note, now, now])
        return (db.lastInsertedRowID, nil)
    }
}

extension Applicant {
    /// A stored pemohon (already validated when written).
    init(stored row: Row) {
        self.init(stored: row[1], nik: row[2], phone: row[3], address: row[4], note: row[5])
    }
}
