import Foundation
import GRDB
import LoketCore

extension Store {
    /// Adds one pemohon's nine SKM answers to the tally of `serviceID` for `month` (default:
    /// the month of `now` in the agency's zone). Any user of the service's Bagian may; the
    /// answers are summed, not kept one by one (``Schema/createSurveyTally(_:)``). Returns the
    /// month counted in.
    @discardableResult
    public func recordSKM(
        _ answers: SKMAnswers, serviceID: Int64, month: ReportMonth? = nil, by user: User, at now: Date = Date()
    ) throws -> ReportMonth {
        guard
            let place = try read(
                "layanan #\(serviceID)",
                { db in
                    try Row.fetchOne(
                        db,
                        sql:
                            "SELECT s.unit_id, u.agency_id FROM service s JOIN unit u ON u.id = s.unit_id WHERE s.id = ?",
                        arguments: [serviceID])
                })
        else { throw StoreError.unknownService(serviceID) }
        let unitID: Int64 = place[0]
        let agencyID: Int64 = place[1]
        try authorize(user, .recordSurvey, unitID: unitID, target: "layanan #\(serviceID)", at: now)
        let current = try ReportMonth(containing: now, in: workingCalendar(agencyID: agencyID).timeZone)
        let month = month ?? current
        // A paper form may be entered late, never ahead: a later month would count in a report
        // not yet due.
        guard month <= current else {
            throw StoreError.futureSurveyMonth(month: month.description, current: current.description)
        }
        let s = answers.scores
        try write("jawaban SKM layanan #\(serviceID)") { db in
            // An UPDATE, or the month's first row: an upsert's INSERT would meet the trigger that
            // refuses an INSERT over an existing month (``Schema/createSurveyTally(_:)``).
            try db.execute(
                sql: """
                    UPDATE skm_tally SET responses = responses + 1, e1 = e1 + ?, e2 = e2 + ?, e3 = e3 + ?,
                        e4 = e4 + ?, e5 = e5 + ?, e6 = e6 + ?, e7 = e7 + ?, e8 = e8 + ?, e9 = e9 + ?
                    WHERE service_id = ? AND month = ?
                    """,
                arguments: StatementArguments(s) + [serviceID, month.description])
            guard db.changesCount == 0 else { return }
            try db.execute(
                sql: """
                    INSERT INTO skm_tally (service_id, month, responses, e1, e2, e3, e4, e5, e6, e7, e8, e9)
                    VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [serviceID, month.description] + StatementArguments(s))
        }
        return month
    }
}
