import Foundation
import LoketCore
import Testing

/// Due soon on the board: within one working day of office time from now.
@Suite("Due soon")
struct DueSoonTests {
    static let wita = TimeZone(identifier: "Asia/Makassar")!

    static func at(_ d: Int, _ h: Int, _ m: Int = 0, month: Int = 3) -> Date {
        WorkingCalendar.standard(timeZone: wita).instant(
            LocalDate(year: 2026, month: month, day: d)!, second: h * 3600 + m * 60)
    }

    let calendar = WorkingCalendar.standard(timeZone: wita)

    @Test("Monday 10:00: up to Tuesday 10:00 (8 office hours)")
    func insideOfficeHours() {
        #expect(DueSoon.horizon(after: Self.at(2, 10), in: calendar) == Self.at(3, 10))
        #expect(DueSoon.isDueSoon(deadline: Self.at(3, 10), now: Self.at(2, 10), in: calendar))
        #expect(!DueSoon.isDueSoon(deadline: Self.at(3, 10, 1), now: Self.at(2, 10), in: calendar))
    }

    @Test("Friday 15:00: across the weekend to Monday 15:00; in the evening: the next closing")
    func weekendAndEvening() {
        #expect(DueSoon.horizon(after: Self.at(6, 15), in: calendar) == Self.at(9, 15))
        #expect(DueSoon.horizon(after: Self.at(2, 19), in: calendar) == Self.at(3, 16))
        #expect(DueSoon.horizon(after: Self.at(7, 11), in: calendar) == Self.at(9, 16))  // Saturday
        #expect(DueSoon.horizon(after: Self.at(2, 6), in: calendar) == Self.at(2, 16))  // before opening
    }

    @Test("A holiday (Nyepi) is skipped, and its length is not a working day's")
    func holiday() {
        var calendar = calendar
        let nyepi = LocalDate(year: 2026, month: 3, day: 19)!
        calendar.add([Holiday(date: nyepi, kind: .nasional, name: "Nyepi")])
        // Wednesday 18th 12:00: 4 hours left that day, Thursday is Nyepi, 4 hours of Friday.
        #expect(DueSoon.horizon(after: Self.at(18, 12), in: calendar) == Self.at(20, 12))
    }

    @Test("A passed deadline is overdue, not due soon")
    func passed() {
        #expect(!DueSoon.isDueSoon(deadline: Self.at(2, 9), now: Self.at(2, 10), in: calendar))
        #expect(DueSoon.isDueSoon(deadline: Self.at(2, 10), now: Self.at(2, 10), in: calendar))
    }
}
