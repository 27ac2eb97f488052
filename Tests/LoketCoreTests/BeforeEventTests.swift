import Foundation
import Testing

@testable import LoketCore

/// A service tied to an event day (DOMAIN.md, "before an event"): `H-5`.
@Suite struct BeforeEventTests {
    let calendar = WorkingCalendar.standard(timeZone: Fixtures.wita)

    @Test(arguments: [
        ("Disesuaikan dengan waktu (H-5)", 5), ("H-3", 3), ("(H-10)", 10), ("h-1", 1),
    ])
    func hMinusNReadsAsBeforeAnEvent(_ text: String, _ days: Int) {
        let parse = TimeLimitParser.parse(text)
        #expect(parse.reading == .beforeEvent(daysBefore: days), "\(text) → \(parse.reading)")
        #expect(parse.reading.kind == "before_event")
        #expect(parse.reading.longest == nil)
    }

    @Test func aSpacedDashIsNotAnEventDay() {
        // `H - 5` is not written as an event day; it must not become one.
        #expect(TimeLimitParser.parse("H - 5").reading != .beforeEvent(daysBefore: 5))
    }

    @Test func theWordingNamesTheEventAndTheLeadTime() {
        let text = TimeLimitReading.beforeEvent(daysBefore: 5).indonesianSummary
        #expect(text.hasPrefix("sebelum acara (H-5)"))
        #expect(text.contains("5 hari sebelumnya"))
    }

    @Test func theDeadlineIsTheOpeningOfTheEventDay() throws {
        // Thursday 10 December 2026, 08:00 WITA (the standard calendar opens at 08:00).
        let event = try #require(LocalDate(iso: "2026-12-10"))
        let deadline = DeadlineCalculator.deadline(
            for: .beforeEvent(daysBefore: 5), event: event, from: calendar.at("2026-12-01", "10:00"), in: calendar)
        #expect(deadline == calendar.at("2026-12-10", "08:00"))
        // Without an event day there is no deadline.
        #expect(
            DeadlineCalculator.deadline(
                for: .beforeEvent(daysBefore: 5), from: calendar.at("2026-12-01", "10:00"), in: calendar) == nil)
    }

    @Test func anEventOnAClosedDayIsServedByTheLastWorkingDayBefore() throws {
        // Saturday 12 December 2026 → Friday 11 December 16:00; Monday 25 May 2026 is not a holiday
        // in the standard calendar, but a holiday added on it moves the deadline to Friday 22 May.
        let saturday = try #require(LocalDate(iso: "2026-12-12"))
        #expect(DeadlineCalculator.opening(ofEventDay: saturday, in: calendar) == calendar.at("2026-12-11", "16:00"))
        var withHoliday = calendar
        let monday = try #require(LocalDate(iso: "2026-05-25"))
        withHoliday.add([Holiday(date: monday, kind: .lokal, name: "Uji")])
        #expect(DeadlineCalculator.opening(ofEventDay: monday, in: withHoliday) == calendar.at("2026-05-22", "16:00"))
    }

    @Test func loggedLaterThanHMinusNIsLateByCalendarDays() throws {
        let event = try #require(LocalDate(iso: "2026-12-10"))
        // H-5 is 5 December: logged on the 5th is in time (even late in the evening), the 6th is late.
        #expect(
            !DeadlineCalculator.isLate(
                logged: calendar.at("2026-12-05", "23:59"), daysBefore: 5, event: event, in: calendar))
        #expect(
            DeadlineCalculator.isLate(
                logged: calendar.at("2026-12-06", "00:00"), daysBefore: 5, event: event, in: calendar))
    }

    @Test func aRequestNeedsTheEventDayAndOnlyThere() throws {
        let event = try #require(LocalDate(iso: "2026-12-10"))
        #expect(throws: RequestRuleError.eventRequired(daysBefore: 5)) {
            try RequestTimeLimit(reading: .beforeEvent(daysBefore: 5), option: nil)
        }
        #expect(throws: RequestRuleError.eventNotApplicable) {
            try RequestTimeLimit(reading: .duration(TimeAmount(3, .days)), option: nil, event: event)
        }
        let limit = try RequestTimeLimit(reading: .beforeEvent(daysBefore: 5), option: nil, event: event)
        #expect(limit.amount == nil && limit.allowedExtension == nil)
        // The deadline does not depend on when the documents were complete.
        #expect(
            limit.deadline(completeAt: calendar.at("2026-12-02", "09:00"), in: calendar)
                == calendar.at("2026-12-10", "08:00"))
        #expect(
            limit.deadline(completeAt: calendar.at("2026-12-08", "15:00"), in: calendar)
                == calendar.at("2026-12-10", "08:00"))
    }

    @Test func lateRequestsAreAcceptedWithAWarningPastEventsRefused() throws {
        let event = try #require(LocalDate(iso: "2026-12-10"))
        let limit = try RequestTimeLimit(reading: .beforeEvent(daysBefore: 5), option: nil, event: event)
        #expect(try limit.eventWarning(logged: calendar.at("2026-12-04", "10:00"), in: calendar) == nil)
        let warning = try limit.eventWarning(logged: calendar.at("2026-12-08", "10:00"), in: calendar)
        #expect(warning?.contains("lewat dari H-5 (paling lambat 2026-12-05 untuk acara 2026-12-10)") == true)
        // On the event day itself: late but accepted; the day after: refused.
        #expect(try limit.eventWarning(logged: calendar.at("2026-12-10", "07:00"), in: calendar) != nil)
        #expect(throws: RequestRuleError.eventPassed(event)) {
            try limit.eventWarning(logged: calendar.at("2026-12-11", "08:00"), in: calendar)
        }
    }
}

@Suite struct BeforeEventWordingTests {
    @Test(arguments: [
        ("H-5 hari", 5), ("(H-3 hari kerja)", 3), ("paling lambat H-7", 7), ("Disesuaikan dengan waktu (H-5)", 5),
    ])
    func anHMinusNAnywhereTiesTheTextToTheEventDay(_ text: String, _ days: Int) {
        // `H-5 hari` is five days before the event, not five days from intake.
        #expect(TimeLimitParser.parse(text).reading == .beforeEvent(daysBefore: days), "\(text)")
    }

    @Test(arguments: ["H - 5", "H -5 hari", "Hari 5", "JH-5 hari"])
    func notWrittenAsAnEventDay(_ text: String) {
        #expect(TimeLimitParser.parse(text).reading.kind != "before_event", "\(text)")
    }
}
