import Foundation

/// The years Loket deals with: every date that enters the program (the clock, `LOKET_NOW`, a
/// typed start or holiday, the national calendar) must fall in them. Outside, a date is a typing
/// error or an attack (year 10000 cannot even be stored as an ISO date), never a request's date.
public enum SupportedDates {
    public static let years = 2000...2200

    public static func contains(_ date: LocalDate) -> Bool { years.contains(date.year) }

    /// Whether the instant falls in the supported years, read in UTC (a day either side of the
    /// boundary does not matter; a year 10000 does).
    public static func contains(_ instant: Date) -> Bool {
        let seconds = instant.timeIntervalSince1970
        guard seconds.isFinite, abs(seconds) < 1e12 else { return false }
        let day = Int((seconds / 86_400).rounded(.down))
        return contains(LocalDate(dayNumber: day))
    }

    /// `2000-2200`, for messages.
    public static var text: String { "\(years.lowerBound)-\(years.upperBound)" }
}
