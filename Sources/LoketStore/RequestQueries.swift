import Foundation
import GRDB
import LoketCore

// Reading requests: one by number, lists by filter and scope, the overdue board.

extension Store {
    // MARK: - Reading

    /// A request by number (any case), nil when none. No permission check: for the store's own use
    /// and the TUI, which checks with ``authorize(_:_:unitID:target:at:)``.
    public func summary(number: String) throws -> RequestSummary? {
        let key = RequestNumber(parsing: number)?.description ?? number
        return try read("permohonan \(number)") { db in
            try Row.fetchOne(db, sql: Self.summarySQL + " WHERE r.number = ?", arguments: [key]).map {
                try Self.summary($0)
            }
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
    public func requests(_ filter: RequestFilter, for user: User, at now: Date = Date()) throws
        -> Listing<RequestSummary>
    {
        try authorize(user, .viewRequests, unitID: filter.unitID, at: now)
        let (sql, arguments) = Self.requestsQuery(filter, scope: user.scope, at: now)
        return try read("daftar permohonan") { db in
            try Listing.decoding(Row.fetchAll(db, sql: sql, arguments: arguments), Self.summary)
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
    /// `request_on_unit_received`) backwards: no sort of the table. The running requests
    /// (`--overdue`, `--due-within`) come nearest deadline first (most late first) from the
    /// partial index of running requests by deadline (of one unit: `request_open_by_unit_deadline`),
    /// already in order, and are counted in the covering `request_open_board`: sorting every
    /// running request by its receipt and reading each row for the count took 196 ms at a
    /// million requests.
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
        let running = filter.overdue || filter.dueWithin != nil
        let oneUnit = filter.unitID != nil || scope.unitIDs?.count == 1
        let table =
            !running
            ? "request r"
            : count
                ? "request r INDEXED BY request_open_board"
                : oneUnit
                    ? "request r INDEXED BY request_open_by_unit_deadline"
                    : "request r INDEXED BY request_open_by_deadline"
        var sql = count ? "SELECT count(*) FROM \(table)" : Self.summarySQL(from: table)
        if !conditions.isEmpty { sql += " WHERE " + conditions.joined(separator: " AND ") }
        if count { return (sql, arguments) }
        sql += running ? " ORDER BY r.deadline, r.id" : " ORDER BY r.received_at DESC, r.id DESC"
        if let limit = filter.limit { sql += " LIMIT \(max(0, limit))" }
        return (sql, arguments)
    }

    /// The overdue board: running requests past their deadline at `now`, most late first (the
    /// caller groups by Bagian), at most `limit`, with lateness on each agency's calendar.
    /// Supervisors and admins only.
    public func overdue(for user: User, at now: Date = Date(), limit: Int = 100) throws -> Listing<OverdueRequest> {
        try authorize(user, .readReports, at: now)
        let sql = Self.overdueQuery(scope: user.scope)
        let rows = try read("permohonan terlambat") { db in
            try Listing.decoding(Row.fetchAll(db, sql: sql, arguments: [now, limit]), Self.summary)
        }
        var calendars: [Int64: WorkingCalendar] = [:]
        let overdue: [OverdueRequest] = try rows.compactMap { summary in
            let calendar =
                try calendars[summary.agencyID]
                ?? workingCalendar(agencyID: summary.agencyID)
            calendars[summary.agencyID] = calendar
            guard let deadline = summary.deadline,
                let lateness = Lateness.of(deadline: deadline, now: now, in: calendar)
            else { return nil }
            return OverdueRequest(summary: summary, lateness: lateness)
        }
        return Listing(rows: overdue, unreadable: rows.unreadable)
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
}
