import Foundation
import LoketCore

/// What the supervisors' board shows: the overdue requests of the user's units, most late
/// first, then the ones due within one working day, nearest first; and the counts per Bagian.
public struct BoardPage: Sendable {
    /// Overdue first (most late first), then due soon (nearest first): deadline order.
    public var rows: [RequestRow]
    /// Per Bagian with anything on the board: every request counted, not only the rows loaded.
    public var tallies: [BoardTally]
    /// The agencies' calendars, for lateness and time left.
    public var calendars: [Int64: WorkingCalendar]
    /// The data's change mark read before the board: a different mark later means a re-read.
    public var mark: DataMark?

    public init(rows: [RequestRow], tallies: [BoardTally], calendars: [Int64: WorkingCalendar], mark: DataMark?) {
        self.rows = rows
        self.tallies = tallies
        self.calendars = calendars
        self.mark = mark
    }

    public var overdueTotal: Int { tallies.reduce(0) { $0 + $1.overdue } }
    public var dueSoonTotal: Int { tallies.reduce(0) { $0 + $1.dueSoon } }
    /// More requests are counted than loaded (the board shows the most late ones).
    public var isCut: Bool { rows.count < overdueTotal + dueSoonTotal }
}

/// One Bagian's counts on the board.
public struct BoardTally: Sendable, Hashable {
    public var unitID: Int64
    public var unitName: String
    public var agencyCode: String
    public var overdue: Int
    public var dueSoon: Int

    public init(unitID: Int64, unitName: String, agencyCode: String, overdue: Int, dueSoon: Int) {
        self.unitID = unitID
        self.unitName = unitName
        self.agencyCode = agencyCode
        self.overdue = overdue
        self.dueSoon = dueSoon
    }
}

/// An opaque mark of the data: it moves whenever anyone commits. Compared, never read.
public struct DataMark: Sendable, Hashable {
    public var parts: [Int64]

    public init(_ parts: [Int64]) { self.parts = parts }
}
