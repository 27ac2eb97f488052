import Foundation
import GRDB
import LoketCore

/// The supervisors' board: what is late and what is due soon in the user's units.
public struct Board: Sendable {
    /// Running requests past their deadline, most late first (at most the limit asked).
    public var overdue: [RequestSummary]
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
    /// The board at `now` for a supervisor or an admin: the overdue requests (the SQL of
    /// ``overdue(for:at:limit:)``, the command line's `loket overdue`; the screen works out
    /// lateness for the rows it draws), the ones due soon, and the counts per Bagian. Reads the
    /// partial deadline indexes only.
    public func board(for user: User, at now: Date = Date(), limit: Int = 150) throws -> Board {
        try authorize(user, .readReports, at: now)
        var calendars: [Int64: WorkingCalendar] = [:]
        var horizons: [Int64: Date] = [:]
        for agencyID in try boardAgencies(for: user) {
            let calendar = try workingCalendar(agencyID: agencyID)
            calendars[agencyID] = calendar
            horizons[agencyID] = DueSoon.horizon(after: now, in: calendar)
        }
        let latest = horizons.values.max() ?? now
        return try read("papan pengawasan") { db in
            let overdue = try Listing.decoding(
                Row.fetchAll(db, sql: Self.overdueQuery(scope: user.scope), arguments: [now, limit]), Self.summary)
            let soon = try Listing.decoding(
                Row.fetchAll(db, sql: Self.dueSoonQuery(scope: user.scope), arguments: [now, latest, limit]),
                Self.summary)
            let dueSoon = soon.rows.filter { row in
                guard let deadline = row.deadline, let horizon = horizons[row.agencyID] else { return false }
                return deadline <= horizon
            }
            return Board(
                overdue: overdue.rows,
                dueSoon: dueSoon, counts: try Self.boardCounts(db, user.scope, now, horizons),
                calendars: calendars, unreadable: overdue.unreadable + soon.unreadable)
        }
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
    /// the Bagian's agency), each a range count of `request_open_board` (no row read).
    static func boardCounts(_ db: Database, _ scope: UserScope, _ now: Date, _ horizons: [Int64: Date]) throws
        -> [BoardCount]
    {
        let (sql, arguments) = boardCountsQuery(scope, now, horizons)
        return try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
            BoardCount(unitID: row[0], unitName: row[1], agencyCode: row[2], overdue: row[3], dueSoon: row[4])
        }.filter { $0.overdue > 0 || $0.dueSoon > 0 }
    }

    /// The SQL of ``boardCounts(_:_:_:_:)`` and its arguments.
    static func boardCountsQuery(_ scope: UserScope, _ now: Date, _ horizons: [Int64: Date])
        -> (String, StatementArguments)
    {
        var arguments: StatementArguments = [now, now]
        var horizon = "NULL"
        if !horizons.isEmpty {
            horizon = "CASE n.agency_id"
            for (agencyID, date) in horizons.sorted(by: { $0.key < $1.key }) {
                horizon += " WHEN ? THEN ?"
                _ = arguments.append(contentsOf: [agencyID, date])
            }
            horizon += " END"
        }
        // Units without anything on the board are dropped by the caller: a WHERE on the two
        // counts here would make SQLite count each twice.
        let units = scope.unitIDs.map { "WHERE n.id IN (\($0.sorted().map(String.init).joined(separator: ",")))" }
        let sql = """
            SELECT n.id, n.name, a.code,
                (SELECT count(*) FROM request r INDEXED BY request_open_board
                 WHERE r.unit_id = n.id AND r.status IN ('diterima', 'diproses') AND r.deadline < ?) AS late,
                (SELECT count(*) FROM request r INDEXED BY request_open_board
                 WHERE r.unit_id = n.id AND r.status IN ('diterima', 'diproses')
                   AND r.deadline >= ? AND r.deadline <= \(horizon)) AS soon
            FROM unit n JOIN agency a ON a.id = n.agency_id
            \(units ?? "")
            ORDER BY n.id
            """
        return (sql, arguments)
    }

    /// The SQL of the due-soon rows (arguments: now, the latest horizon, limit), nearest first
    /// from the partial deadline index.
    static func dueSoonQuery(scope: UserScope) -> String {
        let index =
            scope.unitIDs == nil
            ? "request r INDEXED BY request_open_by_deadline" : "request r INDEXED BY request_open_by_unit_deadline"
        var sql = summarySQL(from: index)
        sql += " WHERE r.status IN ('diterima', 'diproses') AND r.deadline >= ? AND r.deadline <= ?"
        if let units = scope.unitIDs {
            sql += " AND r.unit_id IN (\(units.sorted().map(String.init).joined(separator: ",")))"
        }
        return sql + " ORDER BY r.deadline LIMIT ?"
    }
}
