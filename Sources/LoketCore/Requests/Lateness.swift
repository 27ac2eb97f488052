import Foundation

/// How late an overdue request is, on the agency's working calendar: whole working days when
/// at least one working day has closed since the deadline, else whole working hours of office
/// time after the deadline (0: "kurang dari 1 jam kerja").
///
/// Decision (what a supervisor expects): a request is overdue from the first instant past its
/// deadline, office hours or not. A deadline at 16:00 seen at 16:30 the same day is overdue,
/// though no office time has passed: "kurang dari 1 jam kerja", not "1 jam kerja".
public enum Lateness: Sendable, Hashable, CustomStringConvertible {
    case workdays(Int)
    case hours(Int)

    /// Nil when `now` is not past `deadline`.
    ///
    /// Working days late: the working days after the deadline's day whose closing time is at or
    /// before `now` (a deadline at Monday 16:00 is 1 working day late from Tuesday 16:00).
    /// Otherwise the office time between the two instants, in whole hours (rounded down).
    public static func of(deadline: Date, now: Date, in calendar: WorkingCalendar) -> Lateness? {
        guard now > deadline else { return nil }
        let (startDay, _) = calendar.civil(deadline)
        let (endDay, _) = calendar.civil(now)
        var days = 0
        var day = startDay
        var guardCount = 0
        while day < endDay, guardCount < 40_000 {
            day = day.adding(days: 1)
            guardCount += 1
            if calendar.isWorkingDay(day), DeadlineCalculator.closing(of: day, in: calendar) <= now { days += 1 }
        }
        if days > 0 { return .workdays(days) }
        let seconds = officeSeconds(from: deadline, to: now, in: calendar)
        return .hours(seconds / 3600)
    }

    /// Office time in seconds between two instants (both in any order of days).
    static func officeSeconds(from start: Date, to end: Date, in calendar: WorkingCalendar) -> Int {
        let (startDay, startSecond) = calendar.civil(start)
        let (endDay, endSecond) = calendar.civil(end)
        var total = 0
        var day = startDay
        while day <= endDay {
            if let hours = calendar.officeHours(on: day) {
                let from = day == startDay ? startSecond : 0
                let to = day == endDay ? endSecond : 86_400
                for interval in hours.intervals {
                    total += max(0, min(to, interval.end) - max(from, interval.start))
                }
            }
            day = day.adding(days: 1)
        }
        return total
    }

    public var description: String {
        switch self {
        case .workdays(let n): return "\(n) hari kerja"
        case .hours(0): return "kurang dari 1 jam kerja"
        case .hours(let n): return "\(n) jam kerja"
        }
    }

    /// For sorting and JSON: hours are a fraction of a day (8 office hours a day).
    public var sortKey: Double {
        switch self {
        case .workdays(let n): return Double(n)
        case .hours(let n): return Double(n) / 8
        }
    }
}
