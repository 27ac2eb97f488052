import Foundation

/// A calendar month of the monthly report, `2026-11`. A request counts in the month it was
/// received, read in its agency's time zone (README, "The monthly report and the SKM").
public struct ReportMonth: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int

    public init?(year: Int, month: Int) {
        guard (1...12).contains(month), SupportedDates.years.contains(year) else { return nil }
        self.year = year
        self.month = month
    }

    /// `YYYY-MM`, nothing else.
    public init?(parsing text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2,
            parts.allSatisfy({ $0.allSatisfy(\.isASCII) }),
            let year = Int(parts[0]), let month = Int(parts[1])
        else { return nil }
        self.init(year: year, month: month)
    }

    /// The month `date` falls in, in `timeZone`.
    public init(containing date: Date, in timeZone: TimeZone) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month], from: date)
        year = parts.year ?? 1970
        month = parts.month ?? 1
    }

    public var firstDay: LocalDate { LocalDate(year: year, month: month, day: 1)! }

    public var next: ReportMonth {
        month == 12
            ? ReportMonth(uncheckedYear: year + 1, month: 1) : ReportMonth(uncheckedYear: year, month: month + 1)
    }

    public var previous: ReportMonth {
        month == 1
            ? ReportMonth(uncheckedYear: year - 1, month: 12) : ReportMonth(uncheckedYear: year, month: month - 1)
    }

    /// From midnight of the first day to midnight of the next month's first day, in the
    /// calendar's zone: received in the month means `start <= received_at < end`.
    public func interval(in calendar: WorkingCalendar) -> (start: Date, end: Date) {
        (calendar.instant(firstDay, second: 0), calendar.instant(next.firstDay, second: 0))
    }

    /// `2026-11`.
    public var description: String {
        String(year) + "-" + (month < 10 ? "0" : "") + String(month)
    }

    /// `November 2026`.
    public var indonesianName: String {
        Self.monthNames[month - 1] + " " + String(year)
    }

    public static func < (lhs: ReportMonth, rhs: ReportMonth) -> Bool {
        (lhs.year, lhs.month) < (rhs.year, rhs.month)
    }

    private init(uncheckedYear year: Int, month: Int) {
        self.year = year
        self.month = month
    }

    private static let monthNames = [
        "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
        "November", "Desember",
    ]
}
