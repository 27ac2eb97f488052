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
        case "Asia/Makassar": return "WITA"
        case "Asia/Jayapura": return "WIT"
        default: return zone.identifier
        }
    }

    /// ISO 8601 with the zone's offset, e.g. `2026-11-26T16:00:00+08:00` (JSON output).
    public static func iso8601(_ instant: Date, in zone: TimeZone) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = zone
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: instant)
    }
}
