import Foundation
import Testing

@testable import LoketCore

/// Helpers: build instants from civil time in a calendar's zone and describe results.
extension WorkingCalendar {
    func at(_ iso: String, _ time: String) -> Date {
        let t = LocalTime(time)!
        return instant(LocalDate(iso: iso)!, second: t.minutes * 60)
    }

    func show(_ date: Date) -> String {
        let (d, s) = civil(date)
        let h = s / 3600
        let m = (s % 3600) / 60
        return "\(d.iso) \(h < 10 ? "0" : "")\(h):\(m < 10 ? "0" : "")\(m)"
    }

    func due(_ amount: Int, _ unit: TimeUnit, from iso: String, _ time: String) -> String {
        show(DeadlineCalculator.deadline(adding: TimeAmount(amount, unit), to: at(iso, time), in: self))
    }
}

@Suite struct DeadlineRuleTests {
    let cal = WorkingCalendar.standard(timeZone: Fixtures.wita)
    let cal2026 = Fixtures.calendar2026

    // 2026-11-23 is a Monday; 2026-11-27 a Friday.

    @Test func domainExamples() {
        #expect(cal.due(1, .hours, from: "2026-11-23", "15:30") == "2026-11-24 08:30")
        #expect(cal.due(3, .workdays, from: "2026-11-27", "10:00") == "2026-12-02 16:00")
    }

    @Test func minutesAndHoursAreBusinessTime() {
        #expect(cal.due(20, .minutes, from: "2026-11-23", "10:00") == "2026-11-23 10:20")
        #expect(cal.due(75, .minutes, from: "2026-11-23", "15:00") == "2026-11-24 08:15")
        // Ends exactly at closing: stays at 16:00, not next morning 08:00.
        #expect(cal.due(1, .hours, from: "2026-11-23", "15:00") == "2026-11-23 16:00")
        #expect(cal.due(8, .hours, from: "2026-11-23", "08:00") == "2026-11-23 16:00")
        #expect(cal.due(16, .hours, from: "2026-11-23", "08:00") == "2026-11-24 16:00")
        #expect(cal.due(17, .hours, from: "2026-11-23", "08:00") == "2026-11-25 09:00")
        // Friday afternoon runs over the weekend.
        #expect(cal.due(2, .hours, from: "2026-11-27", "15:00") == "2026-11-30 09:00")
        // 45 jam = 5 full days of 8 h + 5 h.
        #expect(cal.due(45, .hours, from: "2026-11-23", "08:00") == "2026-11-30 13:00")
    }

    @Test func startsOutsideOfficeHoursMoveToNextOpening() {
        #expect(cal.due(30, .minutes, from: "2026-11-23", "06:10") == "2026-11-23 08:30")
        #expect(cal.due(30, .minutes, from: "2026-11-23", "19:00") == "2026-11-24 08:30")
        #expect(cal.due(30, .minutes, from: "2026-11-28", "10:00") == "2026-11-30 08:30")  // Saturday
        // Day 0 is the day of the moved start: Saturday → Monday is day 0.
        #expect(cal.due(1, .workdays, from: "2026-11-28", "10:00") == "2026-12-01 16:00")
        #expect(cal.due(1, .days, from: "2026-11-28", "10:00") == "2026-12-01 16:00")
        // Friday after closing: day 0 is Monday.
        #expect(cal.due(1, .workdays, from: "2026-11-27", "16:30") == "2026-12-01 16:00")
        // Exactly at closing still belongs to that day.
        #expect(cal.due(1, .workdays, from: "2026-11-27", "16:00") == "2026-11-30 16:00")
        #expect(cal.due(1, .hours, from: "2026-11-27", "16:00") == "2026-11-30 09:00")
    }

    @Test func workdaysSkipWeekends() {
        #expect(cal.due(1, .workdays, from: "2026-11-23", "09:00") == "2026-11-24 16:00")
        #expect(cal.due(5, .workdays, from: "2026-11-23", "09:00") == "2026-11-30 16:00")
        #expect(cal.due(10, .workdays, from: "2026-11-27", "15:59") == "2026-12-11 16:00")
    }

    @Test func daysAndWeeksAreCalendarDays() {
        #expect(cal.due(3, .days, from: "2026-11-23", "09:00") == "2026-11-26 16:00")
        // Lands on Saturday → next working day's closing.
        #expect(cal.due(5, .days, from: "2026-11-23", "09:00") == "2026-11-30 16:00")
        #expect(cal.due(1, .weeks, from: "2026-11-23", "09:00") == "2026-11-30 16:00")
        #expect(cal.due(2, .weeks, from: "2026-11-27", "09:00") == "2026-12-11 16:00")
    }

    @Test func monthsAndYears() {
        // 31 January + 1 bulan = 28 February 2026 (a Saturday) → Monday 2 March.
        #expect(cal.due(1, .months, from: "2026-01-30", "09:00") == "2026-03-02 16:00")
        let cal2028 = WorkingCalendar.standard(timeZone: Fixtures.wita)
        // 2027-01-29 is a Friday; 29 Feb 2027 does not exist → 28 Feb (Sunday) → 1 March.
        #expect(cal2028.due(1, .months, from: "2027-01-29", "09:00") == "2027-03-01 16:00")
        // 31 January 2028 (Monday) + 1 bulan = 29 February 2028 (Tuesday, leap year).
        #expect(cal2028.due(1, .months, from: "2028-01-31", "09:00") == "2028-02-29 16:00")
        #expect(cal.due(3, .months, from: "2026-11-23", "09:00") == "2027-02-23 16:00")
        #expect(cal.due(1, .years, from: "2026-11-23", "09:00") == "2027-11-23 16:00")
        // 29 Feb 2028 + 1 tahun = 28 Feb 2029 (Wednesday).
        #expect(cal2028.due(1, .years, from: "2028-02-29", "09:00") == "2029-02-28 16:00")
    }

    @Test func thirtyFirstOfJanuaryPlusOneMonth() {
        // 2029-01-31 is a Wednesday; 28 Feb 2029 is a Wednesday.
        #expect(cal.due(1, .months, from: "2029-01-31", "10:00") == "2029-02-28 16:00")
    }

    @Test func yearEndWithHolidays() {
        // 24 Dec (cuti bersama, Thursday), 25 Dec (Natal, Friday), weekend → Monday 28 Dec.
        #expect(cal2026.due(1, .workdays, from: "2026-12-23", "10:00") == "2026-12-28 16:00")
        #expect(cal2026.due(3, .workdays, from: "2026-12-23", "10:00") == "2026-12-30 16:00")
        // Crossing the year: 2027 has no holidays loaded here; 31 Dec (Thursday) + 2 HK.
        #expect(cal2026.due(2, .workdays, from: "2026-12-31", "10:00") == "2027-01-04 16:00")
        #expect(cal2026.due(1, .days, from: "2026-12-23", "10:00") == "2026-12-28 16:00")
        #expect(cal2026.due(4, .hours, from: "2026-12-23", "14:00") == "2026-12-28 10:00")
    }

    @Test func idulFitri2026CutiBersamaWeek() {
        // 18 Mar cuti Nyepi (Wed), 19 Nyepi (Thu), 20 cuti Idul Fitri (Fri), 21-22 Idul Fitri
        // (weekend), 23-24 cuti bersama (Mon, Tue). Working again on Wednesday 25 March.
        #expect(cal2026.isWorkingDay(LocalDate(iso: "2026-03-17")!))
        for iso in ["2026-03-18", "2026-03-19", "2026-03-20", "2026-03-23", "2026-03-24"] {
            #expect(!cal2026.isWorkingDay(LocalDate(iso: iso)!), "\(iso)")
        }
        #expect(cal2026.due(1, .workdays, from: "2026-03-17", "09:00") == "2026-03-25 16:00")
        #expect(cal2026.due(3, .workdays, from: "2026-03-16", "09:00") == "2026-03-26 16:00")
        #expect(cal2026.due(2, .hours, from: "2026-03-17", "15:00") == "2026-03-25 09:00")
        #expect(cal2026.due(3, .days, from: "2026-03-17", "09:00") == "2026-03-25 16:00")
        // Started during the holiday: day 0 is Wednesday 25 March.
        #expect(cal2026.due(1, .workdays, from: "2026-03-20", "09:00") == "2026-03-26 16:00")
        #expect(cal2026.due(30, .minutes, from: "2026-03-23", "09:00") == "2026-03-25 08:30")
    }

    @Test func breaks() {
        var cal = WorkingCalendar.standard(timeZone: Fixtures.wita)
        cal.hours[1] = OfficeHours("08:00", "16:00", break: ("12:00", "13:00"))
        cal.hours[5] = OfficeHours("08:00", "11:00")  // short Friday
        #expect(cal.due(90, .minutes, from: "2026-11-23", "11:30") == "2026-11-23 14:00")
        // Ends exactly at the break start: stays at 12:00.
        #expect(cal.due(60, .minutes, from: "2026-11-23", "11:00") == "2026-11-23 12:00")
        // Start inside the break moves to the break end.
        #expect(cal.due(30, .minutes, from: "2026-11-23", "12:20") == "2026-11-23 13:30")
        // Friday closes at 11:00.
        #expect(cal.due(2, .hours, from: "2026-11-27", "10:00") == "2026-11-30 09:00")
        #expect(cal.due(1, .workdays, from: "2026-11-26", "10:00") == "2026-11-27 11:00")
        // Whole-day fast path respects the break: Monday has 7 h.
        #expect(cal.due(15, .hours, from: "2026-11-23", "08:00") == "2026-11-24 16:00")
    }

    @Test func zeroAmounts() {
        #expect(cal.due(0, .minutes, from: "2026-11-23", "10:07") == "2026-11-23 10:07")
        #expect(cal.due(0, .minutes, from: "2026-11-28", "10:00") == "2026-11-30 08:00")
        #expect(cal.due(0, .workdays, from: "2026-11-23", "10:00") == "2026-11-23 16:00")
        #expect(cal.due(0, .days, from: "2026-11-23", "10:00") == "2026-11-23 16:00")
        #expect(cal.due(-3, .days, from: "2026-11-23", "10:00") == "2026-11-23 16:00")
    }

    @Test func extensionCountsFromTheCurrentDeadline() {
        // 10 HK + 7 HK from Monday 23 Nov 09:00: base ends Monday 7 Dec 16:00; the extension
        // counts 7 working days from that Monday (closing belongs to its day).
        let start = cal.at("2026-11-23", "09:00")
        let base = DeadlineCalculator.deadline(adding: TimeAmount(10, .workdays), to: start, in: cal)
        #expect(cal.show(base) == "2026-12-07 16:00")
        let extended = DeadlineCalculator.deadline(extending: base, by: TimeAmount(7, .workdays), in: cal)
        #expect(cal.show(extended) == "2026-12-16 16:00")
        let direct = DeadlineCalculator.deadline(adding: TimeAmount(17, .workdays), to: start, in: cal)
        #expect(extended == direct)
        // Hours extension from a closing-time deadline continues next morning.
        let h = DeadlineCalculator.deadline(extending: base, by: TimeAmount(1, .hours), in: cal)
        #expect(cal.show(h) == "2026-12-08 09:00")
    }

    @Test func deadlineForReadings() {
        let start = cal.at("2026-11-23", "09:00")
        let reading = TimeLimitReading.extended(base: TimeAmount(10, .workdays), extension: TimeAmount(7, .workdays))
        #expect(DeadlineCalculator.deadline(for: reading, from: start, in: cal).map(cal.show) == "2026-12-07 16:00")
        let choice = TimeLimitReading.choice([
            TimeLimitOption(amount: TimeAmount(3, .workdays), condition: "a"),
            TimeLimitOption(amount: TimeAmount(7, .workdays), condition: "b"),
        ])
        #expect(DeadlineCalculator.deadline(for: choice, from: start, in: cal) == nil)
        #expect(
            DeadlineCalculator.deadline(for: choice, choiceIndex: 1, from: start, in: cal).map(cal.show)
                == "2026-12-02 16:00")
        #expect(DeadlineCalculator.deadline(for: .open(reason: nil), from: start, in: cal) == nil)
    }

    @Test func localHolidaysAdded() {
        var cal = WorkingCalendar.standard(timeZone: Fixtures.wita)
        cal.add([Holiday(date: LocalDate(iso: "2026-11-24")!, kind: .lokal, name: "Galungan")])
        #expect(cal.due(1, .workdays, from: "2026-11-23", "09:00") == "2026-11-25 16:00")
    }
}

@Suite struct DaylightSavingTests {
    @Test(arguments: ["Europe/Berlin", "America/New_York"])
    func civilRoundTripAcrossDST(zone: String) {
        let cal = WorkingCalendar.standard(timeZone: TimeZone(identifier: zone)!)
        var t = Date(timeIntervalSince1970: 1_772_000_000)  // early 2026
        for _ in 0..<2_000 {
            let (d, s) = cal.civil(t)
            let back = cal.instant(d, second: s)
            // Always the same civil time; the same instant except in the fall-back hour,
            // where the civil time exists twice.
            #expect(cal.civil(back) == (d, s))
            if abs(back.timeIntervalSince(t)) >= 1 {
                #expect(abs(back.timeIntervalSince(t)).rounded(.down) == 3600)
            }
            t += 3 * 3600 + 17
        }
    }

    @Test func berlinSpringForward() {
        // 2026-03-29 (Sunday) 02:00 CET → 03:00 CEST. Friday 27 March + 1 hari kerja = Monday,
        // closing 16:00 CEST, which is 14:00 UTC (it would be 15:00 UTC with the old offset).
        let cal = WorkingCalendar.standard(timeZone: TimeZone(identifier: "Europe/Berlin")!)
        let start = cal.at("2026-03-27", "10:00")
        #expect(start.timeIntervalSince1970 == 1_774_602_000)  // 09:00 UTC
        let due = DeadlineCalculator.deadline(adding: TimeAmount(1, .workdays), to: start, in: cal)
        #expect(cal.show(due) == "2026-03-30 16:00")
        #expect(due.timeIntervalSince1970 == 1_774_879_200)  // 2026-03-30 14:00 UTC
        // Business hours across the change: Friday 15:00 + 2 jam = Monday 09:00 local.
        #expect(cal.due(2, .hours, from: "2026-03-27", "15:00") == "2026-03-30 09:00")
        // The nonexistent 02:30 is pushed forward to 03:30.
        #expect(cal.show(cal.at("2026-03-29", "02:30")) == "2026-03-29 03:30")
    }

    @Test func newYorkFallBack() {
        // 2026-11-01 (Sunday) 02:00 EDT → 01:00 EST. Friday 30 Oct + 1 hari kerja = Monday
        // 2 Nov 16:00 EST = 21:00 UTC.
        let cal = WorkingCalendar.standard(timeZone: TimeZone(identifier: "America/New_York")!)
        let due = DeadlineCalculator.deadline(
            adding: TimeAmount(1, .workdays), to: cal.at("2026-10-30", "10:00"), in: cal)
        #expect(due.timeIntervalSince1970 == 1_793_653_200)
        #expect(cal.due(1, .days, from: "2026-10-30", "10:00") == "2026-11-02 16:00")
        #expect(cal.due(9, .hours, from: "2026-10-30", "08:00") == "2026-11-02 09:00")
    }
}
