import Foundation
import GRDB
import LoketCore

/// What the counter types to log a request.
public struct NewRequest: Sendable, Hashable {
    public var serviceID: Int64
    public var applicant: ApplicantInput
    /// 1-based option of a choice time limit.
    public var option: Int?
    /// Persyaratan the pemohon did not bring: each a 1-based item number or part of its text.
    public var missing: [String]
    public var note: String?
    /// A known pemohon (``Store/searchApplicants(nik:phone:name:)``): the fields of `applicant`
    /// left empty are taken from it.
    public var applicantID: Int64?

    public init(
        serviceID: Int64, applicant: ApplicantInput, option: Int? = nil, missing: [String] = [], note: String? = nil,
        applicantID: Int64? = nil
    ) {
        self.serviceID = serviceID
        self.applicant = applicant
        self.option = option
        self.missing = missing
        self.note = note
        self.applicantID = applicantID
    }
}

/// A request as lists show it.
public struct RequestSummary: Sendable, Hashable {
    public var id: Int64
    public var number: String
    public var status: RequestStatus
    public var serviceID: Int64
    public var serviceName: String
    public var unitID: Int64
    public var unitName: String
    public var agencyID: Int64
    public var agencyCode: String
    public var applicantName: String
    public var receivedAt: Date
    public var completeAt: Date?
    public var deadline: Date?
    public var extended: Bool
    public var finishedAt: Date?
    /// The responsible officer's account.
    public var assignee: String?
    /// The agency's IANA zone (for showing the instants).
    public var timeZone: String
    /// Set by ``Store/logRequest(_:by:at:)`` only: what the counter should know about the
    /// pemohon found (e.g. a known NIK recorded under another name). Also in the event note.
    public var notice: String? = nil

    /// Not finished and past its deadline at `now`.
    public func isOverdue(at now: Date) -> Bool {
        guard status.isClockRunning, let deadline else { return false }
        return now > deadline
    }

    /// Finished (selesai or later) after its deadline.
    public var finishedLate: Bool {
        guard let finishedAt, let deadline, status == .selesai || status == .diserahkan else { return false }
        return finishedAt > deadline
    }
}

/// A Persyaratan item of a request's checklist.
public struct ChecklistItem: Sendable, Hashable {
    /// 0-based position in the card's list.
    public var position: Int
    public var text: String
    public var brought: Bool
    /// When a missing item was brought later.
    public var completedAt: Date?
}

/// One history entry with the account that made it.
public struct RequestHistoryEntry: Sendable, Hashable {
    public var event: RequestEvent
    public var actor: String
    /// The account of `event.assigneeID`, when the event sets one.
    public var assignee: String?
}

/// Everything about one request: for `request show`, the receipt and the TUI.
public struct RequestDetail: Sendable, Hashable {
    public var summary: RequestSummary
    public var agencyName: String
    public var timeZone: String
    public var applicantID: Int64
    public var applicant: Applicant
    /// The jangka waktu in force when the request was logged (override, else the decree's text).
    public var timeLimitRaw: String?
    /// The amount the clock runs for (nil: open), the chosen option's condition, the allowed extension.
    public var timeLimit: TimeAmount?
    public var optionCondition: String?
    public var allowedExtension: TimeAmount?
    public var catalogRevision: Int
    public var items: [ChecklistItem]
    public var history: [RequestHistoryEntry]
    /// Component 6 of the card (Penanganan Pengaduan), for the receipt.
    public var complaintChannel: String?
    public var closingReason: String?
    public var note: String?

    public var missingItems: [ChecklistItem] { items.filter { !$0.brought } }
}

/// Filters of `request list`.
public struct RequestFilter: Sendable, Hashable {
    public var status: RequestStatus?
    public var unitID: Int64?
    /// Only running requests past their deadline at `now`.
    public var overdue = false
    /// Only running requests whose deadline falls between `now` and `now + dueWithin` seconds.
    public var dueWithin: TimeInterval?
    /// At most this many, newest first (nil: all).
    public var limit: Int? = 1000

    public init(
        status: RequestStatus? = nil, unitID: Int64? = nil, overdue: Bool = false, dueWithin: TimeInterval? = nil,
        limit: Int? = 1000
    ) {
        self.status = status
        self.unitID = unitID
        self.overdue = overdue
        self.dueWithin = dueWithin
        self.limit = limit
    }
}

/// A row of the overdue board.
public struct OverdueRequest: Sendable, Hashable {
    public var summary: RequestSummary
    public var lateness: Lateness
}

/// The service as a request is logged against it: its latest revision and card parts.
struct ServiceContext {
    var serviceID: Int64
    var serviceRevisionID: Int64
    var unitID: Int64
    var agencyID: Int64
    var agencyCode: String
    var timeZone: String
    var timeLimitRaw: String?
    var requirements: [String]
}

extension Store {
    // MARK: - Logging

    /// Logs a request at the counter, all in one IMMEDIATE transaction: the pemohon (found by NIK,
    /// else by phone and name, else new), the next number of the agency and year, the request,
    /// its missing Persyaratan and its `dibuat` event. With nothing missing the status is
    /// `diterima` and the deadline runs from `now`; otherwise `menunggu_berkas`, no deadline.
    ///
    /// Checks, before anything is written: the user may log requests for the service's unit
    /// (refusals are logged), the pemohon's data, the option of a choice time limit, the missing
    /// items against the card. A refused request writes nothing (but the refusal log).
    public func logRequest(_ new: NewRequest, by user: User, at now: Date = Date()) throws -> RequestSummary {
        guard let service = try serviceContext(serviceID: new.serviceID) else {
            throw RequestError.serviceNotFound(new.serviceID)
        }
        try authorize(user, .logRequest, unitID: service.unitID, target: "layanan \(new.serviceID)", at: now)
        let applicant: Applicant
        let limit: RequestTimeLimit
        let timeLimitText: String?
        var input = new.applicant
        if let id = new.applicantID {
            guard let known = try self.applicant(id: id) else { throw RequestError.applicantNotFound(id) }
            if Applicant.cleanText(input.name) == nil { input.name = known.name }
            if Applicant.cleanText(input.nik) == nil { input.nik = known.nik }
            if Applicant.cleanText(input.phone) == nil { input.phone = known.phone }
            if Applicant.cleanText(input.address) == nil { input.address = known.address }
        }
        do {
            applicant = try Applicant(validating: input)
            let inForce = try requestTimeLimit(serviceID: service.serviceID)
            timeLimitText = inForce.text
            limit = try RequestTimeLimit(reading: inForce.reading, option: new.option)
        } catch let error as RequestRuleError {
            throw RequestError.rule(error)
        }
        let missing = try Self.match(new.missing, in: service.requirements)
        let calendar = try requestCalendar(agencyID: service.agencyID)
        let complete = missing.isEmpty
        let deadline = complete ? limit.deadline(completeAt: now, in: calendar) : nil
        let year = calendar.civil(now).date.year
        let status: RequestStatus = complete ? .diterima : .menungguBerkas

        return try write("permohonan baru") { db in
            let (applicantID, notice) = try Self.upsertApplicant(db, applicant, knownID: new.applicantID, at: now)
            let sequence = try Self.nextSequence(db, agencyID: service.agencyID, year: year)
            let number = RequestNumber(agencyCode: service.agencyCode, year: year, sequence: sequence).description
            try db.execute(
                sql: """
                    INSERT INTO request (number, agency_id, year, sequence, service_id, service_revision_id, unit_id,
                        applicant_id, applicant_name, applicant_nik, applicant_phone, applicant_address, applicant_note,
                        time_limit_text, option_index, time_limit_amount, time_limit_unit, extension_amount, extension_unit,
                        received_at, complete_at, deadline, status, assignee_id, created_by, updated_at, note)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    number, service.agencyID, year, sequence, service.serviceID, service.serviceRevisionID,
                    service.unitID, applicantID, applicant.name, applicant.nik, applicant.phone, applicant.address,
                    applicant.note, timeLimitText, limit.optionIndex, limit.amount?.amount,
                    limit.amount?.unit.rawValue,
                    limit.allowedExtension?.amount, limit.allowedExtension?.unit.rawValue, now, complete ? now : nil,
                    deadline, status.rawValue, user.id, user.id, now, Applicant.cleanText(new.note),
                ])
            let requestID = db.lastInsertedRowID
            for position in missing {
                try db.execute(
                    sql: "INSERT INTO request_item (request_id, position, text) VALUES (?, ?, ?)",
                    arguments: [requestID, position, service.requirements[position]])
            }
            let missingNote =
                missing.isEmpty
                ? nil : "berkas kurang: " + missing.map { service.requirements[$0] }.joined(separator: "; ")
            let event = RequestEvent(
                kind: .dibuat, at: now, actorID: user.id, toStatus: status, completeAt: complete ? now : nil,
                deadline: deadline, assigneeID: user.id,
                note: [Applicant.cleanText(new.note), missingNote, notice].compactMap { $0 }.joined(separator: " — ")
                    .nilIfEmpty
            )
            try Self.insert(event, requestID: requestID, db)
            var summary = RequestSummary(
                id: requestID, number: number, status: status, serviceID: service.serviceID, serviceName: "",
                unitID: service.unitID, unitName: "", agencyID: service.agencyID, agencyCode: service.agencyCode,
                applicantName: applicant.name, receivedAt: now, completeAt: complete ? now : nil, deadline: deadline,
                extended: false, finishedAt: nil, assignee: user.account, timeZone: service.timeZone)
            summary.notice = notice
            return summary
        }
    }

    // MARK: - Changes

    /// The documents are complete: status `diterima`, complete-at `now`, the deadline runs from
    /// `now` (DOMAIN.md: the clock starts at a complete application), missing items brought.
    @discardableResult
    public func completeDocuments(number: String, by user: User, note: String? = nil, at now: Date = Date()) throws
        -> RequestSummary
    {
        try change(number: number, permission: .updateRequest, by: user, at: now) { db, row, calendar in
            guard row.state.status == .menungguBerkas else {
                throw RequestError.rule(.documentsAlreadyComplete(row.state.status))
            }
            let deadline = row.limit.deadline(completeAt: now, in: calendar)
            let items = try String.fetchAll(
                db,
                sql: "SELECT text FROM request_item WHERE request_id = ? AND completed_at IS NULL ORDER BY position",
                arguments: [row.id])
            try db.execute(
                sql: "UPDATE request_item SET completed_at = ? WHERE request_id = ? AND completed_at IS NULL",
                arguments: [now, row.id])
            let brought = items.isEmpty ? nil : "berkas dilengkapi: " + items.joined(separator: "; ")
            return RequestEvent(
                kind: .berkasLengkap, at: now, actorID: user.id, fromStatus: .menungguBerkas, toStatus: .diterima,
                completeAt: now, deadline: deadline,
                note: [brought, Applicant.cleanText(note)].compactMap { $0 }.joined(separator: " — ").nilIfEmpty)
        }
    }

    /// Moves a request to `status` (``LoketCore/RequestStatus/checkTransition(to:reason:)``);
    /// `diterima` from `menunggu_berkas` is ``completeDocuments(number:by:note:at:)``.
    @discardableResult
    public func changeStatus(
        number: String, to status: RequestStatus, reason: String? = nil, note: String? = nil, by user: User,
        at now: Date = Date()
    ) throws -> RequestSummary {
        if status == .diterima, try summary(number: number)?.status == .menungguBerkas {
            return try completeDocuments(number: number, by: user, note: note, at: now)
        }
        return try change(number: number, permission: .updateRequest, by: user, at: now) { _, row, _ in
            do {
                try row.state.status.checkTransition(to: status, reason: reason)
            } catch let error as RequestRuleError {
                throw RequestError.rule(error)
            }
            return RequestEvent(
                kind: .status, at: now, actorID: user.id, fromStatus: row.state.status, toStatus: status,
                note: Applicant.cleanText(note), reason: Applicant.cleanText(reason))
        }
    }

    /// Grants the single extension the time limit allows (supervisor; a reason is required).
    @discardableResult
    public func extend(number: String, reason: String?, by user: User, at now: Date = Date()) throws -> RequestSummary {
        try change(number: number, permission: .extendDeadline, by: user, at: now) { _, row, calendar in
            let deadline: Date
            do {
                deadline = try row.limit.extendedDeadline(of: row.state, reason: reason, in: calendar)
            } catch let error as RequestRuleError {
                throw RequestError.rule(error)
            }
            return RequestEvent(
                kind: .perpanjangan, at: now, actorID: user.id, deadline: deadline, reason: Applicant.cleanText(reason))
        }
    }

    /// Hands a request to another officer (supervisor), who must work for the request's unit.
    @discardableResult
    public func assign(number: String, to assignee: User, note: String? = nil, by user: User, at now: Date = Date())
        throws -> RequestSummary
    {
        try change(number: number, permission: .reassign, by: user, at: now) { db, row, _ in
            guard assignee.scope.contains(unit: row.unitID) else {
                let unit = try String.fetchOne(db, sql: "SELECT name FROM unit WHERE id = ?", arguments: [row.unitID])
                throw RequestError.assigneeOutOfScope(account: assignee.account, unit: unit ?? "unit \(row.unitID)")
            }
            guard row.state.status.isOpen || row.state.status == .selesai else {
                throw RequestError.rule(.notReassignable(row.state.status))
            }
            return RequestEvent(
                kind: .penugasan, at: now, actorID: user.id, assigneeID: assignee.id, note: Applicant.cleanText(note))
        }
    }

    /// The row of a request as a change sees it.
    struct RequestRow {
        var id: Int64
        var unitID: Int64
        var state: RequestState
        var limit: RequestTimeLimit
    }

    /// The shared shape of a change: authorize on the request's unit, then in one IMMEDIATE
    /// transaction re-read the row, let `body` check the rules and make the event, apply the
    /// event to the row with the same fold the rebuild uses, and append the event.
    private func change(
        number: String, permission: Permission, by user: User, at now: Date,
        _ body: (Database, RequestRow, WorkingCalendar) throws -> RequestEvent
    ) throws -> RequestSummary {
        guard let found = try summary(number: number) else { throw RequestError.notFound(number) }
        try authorize(user, permission, unitID: found.unitID, target: found.number, at: now)
        let calendar = try requestCalendar(agencyID: found.agencyID)
        try write("perubahan permohonan \(found.number)") { db in
            guard var row = try Self.fetchRow(db, id: found.id) else { throw RequestError.notFound(number) }
            let event = try body(db, row, calendar)
            row.state.apply(event)
            try db.execute(
                sql: """
                    UPDATE request SET status = ?, complete_at = ?, deadline = ?, extended = ?, assignee_id = ?,
                        closing_reason = ?, finished_at = ?, updated_at = ?
                    WHERE id = ?
                    """,
                arguments: [
                    row.state.status.rawValue, row.state.completeAt, row.state.deadline, row.state.extended,
                    row.state.assigneeID, row.state.closingReason, row.state.finishedAt, row.state.updatedAt, row.id,
                ])
            try Self.insert(event, requestID: row.id, db)
        }
        return try summary(number: found.number)!
    }

    // MARK: - Reading

    /// A request by number (any case), nil when none. No permission check: for the store's own use
    /// and the TUI, which checks with ``authorize(_:_:unitID:target:at:)``.
    public func summary(number: String) throws -> RequestSummary? {
        let key = RequestNumber(parsing: number)?.description ?? number
        return try read("permohonan \(number)") { db in
            try Row.fetchOne(db, sql: Self.summarySQL + " WHERE r.number = ?", arguments: [key]).map(Self.summary)
        }
    }

    /// One request with its pemohon, checklist and history (the user must see its unit).
    public func request(number: String, for user: User, permission: Permission = .viewRequests, at now: Date = Date())
        throws -> RequestDetail
    {
        let key = RequestNumber(parsing: number)?.description ?? number
        guard
            let detail = try read("permohonan \(number)", { db in try Self.fetchDetail(db, number: key) })
        else { throw RequestError.notFound(number) }
        try authorize(user, permission, unitID: detail.summary.unitID, target: detail.summary.number, at: now)
        return detail
    }

    /// Requests matching `filter` among the user's units, newest first.
    public func requests(_ filter: RequestFilter, for user: User, at now: Date = Date()) throws -> [RequestSummary] {
        try authorize(user, .viewRequests, unitID: filter.unitID, at: now)
        let (sql, arguments) = Self.requestsQuery(filter, scope: user.scope, at: now)
        return try read("daftar permohonan") { db in
            try Row.fetchAll(db, sql: sql, arguments: arguments).map(Self.summary)
        }
    }

    /// How many requests match `filter` among the user's units, whatever its limit (for "N of
    /// M shown").
    public func countRequests(_ filter: RequestFilter, for user: User, at now: Date = Date()) throws -> Int {
        try authorize(user, .viewRequests, unitID: filter.unitID, at: now)
        let (sql, arguments) = Self.requestsQuery(filter, scope: user.scope, at: now, count: true)
        return try read("jumlah permohonan") { db in try Int.fetchOne(db, sql: sql, arguments: arguments) ?? 0 }
    }

    /// The SQL of ``requests(_:for:at:)`` (with `count`, of ``countRequests(_:for:at:)``).
    /// Newest first reads `request_by_received` (or `request_by_status_received`,
    /// `request_on_unit_received`) backwards: no sort of the table.
    static func requestsQuery(_ filter: RequestFilter, scope: UserScope, at now: Date, count: Bool = false)
        -> (String, StatementArguments)
    {
        var conditions: [String] = []
        var arguments: StatementArguments = []
        if let status = filter.status {
            conditions.append("r.status = ?")
            _ = arguments.append(contentsOf: [status.rawValue])
        }
        if let unitID = filter.unitID {
            conditions.append("r.unit_id = ?")
            _ = arguments.append(contentsOf: [unitID])
        }
        if let units = scope.unitIDs {
            conditions.append("r.unit_id IN (\(units.map(String.init).joined(separator: ",")))")
        }
        if filter.overdue {
            conditions.append("r.status IN ('diterima', 'diproses') AND r.deadline < ?")
            _ = arguments.append(contentsOf: [now])
        }
        if let within = filter.dueWithin {
            conditions.append("r.status IN ('diterima', 'diproses') AND r.deadline >= ? AND r.deadline <= ?")
            _ = arguments.append(contentsOf: [now, now.addingTimeInterval(within)])
        }
        var sql = count ? "SELECT count(*) FROM request r" : Self.summarySQL
        if !conditions.isEmpty { sql += " WHERE " + conditions.joined(separator: " AND ") }
        if count { return (sql, arguments) }
        sql += " ORDER BY r.received_at DESC, r.id DESC"
        if let limit = filter.limit { sql += " LIMIT \(max(0, limit))" }
        return (sql, arguments)
    }

    /// The overdue board: running requests past their deadline at `now`, most late first (the
    /// caller groups by Bagian), at most `limit`, with lateness on each agency's calendar.
    /// Supervisors and admins only.
    public func overdue(for user: User, at now: Date = Date(), limit: Int = 100) throws -> [OverdueRequest] {
        try authorize(user, .readReports, at: now)
        let sql = Self.overdueQuery(scope: user.scope)
        let rows = try read("permohonan terlambat") { db in
            try Row.fetchAll(db, sql: sql, arguments: [now, limit]).map(Self.summary)
        }
        var calendars: [Int64: WorkingCalendar] = [:]
        return try rows.compactMap { summary in
            let calendar =
                try calendars[summary.agencyID]
                ?? requestCalendar(agencyID: summary.agencyID)
            calendars[summary.agencyID] = calendar
            guard let deadline = summary.deadline,
                let lateness = Lateness.of(deadline: deadline, now: now, in: calendar)
            else { return nil }
            return OverdueRequest(summary: summary, lateness: lateness)
        }
    }

    /// The SQL of ``overdue(for:at:limit:)`` (arguments: now, limit). The running requests by
    /// deadline come from the partial index `request_open_by_deadline`, or for a user limited
    /// to units from `request_open_by_unit_deadline` (one unit: already in order). INDEXED BY,
    /// because without statistics SQLite prefers `request_by_status_received` for the status
    /// term and then sorts every running request.
    static func overdueQuery(scope: UserScope) -> String {
        var sql: String
        if let units = scope.unitIDs {
            sql = Self.summarySQL(from: "request r INDEXED BY request_open_by_unit_deadline")
            sql += " WHERE r.status IN ('diterima', 'diproses') AND r.deadline < ?"
            sql += " AND r.unit_id IN (\(units.sorted().map(String.init).joined(separator: ",")))"
        } else {
            sql = Self.summarySQL(from: "request r INDEXED BY request_open_by_deadline")
            sql += " WHERE r.status IN ('diterima', 'diproses') AND r.deadline < ?"
        }
        return sql + " ORDER BY r.deadline LIMIT ?"
    }

    /// The request row's changing part as stored, and as rebuilt from its events alone.
    public func replayedState(requestID: Int64) throws -> (stored: RequestState, replayed: RequestState?)? {
        try read("riwayat permohonan") { db in
            guard let row = try Self.fetchRow(db, id: requestID) else { return nil }
            let events = try Self.fetchEvents(db, requestID: requestID).map(\.event)
            return (row.state, RequestState.replay(events))
        }
    }

    /// The ids of requests whose row differs from the replay of their events (should be empty).
    public func requestsDifferingFromHistory() throws -> [Int64] {
        let ids = try read("permohonan") { db in try Int64.fetchAll(db, sql: "SELECT id FROM request ORDER BY id") }
        return try ids.filter { id in
            guard let pair = try replayedState(requestID: id) else { return true }
            return pair.stored != pair.replayed
        }
    }

    /// Pemohon already known by NIK or phone (for the counter: found, not retyped).
    public func findApplicants(nik: String?, phone: String?) throws -> [(id: Int64, applicant: Applicant)] {
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
    /// phone (normalised), or by name (every word, ignoring case), at most `limit`, by name.
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
        let sql = """
            SELECT id, name, nik, phone, address, note FROM applicant WHERE \(conditions.joined(separator: " AND "))
            ORDER BY name, id LIMIT \(max(0, limit))
            """
        return try read("pemohon") { db in
            try Row.fetchAll(db, sql: sql, arguments: arguments).map { ($0[0], Applicant(stored: $0)) }
        }
    }

    /// Requests whose row differs from the replay of their events, with the fields that differ
    /// (`status: diproses ≠ diterima (riwayat)`): all of them, or the one numbered `number`.
    public func verifyHistory(number: String? = nil, by user: User, at now: Date = Date()) throws
        -> (checked: Int, differing: [(number: String, differences: [String])])
    {
        try authorize(user, .readReports, target: number, at: now)
        var ids: [Int64]
        if let number {
            guard let found = try summary(number: number) else { throw RequestError.notFound(number) }
            ids = [found.id]
        } else {
            ids = try read("permohonan") { db in try Int64.fetchAll(db, sql: "SELECT id FROM request ORDER BY id") }
        }
        var differing: [(number: String, differences: [String])] = []
        for id in ids {
            guard let pair = try replayedState(requestID: id), pair.stored != pair.replayed else { continue }
            let number = try read("permohonan") { db in
                try String.fetchOne(db, sql: "SELECT number FROM request WHERE id = ?", arguments: [id])
            }
            differing.append((number ?? "#\(id)", Self.differences(pair.stored, pair.replayed)))
        }
        return (ids.count, differing)
    }

    /// The fields of a stored row that differ from its replay, in Indonesian.
    static func differences(_ stored: RequestState, _ replayed: RequestState?) -> [String] {
        guard let replayed else { return ["riwayat tidak diawali peristiwa 'dibuat'"] }
        func text(_ value: Any?) -> String { value.map { "\($0)" } ?? "(kosong)" }
        var out: [String] = []
        func compare<T: Equatable>(_ name: String, _ a: T?, _ b: T?) {
            if a != b { out.append("\(name): \(text(a)) di baris, \(text(b)) menurut riwayat") }
        }
        compare("status", stored.status.rawValue, replayed.status.rawValue)
        compare("diterima", stored.receivedAt, replayed.receivedAt)
        compare("lengkap", stored.completeAt, replayed.completeAt)
        compare("tenggat", stored.deadline, replayed.deadline)
        compare("diperpanjang", stored.extended, replayed.extended)
        compare("petugas", stored.assigneeID, replayed.assigneeID)
        compare("alasan", stored.closingReason, replayed.closingReason)
        compare("selesai", stored.finishedAt, replayed.finishedAt)
        compare("diubah", stored.updatedAt, replayed.updatedAt)
        return out
    }

    // MARK: - Maintenance

    /// `PRAGMA integrity_check`: ["ok"] for a sound file.
    public func integrityCheck() throws -> [String] {
        try read("pemeriksaan integritas") { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
    }

    /// A consistent copy of the database at `path` through SQLite's online backup, while others
    /// keep working (supervisors and admins). An existing file at `path` is refused.
    public func backup(to path: String, by user: User, at now: Date = Date()) throws {
        try authorize(user, .backup, target: path, at: now)
        guard !FileManager.default.fileExists(atPath: path) else { throw StoreError.backupExists(path: path) }
        do {
            let destination = try DatabaseQueue(path: path)
            try writer.backup(to: destination)
            try destination.close()
        } catch {
            try? FileManager.default.removeItem(atPath: path)
            throw StoreError.writeFailed(what: "cadangan ke \(path)", reason: Self.reason(error))
        }
    }

    // MARK: - SQL helpers

    static let summarySQL = summarySQL(from: "request r")

    /// The summary columns, reading the request table as `request` (e.g. `request r INDEXED BY x`).
    static func summarySQL(from request: String) -> String {
        """
        SELECT r.id, r.number, r.status, r.service_id, sr.name AS service_name, r.unit_id, n.name AS unit_name,
               r.agency_id, a.code, r.applicant_name, r.received_at, r.complete_at, r.deadline, r.extended,
               r.finished_at, u.account AS assignee, a.time_zone
        FROM \(request)
        JOIN serviceRevision sr ON sr.id = r.service_revision_id
        JOIN unit n ON n.id = r.unit_id
        JOIN agency a ON a.id = r.agency_id
        LEFT JOIN users u ON u.id = r.assignee_id
        """
    }

    static func summary(_ row: Row) -> RequestSummary {
        RequestSummary(
            id: row[0], number: row[1], status: RequestStatus(rawValue: row[2]) ?? .diterima, serviceID: row[3],
            serviceName: row[4], unitID: row[5], unitName: row[6], agencyID: row[7], agencyCode: row[8],
            applicantName: row[9], receivedAt: row[10], completeAt: row[11], deadline: row[12], extended: row[13],
            finishedAt: row[14], assignee: row[15], timeZone: row[16])
    }

    static func fetchRow(_ db: Database, id: Int64) throws -> RequestRow? {
        guard
            let row = try Row.fetchOne(
                db,
                sql: """
                    SELECT id, unit_id, status, received_at, complete_at, deadline, extended, assignee_id, closing_reason,
                           finished_at, updated_at, time_limit_amount, time_limit_unit, extension_amount, extension_unit
                    FROM request WHERE id = ?
                    """, arguments: [id])
        else { return nil }
        let state = RequestState(
            status: RequestStatus(rawValue: row[2]) ?? .diterima, receivedAt: row[3], completeAt: row[4],
            deadline: row[5], extended: row[6], assigneeID: row[7], closingReason: row[8], finishedAt: row[9],
            updatedAt: row[10])
        return RequestRow(id: row[0], unitID: row[1], state: state, limit: limit(row, from: 11))
    }

    /// The stored limit (amount, unit, extension amount, unit from column `index`) as a limit.
    static func limit(_ row: Row, from index: Int) -> RequestTimeLimit {
        let amount = (row[index] as Int?).flatMap { a in
            (row[index + 1] as String?).flatMap(TimeUnit.init(rawValue:)).map { TimeAmount(a, $0) }
        }
        let extra = (row[index + 2] as Int?).flatMap { a in
            (row[index + 3] as String?).flatMap(TimeUnit.init(rawValue:)).map { TimeAmount(a, $0) }
        }
        let reading: TimeLimitReading
        switch (amount, extra) {
        case let (amount?, extra?): reading = .extended(base: amount, extension: extra)
        case let (amount?, nil): reading = .duration(amount)
        default: reading = .open(reason: nil)
        }
        return (try? RequestTimeLimit(reading: reading, option: nil)) ?? RequestTimeLimit.open
    }

    static func fetchEvents(_ db: Database, requestID: Int64) throws -> [RequestHistoryEntry] {
        try Row.fetchAll(
            db,
            sql: """
                SELECT e.kind, e.at, e.actor_id, e.from_status, e.to_status, e.complete_at, e.deadline, e.assignee_id,
                       e.note, u.account, v.account, e.reason
                FROM request_event e
                JOIN users u ON u.id = e.actor_id
                LEFT JOIN users v ON v.id = e.assignee_id
                WHERE e.request_id = ? ORDER BY e.id
                """, arguments: [requestID]
        ).map { row in
            RequestHistoryEntry(
                event: RequestEvent(
                    kind: RequestEventKind(rawValue: row[0]) ?? .catatan, at: row[1], actorID: row[2],
                    fromStatus: (row[3] as String?).flatMap(RequestStatus.init(rawValue:)),
                    toStatus: (row[4] as String?).flatMap(RequestStatus.init(rawValue:)), completeAt: row[5],
                    deadline: row[6], assigneeID: row[7], note: row[8], reason: row[11]),
                actor: row[9], assignee: row[10])
        }
    }

    static func insert(_ event: RequestEvent, requestID: Int64, _ db: Database) throws {
        try db.execute(
            sql: """
                INSERT INTO request_event (request_id, at, actor_id, kind, from_status, to_status, complete_at, deadline,
                    assignee_id, note, reason)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                requestID, event.at, event.actorID, event.kind.rawValue, event.fromStatus?.rawValue,
                event.toStatus?.rawValue, event.completeAt, event.deadline, event.assigneeID, event.note, event.reason,
            ])
    }

    static func fetchDetail(_ db: Database, number: String) throws -> RequestDetail? {
        guard
            let row = try Row.fetchOne(
                db,
                sql: """
                    SELECT r.id, r.number, r.status, r.service_id, sr.name AS service_name, r.unit_id,
                           n.name AS unit_name, r.agency_id, a.code, r.applicant_name, r.received_at,
                           r.complete_at, r.deadline, r.extended, r.finished_at, u.account AS assignee, a.time_zone,
                           a.name AS agency_name, r.applicant_id, r.applicant_nik, r.applicant_phone,
                           r.applicant_address, r.applicant_note,
                           r.time_limit_text, r.option_index, r.time_limit_amount, r.time_limit_unit,
                           r.extension_amount, r.extension_unit, cr.number AS revision, r.closing_reason, r.note,
                           r.service_revision_id
                    FROM request r
                    JOIN serviceRevision sr ON sr.id = r.service_revision_id
                    JOIN catalogRevision cr ON cr.id = sr.revision_id
                    JOIN unit n ON n.id = r.unit_id
                    JOIN agency a ON a.id = r.agency_id
                    LEFT JOIN users u ON u.id = r.assignee_id
                    WHERE r.number = ?
                    """,
                arguments: [number])
        else { return nil }
        let summary = summary(row)
        let serviceRevisionID: Int64 = row["service_revision_id"]
        let components = try Row.fetchAll(
            db,
            sql: """
                SELECT number, text FROM component WHERE service_revision_id = ? AND number IN (1, 6) ORDER BY position
                """, arguments: [serviceRevisionID])
        let requirements = Requirements.items(from: components.first { $0[0] as Int? == 1 }?[1])
        let complaint: String? = components.first { $0[0] as Int? == 6 }?[1]
        let missing = try Row.fetchAll(
            db, sql: "SELECT position, text, completed_at FROM request_item WHERE request_id = ? ORDER BY position",
            arguments: [summary.id])
        var items = requirements.enumerated().map {
            ChecklistItem(position: $0.offset, text: $0.element, brought: true, completedAt: nil)
        }
        for item in missing {
            let position: Int = item[0]
            let entry = ChecklistItem(position: position, text: item[1], brought: item[2] != nil, completedAt: item[2])
            if items.indices.contains(position) { items[position] = entry } else { items.append(entry) }
        }
        let timeLimitRaw: String? = row["time_limit_text"]
        let limit = limit(row, from: 25)  // time_limit_amount
        var optionCondition: String?
        if let index: Int = row["option_index"], let raw = timeLimitRaw,
            case .choice(let options) = TimeLimitParser.parse(raw).reading, options.indices.contains(index)
        {
            optionCondition = options[index].condition
        }
        return RequestDetail(
            summary: summary, agencyName: row["agency_name"], timeZone: row["time_zone"],
            applicantID: row["applicant_id"],
            applicant: Applicant(
                stored: summary.applicantName, nik: row["applicant_nik"], phone: row["applicant_phone"],
                address: row["applicant_address"], note: row["applicant_note"]),
            timeLimitRaw: timeLimitRaw, timeLimit: limit.amount, optionCondition: optionCondition,
            allowedExtension: limit.allowedExtension, catalogRevision: row["revision"], items: items,
            history: try fetchEvents(db, requestID: summary.id), complaintChannel: complaint,
            closingReason: row["closing_reason"], note: row["note"])
    }

    func serviceContext(serviceID: Int64) throws -> ServiceContext? {
        try read("layanan \(serviceID)") { db in
            guard
                let row = try Row.fetchOne(
                    db,
                    sql: """
                        SELECT sr.id, sr.time_limit_raw, s.unit_id, a.id, a.code, a.time_zone,
                               (SELECT text FROM component c WHERE c.service_revision_id = sr.id AND c.number = 1
                                ORDER BY position LIMIT 1)
                        FROM serviceRevision sr
                        JOIN catalogRevision r ON r.id = sr.revision_id
                        JOIN service s ON s.id = sr.service_id
                        JOIN unit u ON u.id = s.unit_id
                        JOIN agency a ON a.id = u.agency_id
                        WHERE sr.service_id = ?
                        ORDER BY r.number DESC LIMIT 1
                        """, arguments: [serviceID])
            else { return nil }
            return ServiceContext(
                serviceID: serviceID, serviceRevisionID: row[0], unitID: row[2], agencyID: row[3], agencyCode: row[4],
                timeZone: row[5], timeLimitRaw: row[1], requirements: Requirements.items(from: row[6]))
        }
    }

    /// The 0-based positions of the missing items: a 1-based number, or a part of an item's text
    /// (ignoring case) that matches exactly one item (an exact match wins).
    static func match(_ selectors: [String], in items: [String]) throws -> [Int] {
        var positions: [Int] = []
        for selector in selectors {
            let trimmed = selector.trimmingCharacters(in: .whitespaces)
            if let n = Int(trimmed) {
                // A range check, not `n - 1`: any Int may be typed (Int.min would overflow).
                guard n >= 1, n <= items.count else { throw RequestError.unknownItem(selector, items: items) }
                positions.append(n - 1)
                continue
            }
            let needle = trimmed.lowercased()
            guard !needle.isEmpty else { throw RequestError.unknownItem(selector, items: items) }
            if let exact = items.firstIndex(where: { $0.lowercased() == needle }) {
                positions.append(exact)
                continue
            }
            let candidates = items.indices.filter { items[$0].lowercased().contains(needle) }
            switch candidates.count {
            case 0: throw RequestError.unknownItem(selector, items: items)
            case 1: positions.append(candidates[0])
            default: throw RequestError.ambiguousItem(selector, candidates: candidates.map { items[$0] })
            }
        }
        return Array(Set(positions)).sorted()
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

    /// The next sequence of the agency and year, from its counter row (in the caller's transaction).
    static func nextSequence(_ db: Database, agencyID: Int64, year: Int) throws -> Int {
        try Int.fetchOne(
            db,
            sql: """
                INSERT INTO request_counter (agency_id, year, last) VALUES (?, ?, 1)
                ON CONFLICT (agency_id, year) DO UPDATE SET last = last + 1
                RETURNING last
                """, arguments: [agencyID, year])!
    }
}

extension RequestTimeLimit {
    static let open = try! RequestTimeLimit(reading: .open(reason: nil), option: nil)
}

extension Applicant {
    /// A stored pemohon (already validated when written).
    init(stored row: Row) {
        self.init(stored: row[1], nik: row[2], phone: row[3], address: row[4], note: row[5])
    }
}

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
