import Foundation
import GRDB
import GRDBSQLite
import LoketCore

extension Store {
    /// The monthly report for a supervisor or an admin: every Bagian of the user's units (or
    /// only `unitID`), the requests received in `month` in each agency's zone as they stand at
    /// `now`, and the month's SKM answers. ``LoketCore/MonthlyReportBuilder`` decides what each
    /// request counts for.
    ///
    /// One range read of `request_by_received` over the month of every agency (a month at a
    /// million requests is some 40 000 rows), each row kept when it falls in its own agency's
    /// month; the working time to finish is two look-ups a request in an
    /// ``LoketCore/OfficeClock`` of the month and the days after it.
    public func monthlyReport(
        for user: User, month: ReportMonth, unitID: Int64? = nil, at now: Date = Date()
    ) throws -> MonthlyReport {
        try authorize(user, .readReports, unitID: unitID, at: now)
        var builder = MonthlyReportBuilder(month: month, now: now)
        var units: Set<Int64>? = user.scope.unitIDs
        if let unitID { units = [unitID] }
        let inUnits = units.map { " IN (\($0.sorted().map(String.init).joined(separator: ",")))" }
        let agencies = try read("laporan bulanan") { db in
            let unitRows = try Row.fetchAll(
                db,
                sql: """
                    SELECT u.id, u.name, a.code, a.name, a.id FROM unit u JOIN agency a ON a.id = u.agency_id
                    \(inUnits.map { "WHERE u.id\($0)" } ?? "") ORDER BY a.id, u.id
                    """)
            var agencies: [Int64] = []
            for row in unitRows {
                builder.addUnit(id: row[0], name: row[1], agencyCode: row[2], agencyName: row[3])
                let agencyID: Int64 = row[4]
                if agencies.last != agencyID { agencies.append(agencyID) }
            }
            let services = try Row.fetchCursor(
                db, sql: "SELECT id, name, unit_id FROM service\(inUnits.map { " WHERE unit_id\($0)" } ?? "")")
            while let row = try services.next() { builder.addService(id: row[0], name: row[1], unitID: row[2]) }
            return agencies
        }
        // Each agency's month in its own zone, and a clock over it: requests received late in
        // the month finish in the next ones, so the clock covers a year past the month, and
        // falls back to counting on the calendar beyond.
        var index: [Int64: Int] = [:]  // agency → its place in the arrays below
        var starts: [Date] = []
        var ends: [Date] = []
        var clocks: [OfficeClock] = []
        for agencyID in agencies {
            let calendar = try workingCalendar(agencyID: agencyID)
            let (start, end) = month.interval(in: calendar)
            index[agencyID] = clocks.count
            starts.append(start)
            ends.append(end)
            clocks.append(
                OfficeClock(calendar: calendar, from: month.firstDay, through: month.firstDay.adding(days: 400)))
        }
        guard let first = starts.min(), let last = ends.max() else { return builder.build() }
        try read("laporan bulanan") { db in
            // One range read of the month over every agency (a read per agency went through the
            // whole month's rows once for each). The instants are read from their stored bytes
            // (``StoredInstant``): SQLite's julianday took half the report, Foundation a third.
            let statement = try db.makeStatement(
                sql: """
                    SELECT service_id, status, received_at, deadline, finished_at, agency_id FROM request
                    WHERE received_at >= ? AND received_at < ?
                    \(inUnits.map { "AND unit_id\($0)" } ?? "")
                    """)
            statement.arguments = [first, last]
            let rows = try Row.fetchCursor(statement)
            // The current row's text, read in place through SQLite's C API (no String, no Data).
            let sqlite = statement.sqliteStatement
            func instant(_ row: Row, _ index: Int32) -> Date? {
                switch sqlite3_column_type(sqlite, index) {
                case SQLITE_NULL: return nil
                case SQLITE_TEXT:
                    if let text = sqlite3_column_text(sqlite, index),
                        let milliseconds = StoredInstant.milliseconds(
                            UnsafeRawBufferPointer(start: text, count: Int(sqlite3_column_bytes(sqlite, index))))
                    {
                        return Date(timeIntervalSince1970: Double(milliseconds) / 1000)
                    }
                    fallthrough
                default: return Date.fromDatabaseValue(row[Int(index)])  // another shape: GRDB reads it
                }
            }
            while let row = try rows.next() {
                // A status another program wrote that Loket does not know counts for nothing.
                guard let status = RequestStatus(rawValue: row[1]), let receivedAt = instant(row, 2),
                    let agencyID = row[5] as Int64?, let i = index[agencyID],
                    receivedAt >= starts[i], receivedAt < ends[i]
                else { continue }
                builder.add(
                    ReportEntry(
                        status: status, receivedAt: receivedAt, deadline: instant(row, 3),
                        finishedAt: instant(row, 4)),
                    serviceID: row[0], clock: clocks[i])
            }
            for agencyID in agencies {
                let tallies = try Row.fetchCursor(
                    db,
                    sql: """
                        SELECT t.service_id, t.responses, t.e1, t.e2, t.e3, t.e4, t.e5, t.e6, t.e7, t.e8, t.e9
                        FROM skm_tally t JOIN service s ON s.id = t.service_id JOIN unit u ON u.id = s.unit_id
                        WHERE t.month = ? AND u.agency_id = ?
                        """, arguments: [month.description, agencyID])
                while let row = try tallies.next() {
                    builder.add(
                        SKMTally(responses: row[1], sums: (2...10).map { row[$0] }), serviceID: row[0])
                }
            }
        }
        return builder.build()
    }

    /// The month it is now for `user`: read in the zone of the first agency (by id) that holds one
    /// of the user's units, the first agency for a user of every unit. `loket report` and the
    /// report screen start there.
    public func currentReportMonth(for user: User, at now: Date) throws -> ReportMonth {
        let inUnits = user.scope.unitIDs.map {
            " WHERE u.id IN (\($0.sorted().map(String.init).joined(separator: ",")))"
        }
        let zone = try read("zona waktu instansi") { db in
            try String.fetchOne(
                db,
                sql:
                    "SELECT a.time_zone FROM agency a JOIN unit u ON u.agency_id = a.id\(inUnits ?? "") ORDER BY a.id LIMIT 1"
            )
        }
        return ReportMonth(containing: now, in: zone.flatMap(TimeZone.init(identifier:)) ?? .current)
    }
}
