import Foundation
import Testing

@testable import LoketCore

/// A small deterministic RNG (SplitMix64) so property tests are reproducible.
struct SeededRNG: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

@Suite struct DeadlinePropertyTests {
    static let calendars: [(String, WorkingCalendar)] = {
        var withBreak = Fixtures.calendar2026
        for weekday in 1...4 { withBreak.hours[weekday] = OfficeHours("08:30", "16:00", break: ("12:30", "14:00")) }
        withBreak.hours[5] = OfficeHours("09:00", "11:00")
        var berlin = WorkingCalendar.standard(timeZone: TimeZone(identifier: "Europe/Berlin")!)
        berlin.holidays = Fixtures.calendar2026.holidays
        berlin.hours[6] = OfficeHours("09:00", "12:00")
        return [("wita-2026", Fixtures.calendar2026), ("break", withBreak), ("berlin", berlin)]
    }()

    static func randomStart(_ rng: inout SeededRNG, in cal: WorkingCalendar) -> Date {
        // Anywhere in 2026 (inside or outside office hours), with random seconds.
        let day = LocalDate(iso: "2026-01-01")!.adding(days: Int.random(in: 0..<365, using: &rng))
        return cal.instant(day, second: Int.random(in: 0..<86_400, using: &rng))
    }

    @Test(arguments: [0, 1, 2])
    func moreTimeNeverGivesAnEarlierDeadline(calendarIndex: Int) {
        let cal = Self.calendars[calendarIndex].1
        var rng = SeededRNG(seed: 42 + UInt64(calendarIndex))
        for _ in 0..<1_500 {
            let start = Self.randomStart(&rng, in: cal)
            let unit = TimeUnit.allCases.randomElement(using: &rng)!
            let a = Int.random(in: 0...40, using: &rng)
            let b = a + Int.random(in: 0...10, using: &rng)
            let da = DeadlineCalculator.deadline(adding: TimeAmount(a, unit), to: start, in: cal)
            let db = DeadlineCalculator.deadline(adding: TimeAmount(b, unit), to: start, in: cal)
            #expect(da <= db, "\(a) vs \(b) \(unit) from \(cal.show(start))")
            #expect(da >= start)
            // A later start never gives an earlier deadline either.
            let later = start + Double(Int.random(in: 0...200_000, using: &rng))
            let dl = DeadlineCalculator.deadline(adding: TimeAmount(a, unit), to: later, in: cal)
            #expect(da <= dl, "\(a) \(unit) from \(cal.show(start)) vs \(cal.show(later))")
        }
    }

    @Test(arguments: [0, 1, 2])
    func deadlinesFallOnWorkingInstants(calendarIndex: Int) {
        let cal = Self.calendars[calendarIndex].1
        var rng = SeededRNG(seed: 7 + UInt64(calendarIndex))
        for _ in 0..<3_000 {
            let start = Self.randomStart(&rng, in: cal)
            let unit = TimeUnit.allCases.randomElement(using: &rng)!
            let amount = TimeAmount(Int.random(in: 0...60, using: &rng), unit)
            let due = DeadlineCalculator.deadline(adding: amount, to: start, in: cal)
            #expect(cal.isWorkingInstant(due), "\(amount) from \(cal.show(start)) → \(cal.show(due))")
            let (day, second) = cal.civil(due)
            #expect(cal.holidays[day] == nil)
            if unit != .minutes && unit != .hours {
                // Calendar units always end at closing time.
                #expect(second == cal.officeHours(on: day)!.close.minutes * 60)
            }
        }
    }

    @Test func workdayDeadlinesAreTheClosingOfTheNthWorkingDay() {
        let cal = Fixtures.calendar2026
        let oracle = CalendarOracle.standard2026
        var rng = SeededRNG(seed: 99)
        for _ in 0..<2_000 {
            let start = Self.randomStart(&rng, in: cal)
            let n = Int.random(in: 0...30, using: &rng)
            let due = DeadlineCalculator.deadline(adding: TimeAmount(n, .workdays), to: start, in: cal)
            // Day 0 and the N working days after it, counted by the oracle.
            var (day, _) = oracle.moveToOffice(start)
            for _ in 0..<n { day = oracle.nextWorkingDay(after: day) }
            let expected = oracle.date(day, second: oracle.intervals(day).last!.end)
            #expect(
                due == expected, "\(n) hari kerja from \(cal.show(start)): \(cal.show(due)) ≠ \(cal.show(expected))")
        }
    }

    @Test(arguments: [0, 1])
    func businessTimeConsumesExactlyTheAmount(calendarIndex: Int) {
        // The oracle walks the office intervals second by second of office time.
        let cal = Self.calendars[calendarIndex].1
        let oracle = calendarIndex == 0 ? CalendarOracle.standard2026 : CalendarOracle.withBreak2026
        var rng = SeededRNG(seed: 5 + UInt64(calendarIndex))
        for _ in 0..<1_000 {
            let start = Self.randomStart(&rng, in: cal)
            let minutes = Int.random(in: 0...3_000, using: &rng)
            let due = DeadlineCalculator.deadline(adding: TimeAmount(minutes, .minutes), to: start, in: cal)
            let expected = oracle.addingOfficeSeconds(minutes * 60, to: start)
            #expect(due == expected, "\(minutes) min from \(cal.show(start)): \(cal.show(due)) ≠ \(cal.show(expected))")
        }
    }
}

/// An independent model of the two WITA test calendars, for the property tests' expectations:
/// civil time through Foundation's Gregorian calendar, office hours and holidays written out
/// here, nothing from `WorkingCalendar` or `DeadlineCalculator`.
struct CalendarOracle {
    struct Day: Hashable, Comparable {
        var year: Int, month: Int, day: Int
        static func < (a: Day, b: Day) -> Bool { (a.year, a.month, a.day) < (b.year, b.month, b.day) }
    }

    var gregorian: Calendar
    /// Office intervals in seconds of the day, by weekday (1 = Monday).
    var hours: [Int: [(start: Int, end: Int)]]
    var holidays: Set<Day>

    static let wita = TimeZone(identifier: "Asia/Makassar")!
    static let holidays2026: Set<Day> = Set(
        Fixtures.holidays2026.split(separator: "\n").compactMap { line -> Day? in
            let parts = line.split(separator: ",").first?.split(separator: "-").compactMap { Int($0) } ?? []
            return parts.count == 3 ? Day(year: parts[0], month: parts[1], day: parts[2]) : nil
        })

    static func make(_ hours: [Int: [(Int, Int)]]) -> CalendarOracle {
        var gregorian = Calendar(identifier: .gregorian)
        gregorian.timeZone = wita
        return CalendarOracle(
            gregorian: gregorian, hours: hours.mapValues { $0.map { (start: $0.0 * 60, end: $0.1 * 60) } },
            holidays: holidays2026)
    }

    /// Monday-Friday 08:00-16:00.
    static let standard2026 = make(Dictionary(uniqueKeysWithValues: (1...5).map { ($0, [(480, 960)]) }))
    /// Monday-Thursday 08:30-12:30 and 14:00-16:00, Friday 09:00-11:00.
    static let withBreak2026 = make(
        Dictionary(uniqueKeysWithValues: (1...4).map { ($0, [(510, 750), (840, 960)]) } + [(5, [(540, 660)])]))

    func civil(_ date: Date) -> (Day, Int) {
        let c = gregorian.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return (Day(year: c.year!, month: c.month!, day: c.day!), c.hour! * 3600 + c.minute! * 60 + c.second!)
    }

    func date(_ day: Day, second: Int) -> Date {
        let midnight = gregorian.date(from: DateComponents(year: day.year, month: day.month, day: day.day))!
        return midnight + Double(second)
    }

    func intervals(_ day: Day) -> [(start: Int, end: Int)] {
        if holidays.contains(day) { return [] }
        let weekday = gregorian.component(.weekday, from: date(day, second: 12 * 3600))  // 1 = Sunday
        return hours[(weekday + 5) % 7 + 1] ?? []
    }

    func nextDay(_ day: Day) -> Day { civil(date(day, second: 36 * 3600)).0 }

    func nextWorkingDay(after day: Day) -> Day {
        var next = nextDay(day)
        while intervals(next).isEmpty { next = nextDay(next) }
        return next
    }

    /// The instant itself inside office hours (closing included), else the next opening.
    func moveToOffice(_ date: Date) -> (Day, Int) {
        let (day, second) = civil(date)
        for interval in intervals(day) where second <= interval.end { return (day, max(second, interval.start)) }
        let next = nextWorkingDay(after: day)
        return (next, intervals(next)[0].start)
    }

    func addingOfficeSeconds(_ seconds: Int, to start: Date) -> Date {
        var (day, position) = moveToOffice(start)
        var remaining = seconds
        while true {
            for interval in intervals(day) where position <= interval.end {
                let from = max(position, interval.start)
                if remaining <= interval.end - from { return date(day, second: from + remaining) }
                remaining -= interval.end - from
                position = interval.end
            }
            day = nextWorkingDay(after: day)
            position = 0
        }
    }
}

@Suite struct CalendarOracleTests {
    @Test func theOracleReadsAll25HolidaysOf2026() {
        #expect(CalendarOracle.holidays2026.count == 25)
        #expect(CalendarOracle.holidays2026.contains(.init(year: 2026, month: 3, day: 20)))
    }
}
