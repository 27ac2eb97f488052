import Foundation

/// The office hours of one weekday: opening, closing, and an optional break.
///
/// Office hours are treated as *closed* intervals: the closing instant itself (16:00:00) is
/// still inside office hours. That is what lets a deadline sit exactly at closing time, and
/// what makes an extension counted from a deadline at 16:00 start on that same day.
/// The break start belongs to the morning interval and the break end to the afternoon one.
public struct OfficeHours: Sendable, Hashable, Codable {
    public var open: LocalTime
    public var close: LocalTime
    /// Optional break `(start, end)`; ignored unless `open < start < end < close`.
    public var breakStart: LocalTime?
    public var breakEnd: LocalTime?

    public init(open: LocalTime, close: LocalTime, breakStart: LocalTime? = nil, breakEnd: LocalTime? = nil) {
        precondition(open < close, "Jam buka harus sebelum jam tutup")
        self.open = open
        self.close = close
        self.breakStart = breakStart
        self.breakEnd = breakEnd
    }

    /// Convenience: `OfficeHours("08:00", "16:00", break: ("12:00", "13:00"))`.
    public init?(_ open: String, _ close: String, break breakTimes: (String, String)? = nil) {
        guard let o = LocalTime(open), let c = LocalTime(close), o < c else { return nil }
        var bs: LocalTime?
        var be: LocalTime?
        if let (s, e) = breakTimes {
            guard let s1 = LocalTime(s), let e1 = LocalTime(e) else { return nil }
            bs = s1
            be = e1
        }
        self.init(open: o, close: c, breakStart: bs, breakEnd: be)
    }

    /// Monday-Friday default: 08:00-16:00, no break.
    public static let standard = OfficeHours(open: LocalTime(hour: 8), close: LocalTime(hour: 16))

    /// The working intervals of the day in seconds since midnight, in order.
    var intervals: [(start: Int, end: Int)] {
        let o = open.minutes * 60
        let c = close.minutes * 60
        if let bs = breakStart?.minutes, let be = breakEnd?.minutes, bs * 60 > o, be > bs, be * 60 < c {
            return [(o, bs * 60), (be * 60, c)]
        }
        return [(o, c)]
    }

    /// Working seconds in one day.
    var workingSeconds: Int { intervals.reduce(0) { $0 + $1.end - $1.start } }
}

public enum HolidayKind: String, Sendable, Hashable, Codable, CaseIterable {
    case nasional = "libur_nasional"
    case cutiBersama = "cuti_bersama"
    case lokal = "libur_lokal"
}

public struct Holiday: Sendable, Hashable, Codable {
    public var date: LocalDate
    public var kind: HolidayKind
    public var name: String

    public init(date: LocalDate, kind: HolidayKind, name: String) {
        self.date = date
        self.kind = kind
        self.name = name
    }
}

/// The working calendar of one agency: its IANA time zone, office hours per weekday and
/// holidays. A working day is a weekday that has office hours and is not a holiday.
public struct WorkingCalendar: Sendable {
    /// IANA zone of the agency, e.g. `Asia/Makassar` (WITA). All deadline arithmetic happens
    /// in this zone's civil time.
    public var timeZone: TimeZone
    /// ISO weekday (1 = Monday ... 7 = Sunday) → office hours; an absent weekday is closed.
    public var hours: [Int: OfficeHours] { didSet { dayIndex = WorkingDayIndex(hours: hours, holidays: holidays) } }
    public var holidays: [LocalDate: Holiday] {
        didSet { dayIndex = WorkingDayIndex(hours: hours, holidays: holidays) }
    }
    /// Working days and office seconds of a span of days in constant time plus a binary search
    /// over the holidays (kept in step with `hours` and `holidays`).
    private(set) var dayIndex: WorkingDayIndex

    public init(timeZone: TimeZone, hours: [Int: OfficeHours], holidays: [LocalDate: Holiday] = [:]) {
        self.timeZone = timeZone
        self.hours = hours
        self.holidays = holidays
        dayIndex = WorkingDayIndex(hours: hours, holidays: holidays)
    }

    /// Monday-Friday 08:00-16:00, no break. When two holidays share a date, the first wins.
    public static func standard(timeZone: TimeZone, holidays: [Holiday] = []) -> WorkingCalendar {
        var hours: [Int: OfficeHours] = [:]
        for weekday in 1...5 { hours[weekday] = .standard }
        var byDate: [LocalDate: Holiday] = [:]
        for holiday in holidays where byDate[holiday.date] == nil { byDate[holiday.date] = holiday }
        return WorkingCalendar(timeZone: timeZone, hours: hours, holidays: byDate)
    }

    /// Adds holidays (e.g. a supervisor's local holidays); an existing date keeps its entry.
    public mutating func add(_ more: [Holiday]) {
        var all = holidays
        for holiday in more where all[holiday.date] == nil { all[holiday.date] = holiday }
        holidays = all
    }

    public func isWorkingDay(_ d: LocalDate) -> Bool {
        hours[d.weekday] != nil && holidays[d] == nil
    }

    /// Office hours of `d` when it is a working day.
    public func officeHours(on d: LocalDate) -> OfficeHours? {
        guard holidays[d] == nil else { return nil }
        return hours[d.weekday]
    }

    /// True when `date` lies within office hours of a working day (closing instant included,
    /// breaks excluded except their boundaries).
    public func isWorkingInstant(_ date: Date) -> Bool {
        let (day, second) = civil(date)
        guard let oh = officeHours(on: day) else { return false }
        return oh.intervals.contains { second >= $0.start && second <= $0.end }
    }

    // MARK: - Civil time conversion

    /// The agency-zone civil date and second of day of `date` (sub-second part dropped).
    public func civil(_ date: Date) -> (date: LocalDate, second: Int) {
        Self.civil(date, in: timeZone)
    }

    /// The civil date and second of day of `date` in `timeZone`, without building a calendar.
    public static func civil(_ date: Date, in timeZone: TimeZone) -> (date: LocalDate, second: Int) {
        let (dayNumber, second) = civilDayNumber(date, in: timeZone)
        return (LocalDate(dayNumber: dayNumber), second)
    }

    /// ``civil(_:in:)`` as the day's number (days since 1970-01-01), without making the date.
    static func civilDayNumber(_ date: Date, in timeZone: TimeZone) -> (dayNumber: Int, second: Int) {
        let offset = timeZone.secondsFromGMT(for: date)
        let local = Int(date.timeIntervalSince1970.rounded(.down)) + offset
        let dayNumber = local >= 0 ? local / 86_400 : (local - 86_399) / 86_400
        return (dayNumber, local - dayNumber * 86_400)
    }

    /// The instant at civil `date` + `second` of day in the agency zone.
    ///
    /// Correct across DST changes: the offset is looked up for a first guess and confirmed
    /// (at most three `secondsFromGMT` look-ups, no `Calendar`). A civil time that does not
    /// exist (inside a spring-forward gap) is pushed forward by the length of the gap
    /// (02:30 in a 02:00→03:00 gap becomes 03:30); a civil time that exists twice (fall-back
    /// overlap) resolves to one of its two instants. Office hours never fall in those hours
    /// in practice.
    public func instant(_ date: LocalDate, second: Int) -> Date {
        let local = date.dayNumber * 86_400 + second
        let o1 = offset(at: local)
        var t = local - o1
        let o2 = offset(at: t)
        if o2 != o1 {
            let t2 = local - o2
            t = offset(at: t2) == o2 ? t2 : local - min(o1, o2)
        }
        return Date(timeIntervalSince1970: TimeInterval(t))
    }

    @inline(__always)
    private func offset(at unixSeconds: Int) -> Int {
        timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(unixSeconds)))
    }
}
