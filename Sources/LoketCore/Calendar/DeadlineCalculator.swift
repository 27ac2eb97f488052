import Foundation

/// Turns a time amount into a deadline on an agency's working calendar (DOMAIN.md,
/// "Deadline rules"). All arithmetic is in the agency zone's civil time; only the start and
/// the result are converted between `Date` and civil time.
///
/// Let `t` be the start instant.
/// 1. If `t` is outside office hours it moves to the next opening (next working interval:
///    after a break, the next morning, after a weekend or holiday). Office hours are closed
///    intervals, so a start at exactly closing time (16:00:00) stays on that day.
/// 2. Day 0 is the working day holding the (moved) `t`.
/// 3. By unit:
///    - `minutes`, `hours`: business time; the clock runs only inside office hours of working
///      days, skipping breaks, weekends and holidays. `1 jam` from Monday 15:30 (08:00-16:00)
///      ends Tuesday 08:30. Business time that runs out exactly at the end of an interval
///      ends there: at closing time (16:00, not next morning 08:00) or at the start of a
///      break (12:00, not 13:00).
///    - `workdays`: the closing time of the N-th working day after day 0.
///    - `days`, `weeks` (7 days): the closing time of calendar day `day0 + N`; when that day
///      is not a working day, the closing time of the next working day.
///    - `months`, `years` (12 months): the same day of month N months later, clamped to the
///      end of the month (31 January + 1 bulan = 28/29 February), at closing time, moved to
///      the next working day when needed.
///
/// Decisions where DOMAIN.md is silent:
/// - **Amount 0** applies the same formulas with N = 0: `0 menit`/`0 jam` (the reading of
///   `langsung`) is the moved start instant itself; `0 hari kerja`, `0 hari`, `0 bulan` are the
///   closing time of day 0 ("the same working day"). Negative amounts count as 0.
/// - **Ranges** (`1-3 jam`) are not looked at here: the caller passes the amount, which is the
///   upper bound.
/// - Results are whole seconds (a sub-second part of the start is dropped).
/// - A calendar without any office hours has no working instant; the search for the next
///   working day gives up after about 20 years and the start is returned unchanged.
public enum DeadlineCalculator {
    /// How far (in days) the search for a working day may look before giving up.
    static let searchLimit = 7_400

    public static func deadline(adding amount: TimeAmount, to start: Date, in calendar: WorkingCalendar) -> Date {
        guard let (day0, second) = moveToOpening(start, in: calendar) else { return start }
        let n = max(0, amount.amount)
        switch amount.unit {
        case .minutes:
            return businessTime(seconds: n * 60, from: day0, second: second, in: calendar) ?? start
        case .hours:
            return businessTime(seconds: n * 3600, from: day0, second: second, in: calendar) ?? start
        case .workdays:
            var day = day0
            for _ in 0..<n {
                guard let next = nextWorkingDay(after: day, in: calendar) else { return start }
                day = next
            }
            return closing(of: day, in: calendar)
        case .days:
            return closingOnOrAfter(day0.adding(days: n), in: calendar) ?? start
        case .weeks:
            return closingOnOrAfter(day0.adding(days: 7 * n), in: calendar) ?? start
        case .months:
            return closingOnOrAfter(day0.adding(months: n), in: calendar) ?? start
        case .years:
            return closingOnOrAfter(day0.adding(months: 12 * n), in: calendar) ?? start
        }
    }

    /// An extension adds its duration to the current deadline by the same rules: the current
    /// deadline is the start instant. Because closing time belongs to its day, a workday
    /// deadline at Wednesday 16:00 extended by 7 hari kerja ends 7 working days after that
    /// Wednesday.
    public static func deadline(
        extending current: Date, by `extension`: TimeAmount, in calendar: WorkingCalendar
    ) -> Date {
        deadline(adding: `extension`, to: current, in: calendar)
    }

    /// The first deadline of a reading: `.duration` → its amount; `.extended` → the base
    /// (the extension is granted later with `deadline(extending:by:in:)`); `.choice` → the
    /// option at `choiceIndex` (the officer's pick); `.open` → nil (no fixed limit);
    /// `.beforeEvent` → the opening of `event` (``opening(ofEventDay:in:)``), nil without one.
    public static func deadline(
        for reading: TimeLimitReading, choiceIndex: Int? = nil, event: LocalDate? = nil, from start: Date,
        in calendar: WorkingCalendar
    ) -> Date? {
        switch reading {
        case .beforeEvent:
            return event.map { opening(ofEventDay: $0, in: calendar) }
        case .duration(let amount):
            return deadline(adding: amount, to: start, in: calendar)
        case .extended(let base, _):
            return deadline(adding: base, to: start, in: calendar)
        case .choice(let options):
            guard let i = choiceIndex, options.indices.contains(i) else { return nil }
            return deadline(adding: options[i].amount, to: start, in: calendar)
        case .open:
            return nil
        }
    }

    /// The deadline of a service tied to an event day: the opening of that day, when the event
    /// starts and the work must be ready. An event on a day the office is closed (a Saturday
    /// ceremony, a holiday) is served by the last working day before it: its closing time.
    /// Without a working day in the search limit, the start of the event day.
    public static func opening(ofEventDay day: LocalDate, in calendar: WorkingCalendar) -> Date {
        if calendar.isWorkingDay(day), let hours = calendar.officeHours(on: day) {
            return calendar.instant(day, second: hours.open.minutes * 60)
        }
        var n = day.dayNumber
        for _ in 0..<searchLimit {
            n -= 1
            let d = LocalDate(dayNumber: n)
            if calendar.isWorkingDay(d) { return closing(of: d, in: calendar) }
        }
        return calendar.instant(day, second: 0)
    }

    /// Whether a request logged at `logged` comes later than `H-N` for an event on `event`: its
    /// day (in the agency's zone) is after the event day minus N calendar days.
    public static func isLate(logged: Date, daysBefore: Int, event: LocalDate, in calendar: WorkingCalendar) -> Bool {
        calendar.civil(logged).date.dayNumber > event.dayNumber - daysBefore
    }

    /// The instant the clock starts: `start` itself inside office hours, else the next opening
    /// (rule 1). Nil when the calendar has no working day within the search limit.
    public static func countingStart(_ start: Date, in calendar: WorkingCalendar) -> Date? {
        guard let (day, second) = moveToOpening(start, in: calendar) else { return nil }
        let civil = calendar.civil(start)
        if civil.date == day && civil.second == second { return start }
        return calendar.instant(day, second: second)
    }

    // MARK: - Steps

    /// Moves `t` to the next instant inside office hours of a working day (closing included).
    static func moveToOpening(_ t: Date, in calendar: WorkingCalendar) -> (LocalDate, Int)? {
        let (day, second) = calendar.civil(t)
        if let oh = calendar.officeHours(on: day) {
            for interval in oh.intervals {
                if second < interval.start { return (day, interval.start) }
                if second <= interval.end { return (day, second) }
            }
        }
        guard let next = nextWorkingDay(after: day, in: calendar), let oh = calendar.officeHours(on: next) else {
            return nil
        }
        return (next, oh.open.minutes * 60)
    }

    static func nextWorkingDay(after day: LocalDate, in calendar: WorkingCalendar) -> LocalDate? {
        var n = day.dayNumber
        for _ in 0..<searchLimit {
            n += 1
            let d = LocalDate(dayNumber: n)
            if calendar.isWorkingDay(d) { return d }
        }
        return nil
    }

    static func closing(of day: LocalDate, in calendar: WorkingCalendar) -> Date {
        let close = calendar.officeHours(on: day)?.close.minutes ?? 0
        return calendar.instant(day, second: close * 60)
    }

    static func closingOnOrAfter(_ day: LocalDate, in calendar: WorkingCalendar) -> Date? {
        if calendar.isWorkingDay(day) { return closing(of: day, in: calendar) }
        guard let next = nextWorkingDay(after: day, in: calendar) else { return nil }
        return closing(of: next, in: calendar)
    }

    /// Business time: consumes `seconds` of office time from (day, second), which must be a
    /// working instant. Ends inside (or at the end of) an interval, never at the next opening.
    static func businessTime(seconds: Int, from day: LocalDate, second: Int, in calendar: WorkingCalendar) -> Date? {
        var remaining = seconds
        var day = day
        var position = second
        for _ in 0..<searchLimit {
            if let oh = calendar.officeHours(on: day) {
                let intervals = oh.intervals
                // Fast path: whole days when starting at opening.
                if position <= intervals[0].start {
                    let perDay = oh.workingSeconds
                    if remaining > perDay {
                        remaining -= perDay
                        guard let next = nextWorkingDay(after: day, in: calendar) else { return nil }
                        day = next
                        position = 0
                        continue
                    }
                }
                for interval in intervals where position <= interval.end {
                    let from = max(position, interval.start)
                    let available = interval.end - from
                    if remaining <= available {
                        return calendar.instant(day, second: from + remaining)
                    }
                    remaining -= available
                    position = interval.end
                }
            }
            guard let next = nextWorkingDay(after: day, in: calendar) else { return nil }
            day = next
            position = 0
        }
        return nil
    }
}
