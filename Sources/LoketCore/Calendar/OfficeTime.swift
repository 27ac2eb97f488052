import Foundation

extension WorkingCalendar {
    /// Office time in seconds between two instants on this calendar (0 when `end` is not after
    /// `start`): the open hours of each working day in between, without breaks. The report's
    /// working time to finish and ``Lateness`` use it.
    public func officeSeconds(from start: Date, to end: Date) -> Int {
        guard end > start else { return 0 }
        return Lateness.officeSeconds(from: start, to: end, in: self)
    }
}
