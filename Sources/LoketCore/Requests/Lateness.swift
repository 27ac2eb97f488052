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
        let first = calendar.civil(deadline).date.dayNumber + 1
        // At most 40 000 days are looked at (as the day walk this replaced did).
        let last = min(calendar.civil(now).date.dayNumber, first - 1 + maximumDays)
        // A working day three or more days before `now`'s day has closed before `now`, whatever
        // the zone's offsets did in between (they differ by less than two days): those are
        // counted at once; the last days' closing times are compared with `now` one by one.
        let surelyClosed = last - 3
        var days = calendar.dayIndex.workingDays(from: first, through: surelyClosed)
        var dayNumber = max(first, surelyClosed + 1)
        while dayNumber <= last {
            let day = LocalDate(dayNumber: dayNumber)
            if calendar.isWorkingDay(day), DeadlineCalculator.closing(of: day, in: calendar) <= now { days += 1 }
            dayNumber += 1
        }
        if days > 0 { return .workdays(days) }
        let seconds = officeSeconds(from: deadline, to: now, in: calendar)
        return .hours(seconds / 3600)
    }

    /// The longest span of days lateness looks at.
    static let maximumDays = 40_000

    /// Office time in seconds between two instants (0 when `end`'s day is before `start`'s):
    /// the rest of the first day, the whole days in between, the start of the last day.
    static func officeSeconds(from start: Date, to end: Date, in calendar: WorkingCalendar) -> Int {
        let (startDay, startSecond) = calendar.civil(start)
        let (endDay, endSecond) = calendar.civil(end)
        func within(_ day: LocalDate, from: Int, to: Int) -> Int {
            guard let hours = calendar.officeHours(on: day) else { return 0 }
            var total = 0
            for interval in hours.intervals { total += max(0, min(to, interval.end) - max(from, interval.start)) }
            return total
        }
        if endDay < startDay { return 0 }
        if endDay == startDay { return within(startDay, from: startSecond, to: endSecond) }
        return within(startDay, from: startSecond, to: 86_400)
            + calendar.dayIndex.officeSeconds(from: startDay.dayNumber + 1, through: endDay.dayNumber - 1)
            + within(endDay, from: 0, to: endSecond)
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
