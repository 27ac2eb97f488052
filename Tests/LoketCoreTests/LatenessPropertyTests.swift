import Foundation
import Testing

@testable import LoketCore

/// The lateness computed by counting (weeks, holidays by binary search) against the day walk it
/// replaced, kept here as the oracle, over random deadlines and nows on calendars with holidays,
/// breaks, closed weekdays and zones with daylight saving time.
@Suite struct LatenessPropertyTests {
    /// The day walk `Lateness.of` used before (one step per calendar day), unchanged.
    enum DayWalk {
        static func lateness(deadline: Date, now: Date, in calendar: WorkingCalendar) -> Lateness? {
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
            return .hours(officeSeconds(from: deadline, to: now, in: calendar) / 3600)
        }

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
    }

    /// Random holidays (national, cuti bersama, local) on any weekday between 2008 and 2032.
    static func holidays(_ count: Int, seed: UInt64) -> [Holiday] {
        var rng = SeededRNG(seed: seed)
        let first = LocalDate(iso: "2008-01-01")!.dayNumber
        return (0..<count).map { _ in
            let day = LocalDate(dayNumber: first + Int.random(in: 0..<9_000, using: &rng))
            return Holiday(date: day, kind: HolidayKind.allCases.randomElement(using: &rng)!, name: "Libur")
        }
    }

    static let calendars: [(String, WorkingCalendar)] = {
        let wita = Fixtures.calendar2026
        var dense = WorkingCalendar.standard(
            timeZone: TimeZone(identifier: "Asia/Makassar")!, holidays: holidays(900, seed: 1))
        dense.add(Array(wita.holidays.values))
        var withBreak = dense
        for weekday in 1...4 { withBreak.hours[weekday] = OfficeHours("08:30", "16:00", break: ("12:30", "14:00")) }
        withBreak.hours[5] = OfficeHours("09:00", "11:00")
        var berlin = WorkingCalendar.standard(
            timeZone: TimeZone(identifier: "Europe/Berlin")!, holidays: holidays(300, seed: 2))
        berlin.hours[6] = OfficeHours("09:00", "12:00")
        // Closed on Wednesdays, open on Sundays, with a break; DST changes at 02:00.
        var newYork = WorkingCalendar.standard(
            timeZone: TimeZone(identifier: "America/New_York")!, holidays: holidays(400, seed: 3))
        newYork.hours[3] = nil
        newYork.hours[7] = OfficeHours("10:00", "14:00", break: ("11:00", "11:30"))
        // Open until midnight every day; Santiago changes its clocks at midnight.
        var santiago = WorkingCalendar(
            timeZone: TimeZone(identifier: "America/Santiago")!,
            hours: Dictionary(uniqueKeysWithValues: (1...7).map { ($0, OfficeHours("00:00", "24:00")!) }))
        santiago.add(holidays(200, seed: 4))
        // Samoa skipped 30 December 2011 altogether.
        let apia = WorkingCalendar.standard(
            timeZone: TimeZone(identifier: "Pacific/Apia")!, holidays: holidays(100, seed: 5))
        // No working weekday at all: lateness is always office hours (zero).
        let closed = WorkingCalendar(timeZone: TimeZone(identifier: "Asia/Jakarta")!, hours: [:])
        // Only Saturdays, holidays mostly on other days.
        let saturdays = WorkingCalendar(
            timeZone: TimeZone(identifier: "Asia/Jayapura")!, hours: [6: OfficeHours("07:30", "11:00")!],
            holidays: Dictionary(holidays(500, seed: 6).map { ($0.date, $0) }, uniquingKeysWith: { a, _ in a }))
        return [
            ("wita-2026", wita), ("dense holidays", dense), ("break", withBreak), ("berlin", berlin),
            ("new york", newYork), ("santiago", santiago), ("apia", apia), ("closed", closed),
            ("saturdays", saturdays),
        ]
    }()

    /// A random instant between 2009 and 2031, anywhere in the day.
    static func randomInstant(_ rng: inout SeededRNG, in calendar: WorkingCalendar) -> Date {
        let first = LocalDate(iso: "2009-01-01")!.dayNumber
        let day = LocalDate(dayNumber: first + Int.random(in: 0..<8_000, using: &rng))
        let second = Int.random(in: 0...10, using: &rng) < 3 ? 16 * 3600 : Int.random(in: 0..<86_400, using: &rng)
        return calendar.instant(day, second: second) + Double(Int.random(in: 0...1, using: &rng)) * 0.5
    }

    /// A span after a deadline: the same day, some days, a year or more.
    static func randomSpan(_ rng: inout SeededRNG) -> Double {
        switch Int.random(in: 0..<6, using: &rng) {
        case 0: return Double(Int.random(in: -3_600...36_000, using: &rng))
        case 1: return Double(Int.random(in: 0...(4 * 86_400), using: &rng))
        case 2: return Double(Int.random(in: 0...(20 * 86_400), using: &rng))
        case 3: return Double(Int.random(in: 0...(500 * 86_400), using: &rng))
        case 4: return Double(86_400 * Int.random(in: 0...30, using: &rng))
        default: return Double(Int.random(in: 0...(3_000 * 86_400), using: &rng))
        }
    }

    @Test(arguments: 0..<9)
    func countingGivesWhatTheDayWalkGave(calendarIndex: Int) {
        let (name, calendar) = Self.calendars[calendarIndex]
        var rng = SeededRNG(seed: 2026 + UInt64(calendarIndex))
        for _ in 0..<4_000 {
            let deadline = Self.randomInstant(&rng, in: calendar)
            let now = deadline + Self.randomSpan(&rng)
            let expected = DayWalk.lateness(deadline: deadline, now: now, in: calendar)
            let got = Lateness.of(deadline: deadline, now: now, in: calendar)
            #expect(got == expected, "\(name): \(deadline) → \(now): \(String(describing: got))")
            let seconds = calendar.officeSeconds(from: deadline, to: now)
            let walked = now > deadline ? DayWalk.officeSeconds(from: deadline, to: now, in: calendar) : 0
            #expect(seconds == walked, "\(name): office seconds \(deadline) → \(now)")
        }
    }

    @Test func aroundTheSkippedSamoanDay() {
        let calendar = Self.calendars[6].1
        let start = calendar.instant(LocalDate(iso: "2011-12-26")!, second: 0)
        for hour in stride(from: 0, to: 24 * 9, by: 1) {
            for later in stride(from: 0, to: 24 * 6, by: 5) {
                let deadline = start + Double(hour * 3600)
                let now = deadline + Double(later * 3600 + 1800)
                #expect(
                    Lateness.of(deadline: deadline, now: now, in: calendar)
                        == DayWalk.lateness(deadline: deadline, now: now, in: calendar))
            }
        }
    }

    @Test func spansBeyondTheFortyThousandDaysTheWalkLookedAt() {
        let calendar = Self.calendars[1].1
        var rng = SeededRNG(seed: 40_000)
        for _ in 0..<20 {
            let deadline = Self.randomInstant(&rng, in: calendar)
            let now = deadline + Double(86_400 * Int.random(in: 39_990...40_010, using: &rng))
            #expect(
                Lateness.of(deadline: deadline, now: now, in: calendar)
                    == DayWalk.lateness(deadline: deadline, now: now, in: calendar))
        }
    }

    @Test func workingDaysOfASpanCountEachDay() {
        var rng = SeededRNG(seed: 17)
        for (name, calendar) in Self.calendars {
            for _ in 0..<300 {
                let first = LocalDate(dayNumber: 14_000 + Int.random(in: 0..<8_000, using: &rng))
                let last = first.adding(days: Int.random(in: -3...800, using: &rng))
                var expected = 0
                var day = first
                while day <= last {
                    if calendar.isWorkingDay(day) { expected += 1 }
                    day = day.adding(days: 1)
                }
                #expect(calendar.workingDays(from: first, through: last) == expected, "\(name) \(first)...\(last)")
            }
        }
    }

    @Test func changedHoursAndHolidaysAreCounted() {
        var calendar = WorkingCalendar.standard(timeZone: TimeZone(identifier: "Asia/Makassar")!)
        let monday = LocalDate(iso: "2026-03-02")!
        let sunday = LocalDate(iso: "2026-03-08")!
        #expect(calendar.workingDays(from: monday, through: sunday) == 5)
        calendar.holidays[LocalDate(iso: "2026-03-04")!] = Holiday(
            date: LocalDate(iso: "2026-03-04")!, kind: .lokal, name: "Libur")
        #expect(calendar.workingDays(from: monday, through: sunday) == 4)
        calendar.hours[6] = .standard
        #expect(calendar.workingDays(from: monday, through: sunday) == 5)
        calendar.add([Holiday(date: LocalDate(iso: "2026-03-07")!, kind: .lokal, name: "Sabtu libur")])
        #expect(calendar.workingDays(from: monday, through: sunday) == 4)
    }
}
