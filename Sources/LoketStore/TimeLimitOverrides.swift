import Foundation
import GRDB
import LoketCore

/// A supervisor's jangka waktu for a service, in place of the decree's text.
public struct TimeLimitOverride: Sendable, Hashable {
    public var text: String
    public var reason: String?
    public var setBy: String?
    public var setAt: Date
}

/// The jangka waktu a service runs on: the decree's text, or a supervisor's override of it.
public struct ServiceTimeLimit: Sendable, Hashable {
    public var serviceID: Int64
    public var agencyID: Int64
    /// The text printed in the service's latest revision (nil when the decree lacks it).
    public var decreeText: String?
    /// The override, when a supervisor set one; it wins over the decree.
    public var override: TimeLimitOverride?

    /// The text in force: the override's, else the decree's.
    public var text: String? { override?.text ?? decreeText }
    public var isOverride: Bool { override != nil }
    /// The reading of ``text``; an absent text reads as open, with a warning.
    public var parse: TimeLimitParse { TimeLimitParser.parse(text ?? "") }
    public var reading: TimeLimitReading { parse.reading }
}

extension Store {
    /// The jangka waktu in force for a service (override or decree). Nil when no such service.
    public func timeLimit(serviceID: Int64) throws -> ServiceTimeLimit? {
        try read("jangka waktu layanan #\(serviceID)") { db in try Self.timeLimit(db, serviceID: serviceID) }
    }

    static func timeLimit(_ db: Database, serviceID: Int64) throws -> ServiceTimeLimit? {
        guard
            let row = try Row.fetchOne(
                db,
                sql: """
                    SELECT u.agency_id,
                           (SELECT sr.time_limit_raw FROM serviceRevision sr
                            JOIN catalogRevision r ON r.id = sr.revision_id
                            WHERE sr.service_id = s.id ORDER BY r.number DESC LIMIT 1),
                           o.text, o.reason, o.set_by, o.set_at
                    FROM service s
                    JOIN unit u ON u.id = s.unit_id
                    LEFT JOIN timeLimitOverride o ON o.service_id = s.id
                    WHERE s.id = ?
                    """, arguments: [serviceID])
        else { return nil }
        let override: TimeLimitOverride? = (row[2] as String?).map {
            TimeLimitOverride(text: $0, reason: row[3], setBy: row[4], setAt: row[5])
        }
        return ServiceTimeLimit(
            serviceID: serviceID, agencyID: row[0], decreeText: (row[1] as String?).map(Self.oneLine),
            override: override)
    }

    /// Sets (or replaces) the override of a service. The caller checks that the text reads.
    public func setTimeLimitOverride(
        serviceID: Int64, text: String, reason: String?, by account: String?, at now: Date = Date()
    ) throws {
        // No terminal controls in what is stored.
        let text = TerminalSafe.clean(text, multiline: true)
        let reason = Applicant.cleanText(reason)
        try write("jangka waktu layanan #\(serviceID)") { db in
            guard
                try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM service WHERE id = ?)", arguments: [serviceID])
                    ?? false
            else { throw StoreError.unknownService(serviceID) }
            try db.execute(
                sql: """
                    INSERT INTO timeLimitOverride (service_id, text, reason, set_by, set_at) VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT (service_id) DO UPDATE SET
                        text = excluded.text, reason = excluded.reason, set_by = excluded.set_by,
                        set_at = excluded.set_at
                    """,
                arguments: [serviceID, text, reason, account, now])
        }
    }

    /// Removes the override: the decree's text is in force again. False when there was none.
    @discardableResult
    public func clearTimeLimitOverride(serviceID: Int64) throws -> Bool {
        try write("jangka waktu layanan #\(serviceID)") { db in
            try db.execute(sql: "DELETE FROM timeLimitOverride WHERE service_id = ?", arguments: [serviceID])
            return db.changesCount > 0
        }
    }

    /// The decree's cell on one line, whitespace collapsed (as `loket catalog` prints it).
    static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
