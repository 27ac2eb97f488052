import Foundation

/// When a running request counts as due soon on the supervisors' board: its deadline has not
/// passed and falls within one working day of office time from now (README, "The
/// supervisors' board").
///
/// One working day is the office time of the next working day after today (8 hours on the
/// standard calendar), counted from now through office hours only: at Monday 10:00 the horizon
/// is Tuesday 10:00; on Friday 15:00 it is Monday 15:00; in the evening it is the next working
/// day's closing time. A long holiday (cuti bersama) moves it past the holiday.
public enum DueSoon {
    /// The last instant a deadline may have to be due soon at `now` (nil beyond the supported dates).
    public static func horizon(after now: Date, in calendar: WorkingCalendar) -> Date? {
        let (today, nowSecond) = calendar.civil(now)
        var probe = today.adding(days: 1)
        var steps = 0
        while !calendar.isWorkingDay(probe) {
            probe = probe.adding(days: 1)
            steps += 1
            if steps > searchDays { return nil }
        }
        var left = calendar.officeHours(on: probe)?.workingSeconds ?? 0
        guard left > 0 else { return nil }
        var day = today
        for _ in 0...searchDays {
            if let hours = calendar.officeHours(on: day) {
                for interval in hours.intervals {
                    let start = day == today ? max(nowSecond, interval.start) : interval.start
                    guard start < interval.end else { continue }
                    let available = interval.end - start
                    if available >= left { return calendar.instant(day, second: start + left) }
                    left -= available
                }
            }
            day = day.adding(days: 1)
        }
        return nil
    }

    /// Running, not past its deadline, and the deadline at or before ``horizon(after:in:)``.
    public static func isDueSoon(deadline: Date, now: Date, in calendar: WorkingCalendar) -> Bool {
        guard deadline >= now, let horizon = horizon(after: now, in: calendar) else { return false }
        return deadline <= horizon
    }

    /// How far the search looks for the next working day (a year covers any holiday run).
    static let searchDays = 370
}
