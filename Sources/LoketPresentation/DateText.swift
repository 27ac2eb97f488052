import Foundation
import LoketCore

/// Instants as the counter reads them, in the agency's zone. The zone's abbreviation comes from
/// one table (``LoketCore/IndonesianDateFormat/zoneAbbreviation(_:)``: WIB, WITA, WIT).
public enum DateText {
    static let days = ["Min", "Sen", "Sel", "Rab", "Kam", "Jum", "Sab"]
    static let months = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]

    /// `Kamis, 26 November 2026 16.00 WITA`: receipts, `request show`, reports.
    public static func long(_ date: Date, zone: TimeZone) -> String {
        IndonesianDateFormat.dateTime(date, in: WorkingCalendar.standard(timeZone: zone))
    }

    /// `long(_:zone:)` for an optional instant and a zone name (`-` for none).
    public static func long(_ date: Date?, zoneName: String) -> String {
        guard let date else { return "-" }
        return long(date, zone: zone(zoneName))
    }

    /// `Sen 23 Nov 2026 17:40 WITA`: the top bar's clock.
    public static func clock(_ date: Date, zone: TimeZone) -> String {
        let c = parts(date, zone)
        return "\(days[c.weekday]) \(c.day) \(months[c.month - 1]) \(c.year) \(time(c)) "
            + IndonesianDateFormat.zoneAbbreviation(zone)
    }

    /// `Sen 30 Nov 10:12`: deadline reasoning and list columns (the year when it is not `now`'s).
    public static func short(_ date: Date, zone: TimeZone, now: Date? = nil) -> String {
        let c = parts(date, zone)
        var text = "\(days[c.weekday]) \(c.day) \(months[c.month - 1])"
        if let now, parts(now, zone).year != c.year { text += " \(c.year)" }
        return text + " " + time(c)
    }

    /// `10:42:05`: the time of day to the second (the board's "berubah" time).
    public static func timeOfDay(_ date: Date, zone: TimeZone) -> String {
        let second = WorkingCalendar.civil(date, in: zone).second
        func two(_ n: Int) -> String { (n < 10 ? "0" : "") + "\(n)" }
        return "\(two(second / 3600)):\(two(second / 60 % 60)):\(two(second % 60))"
    }

    /// `Kam 5 Mar`: a civil day in short.
    public static func shortDay(_ day: LocalDate) -> String {
        "\(days[day.weekday % 7]) \(day.day) \(months[day.month - 1])"
    }

    /// The zone of an IANA name; the seed agencies' `Asia/Makassar` when the name is unknown.
    public static func zone(_ name: String) -> TimeZone {
        TimeZone(identifier: name) ?? TimeZone(identifier: "Asia/Makassar") ?? .current
    }

    struct Parts {
        var year: Int
        var month: Int
        var day: Int
        var weekday: Int  // 0 = Minggu
        var hour: Int
        var minute: Int
    }

    static func parts(_ date: Date, _ zone: TimeZone) -> Parts {
        let (day, second) = WorkingCalendar.civil(date, in: zone)
        return Parts(
            year: day.year, month: day.month, day: day.day, weekday: day.weekday % 7, hour: second / 3600,
            minute: second / 60 % 60)
    }

    static func time(_ c: Parts) -> String {
        (c.hour < 10 ? "0" : "") + "\(c.hour):" + (c.minute < 10 ? "0" : "") + "\(c.minute)"
    }
}
