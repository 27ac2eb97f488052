import Foundation
import GRDB
import LoketCore

// The requests list of the counter screen: keyset pages, so the tenth page costs what the first does.

/// What a page of the counter's requests list asks for.
public struct RequestPageQuery: Sendable, Hashable {
    public enum Scope: Sendable, Hashable {
        /// Assigned to the user.
        case mine
        /// The user's units (every unit for an admin or a user of all units).
        case units
    }

    public enum Focus: Sendable, Hashable {
        /// Everything, newest first (`received_at DESC, id DESC`).
        case all
        /// Running requests (diterima, diproses), nearest deadline first (`deadline, id`).
        case running
        /// Running and past the deadline, most late first.
        case overdue
        /// Running with the deadline before `dueBefore` (the end of the day), nearest first.
        case dueBefore(Date)
    }

    public var scope: Scope
    public var focus: Focus
    public var status: RequestStatus?
    /// A number (or its start), a NIK, a telephone or words of the pemohon's name.
    public var text: String
    /// The last row of the previous page: its sort instant (received_at, or deadline for the
    /// running focuses) and id.
    public var after: (Date, Int64)?
    public var limit: Int

    public init(
        scope: Scope = .units, focus: Focus = .all, status: RequestStatus? = nil, text: String = "",
        after: (Date, Int64)? = nil, limit: Int = 50
    ) {
        self.scope = scope
        self.focus = focus
        self.status = status
        self.text = text
        self.after = after
        self.limit = limit
    }

    public static func == (a: Self, b: Self) -> Bool {
        a.scope == b.scope && a.focus == b.focus && a.status == b.status && a.text == b.text
            && a.after?.0 == b.after?.0 && a.after?.1 == b.after?.1 && a.limit == b.limit
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(text)
        hasher.combine(limit)
    }

    /// Whether pages run by deadline (the running focuses) rather than newest first.
    public var byDeadline: Bool {
        switch focus {
        case .all: false
        default: true
        }
    }
}

extension Store {
    /// One page of the user's requests (``RequestPageQuery``); `hasMore` when rows follow.
    public func requestPage(_ query: RequestPageQuery, for user: User, at now: Date = Date()) throws
        -> (rows: [RequestSummary], hasMore: Bool)
    {
        try authorize(user, .viewRequests, at: now)
        let (sql, arguments) = Self.requestPageQuery(query, scope: user.scope, userID: user.id, at: now)
        let rows = try read("daftar permohonan") { db in
            try Row.fetchAll(db, sql: sql, arguments: arguments).map(Self.summary)
        }
        return (Array(rows.prefix(max(1, query.limit))), rows.count > max(1, query.limit))
    }

    /// The SQL of ``requestPage(_:for:at:)`` (one row more than the page, to tell `hasMore`).
    static func requestPageQuery(_ query: RequestPageQuery, scope: UserScope, userID: Int64, at now: Date)
        -> (String, StatementArguments)
    {
        var conditions: [String] = []
        var arguments: StatementArguments = []
        func add(_ condition: String, _ values: [(any DatabaseValueConvertible)?] = []) {
            conditions.append(condition)
            _ = arguments.append(contentsOf: StatementArguments(values))
        }
        if let units = scope.unitIDs { add("r.unit_id IN (\(units.map(String.init).joined(separator: ",")))") }
        if query.scope == .mine { add("r.assignee_id = ?", [userID]) }
        if let status = query.status { add("r.status = ?", [status.rawValue]) }
        switch query.focus {
        case .all: break
        case .running: add("r.status IN ('diterima', 'diproses') AND r.deadline IS NOT NULL")
        case .overdue: add("r.status IN ('diterima', 'diproses') AND r.deadline < ?", [now])
        case .dueBefore(let end):
            add("r.status IN ('diterima', 'diproses') AND r.deadline >= ? AND r.deadline < ?", [now, end])
        }
        let text = query.text.trimmingCharacters(in: .whitespaces)
        if !text.isEmpty {
            if let nik = Applicant.normaliseNIK(text) {
                add("r.applicant_id IN (SELECT id FROM applicant WHERE nik = ?)", [nik])
            } else if text.contains(where: \.isLetter), text.contains("-") || text.allSatisfy({ !$0.isWhitespace }),
                text.contains(where: \.isNumber)
            {
                // A number or its beginning: `SDDEN-2026-0001`.
                let key = RequestNumber(parsing: text)?.description ?? text.uppercased()
                add("r.number >= ? AND r.number < ?", [key, key + "\u{FFFF}"])
            } else if let phone = Applicant.normalisePhone(text), text.allSatisfy({ !$0.isLetter }) {
                add("r.applicant_id IN (SELECT id FROM applicant WHERE phone = ?)", [phone])
            } else {
                // Words of the name, each a prefix (FTS5 over applicant names: no scan of every pemohon).
                let words = text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber })
                    .map { "\"\($0)\"*" }
                if words.isEmpty {
                    add("0")
                } else {
                    add(
                        "r.applicant_id IN (SELECT rowid FROM applicant_name_fts WHERE applicant_name_fts MATCH ? LIMIT 500)",
                        [words.joined(separator: " ")])
                }
            }
        }
        let column = query.byDeadline ? "r.deadline" : "r.received_at"
        if let (instant, id) = query.after {
            let op = query.byDeadline ? ">" : "<"
            add("(\(column) \(op) ? OR (\(column) = ? AND r.id \(op) ?))", [instant, instant, id])
        }
        // Running focuses read the partial index of running requests by deadline: already in order
        // (INDEXED BY: without statistics SQLite would pick the status index and sort them all).
        var sql = Self.summarySQL
        if query.byDeadline, text.isEmpty {
            sql = Self.summarySQL(
                from: scope.unitIDs?.count == 1
                    ? "request r INDEXED BY request_open_by_unit_deadline"
                    : "request r INDEXED BY request_open_by_deadline")
        }
        if !conditions.isEmpty { sql += " WHERE " + conditions.joined(separator: " AND ") }
        sql +=
            query.byDeadline ? " ORDER BY r.deadline, r.id" : " ORDER BY r.received_at DESC, r.id DESC"
        sql += " LIMIT \(max(1, query.limit) + 1)"
        return (sql, arguments)
    }
}
