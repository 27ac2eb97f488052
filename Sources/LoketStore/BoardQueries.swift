import Foundation
import GRDB
import LoketCore

/// The supervisors' board: what is late and what is due soon in the user's units.
public struct Board: Sendable {
    /// Running requests past their deadline, most late first (at most the limit asked).
    public var overdue: [OverdueRequest]
    /// Running requests due within one working day (``LoketCore/DueSoon``), nearest first (at
    /// most the limit asked).
    public var dueSoon: [RequestSummary]
    /// Per Bagian with anything on the board, all of its requests counted (not only the rows
    /// above), in the order of unit id.
    public var counts: [BoardCount]
    /// The calendars of the agencies of the user's units.
    public var calendars: [Int64: WorkingCalendar]
    public var unreadable: [UnreadableRow]
}

/// How many requests of one Bagian are on the board.
public struct BoardCount: Sendable, Hashable {
    public var unitID: Int64
    public var unitName: String
    public var agencyCode: String
    public var overdue: Int
    public var dueSoon: Int
}

extension Store {
    /// The board at `now` for a supervisor or an admin: the overdue requests (the rows of
    /// ``overdue(for:at:limit:)``, the command line's `loket overdue`), the ones due soon, and
    /// the counts per Bagian. Reads the partial deadline indexes only.
    public func board(for user: User, at now: Date = Date(), limit: Int = 500) throws -> Board {
        try authorize(user, .readReports, at: now)
        let overdue = try self.overdue(for: user, at: now, limit: limit)
        var calendars: [Int64: WorkingCalendar] = [:]
        var horizons: [(agencyID: Int64, horizon: Date)] = []
        for agencyID in try boardAgencies(for: user) {
            let calendar = try workingCalendar(agencyID: agencyID)
            calendars[agencyID] = calendar
            if let horizon = DueSoon.horizon(after: now, in: calendar) { horizons.append((agencyID, horizon)) }
        }
        guard let latest = horizons.map(\.horizon).max() else {
            return Board(
                overdue: overdue.rows, dueSoon: [], counts: try boardCounts(user, now, horizons, latest: now),
                calendars: calendars, unreadable: overdue.unreadable)
        }
        let horizonOf = Dictionary(horizons, uniquingKeysWith: { first, _ in first })
        let soon = try read("permohonan segera jatuh tempo") { db in
            try Listing.decoding(
                Row.fetchAll(db, sql: Self.dueSoonQuery(scope: user.scope), arguments: [now, latest, limit]),
                Self.summary)
        }
        let dueSoon = soon.rows.filter { row in
            guard let deadline = row.deadline, let horizon = horizonOf[row.agencyID] else { return false }
            return deadline <= horizon
        }
        return Board(
            overdue: overdue.rows, dueSoon: dueSoon, counts: try boardCounts(user, now, horizons, latest: latest),
            calendars: calendars, unreadable: overdue.unreadable + soon.unreadable)
    }

    /// The agencies holding the user's units (every agency for an admin or a user of all units).
    func boardAgencies(for user: User) throws -> [Int64] {
        try read("instansi papan") { db in
            if let units = user.scope.unitIDs {
                let list = units.sorted().map(String.init).joined(separator: ",")
                return try Int64.fetchAll(
                    db, sql: "SELECT DISTINCT agency_id FROM unit WHERE id IN (\(list)) ORDER BY agency_id")
            }
            return try Int64.fetchAll(db, sql: "SELECT id FROM agency ORDER BY id")
        }
    }

    /// Counts per Bagian: overdue (deadline before now) and due soon (from now to the horizon of
    /// the request's agency).
    func boardCounts(_ user: User, _ now: Date, _ horizons: [(agencyID: Int64, horizon: Date)], latest: Date)
        throws -> [BoardCount]
    {
        var arguments: StatementArguments = [now, now]
        var horizonCase = "NULL"
        if !horizons.isEmpty {
            horizonCase = "CASE r.agency_id"
            for (agencyID, horizon) in horizons {
                horizonCase += " WHEN ? THEN ?"
                _ = arguments.append(contentsOf: [agencyID, horizon])
            }
            horizonCase += " END"
        }
        _ = arguments.append(contentsOf: [max(latest, now)])
        let sql = """
            SELECT c.unit_id, n.name, a.code, c.late, c.soon
            FROM (
                SELECT r.unit_id, SUM(r.deadline < ?) AS late,
                       SUM(r.deadline >= ? AND r.deadline <= \(horizonCase)) AS soon
                FROM \(Self.boardIndex(user.scope))
                WHERE r.status IN ('diterima', 'diproses') AND r.deadline <= ?\(Self.unitCondition(user.scope))
                GROUP BY r.unit_id
            ) c
            JOIN unit n ON n.id = c.unit_id
            JOIN agency a ON a.id = n.agency_id
            WHERE c.late > 0 OR c.soon > 0
            ORDER BY c.unit_id
            """
        return try read("jumlah di papan") { db in
            try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
                BoardCount(
                    unitID: row[0], unitName: row[1], agencyCode: row[2], overdue: row[3] ?? 0, dueSoon: row[4] ?? 0)
            }
        }
    }

    /// The SQL of the due-soon rows (arguments: now, the latest horizon, limit), nearest first
    /// from the partial deadline index.
    static func dueSoonQuery(scope: UserScope) -> String {
        summarySQL(from: boardIndex(scope))
            + " WHERE r.status IN ('diterima', 'diproses') AND r.deadline >= ? AND r.deadline <= ?"
            + unitCondition(scope) + " ORDER BY r.deadline LIMIT ?"
    }

    /// The running requests by deadline: of every unit, or of the user's units.
    static func boardIndex(_ scope: UserScope) -> String {
        scope.unitIDs == nil
            ? "request r INDEXED BY request_open_by_deadline" : "request r INDEXED BY request_open_by_unit_deadline"
    }

    static func unitCondition(_ scope: UserScope) -> String {
        guard let units = scope.unitIDs else { return "" }
        return " AND r.unit_id IN (\(units.sorted().map(String.init).joined(separator: ",")))"
    }
}
