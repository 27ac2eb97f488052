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

    @Test func workdayDeadlinesCountExactlyNWorkingDays() {
        let cal = Fixtures.calendar2026
        var rng = SeededRNG(seed: 99)
        for _ in 0..<2_000 {
            let start = Self.randomStart(&rng, in: cal)
            let n = Int.random(in: 0...30, using: &rng)
            let due = DeadlineCalculator.deadline(adding: TimeAmount(n, .workdays), to: start, in: cal)
            let (dueDay, _) = cal.civil(due)
            #expect(cal.isWorkingDay(dueDay))
            #expect(cal.holidays[dueDay] == nil)
            // Count working days strictly after day 0 up to the due day.
            let (day0, _) = DeadlineCalculator.moveToOpening(start, in: cal)!
            var count = 0
            var d = day0
            while d < dueDay {
                d = d.adding(days: 1)
                if cal.isWorkingDay(d) { count += 1 }
            }
            #expect(count == n)
        }
    }

    @Test func businessTimeConsumesExactlyTheAmount() {
        // Sum of office seconds between the moved start and the deadline equals the amount.
        let cal = Self.calendars[1].1
        var rng = SeededRNG(seed: 5)
        for _ in 0..<1_000 {
            let start = Self.randomStart(&rng, in: cal)
            let minutes = Int.random(in: 0...3_000, using: &rng)
            let due = DeadlineCalculator.deadline(adding: TimeAmount(minutes, .minutes), to: start, in: cal)
            let (d0, s0) = DeadlineCalculator.moveToOpening(start, in: cal)!
            let (d1, s1) = cal.civil(due)
            var total = 0
            var d = d0
            while d <= d1 {
                if let oh = cal.officeHours(on: d) {
                    for iv in oh.intervals {
                        let from = d == d0 ? max(iv.start, s0) : iv.start
                        let to = d == d1 ? min(iv.end, s1) : iv.end
                        total += max(0, to - from)
                    }
                }
                d = d.adding(days: 1)
            }
            #expect(total == minutes * 60, "\(minutes) min from \(cal.show(start)) → \(cal.show(due))")
        }
    }
}
