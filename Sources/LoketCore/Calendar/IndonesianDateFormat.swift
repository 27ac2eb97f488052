import Foundation

/// Dates and times as an Indonesian office writes them: `Kamis, 26 November 2026 16.00 WITA`.
public enum IndonesianDateFormat {
    public static let weekdayNames = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
    public static let monthNames = [
        "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
        "November", "Desember",
    ]

    /// `26 November 2026`.
    public static func date(_ d: LocalDate) -> String {
        "\(d.day) \(monthNames[d.month - 1]) \(d.year)"
    }

    /// `Kamis, 26 November 2026`.
    public static func longDate(_ d: LocalDate) -> String {
        "\(weekdayNames[d.weekday - 1]), \(date(d))"
    }

    /// `Kamis, 26 November 2026 16.00 WITA` for an instant, in the calendar's zone.
    public static func dateTime(_ instant: Date, in calendar: WorkingCalendar) -> String {
        let (day, second) = calendar.civil(instant)
        let time = LocalTime(minutes: second / 60)
        return "\(longDate(day)) \(clock(time)) \(zoneAbbreviation(calendar.timeZone))"
    }

    /// `16.00` (the Indonesian way of writing times).
    public static func clock(_ time: LocalTime) -> String {
        let text = time.description
        return text.replacingOccurrences(of: ":", with: ".")
    }

    /// WIB, WITA or WIT for Indonesia's zones, else the zone's name.
    public static func zoneAbbreviation(_ zone: TimeZone) -> String {
        switch zone.identifier {
        case "Asia/Jakarta", "Asia/Pontianak": return "WIB"
        case "Asia/Makassar", "Asia/Ujung_Pandang": return "WITA"
        case "Asia/Jayapura": return "WIT"
        default: return zone.identifier
        }
    }

    /// ISO 8601 with the zone's offset, e.g. `2026-11-26T16:00:00+08:00` (JSON and CSV output);
    /// `Z` for a zero offset, the time to the second: what `ISO8601DateFormatter` with
    /// `.withInternetDateTime` writes, computed by hand (a formatter per call was the cost of an
    /// export).
    public static func iso8601(_ instant: Date, in zone: TimeZone) -> String {
        let offset = zone.secondsFromGMT(for: instant)
        // Milliseconds first (as the formatter does; stored instants have millisecond precision).
        let milliseconds = Int((instant.timeIntervalSince1970 * 1000).rounded())
        let seconds = (milliseconds >= 0 ? milliseconds / 1000 : (milliseconds - 999) / 1000) + offset
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let second = seconds - days * 86_400
        let (year, month, day) = civil(daysSince1970: days)
        var text = ""
        text.reserveCapacity(25)
        text += digits(year, 4) + "-" + digits(month, 2) + "-" + digits(day, 2)
        text += "T" + digits(second / 3600, 2) + ":" + digits(second / 60 % 60, 2) + ":" + digits(second % 60, 2)
        if offset == 0 { return text + "Z" }
        let magnitude = abs(offset)
        text += (offset < 0 ? "-" : "+") + digits(magnitude / 3600, 2) + ":" + digits(magnitude / 60 % 60, 2)
        if magnitude % 60 != 0 { text += ":" + digits(magnitude % 60, 2) }
        return text
    }

    /// Proleptic Gregorian year, month, day of a day count from 1970-01-01 (H. Hinnant's
    /// `civil_from_days`).
    static func civil(daysSince1970 days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// `n` in decimal, zero-padded to `width` digits.
    static func digits(_ n: Int, _ width: Int) -> String {
        let text = String(n)
        return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
    }
}
