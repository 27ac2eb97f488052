import Foundation

/// Row 0: the agency and Bagian on the left; the user, role and the agency's local time on the right.
enum TopBar {
    static func draw(_ state: AppState, into screen: inout Screen, now: Date) {
        screen.fill(row: 0, style: .bar)
        let zone = state.currentAgency.map { state.catalog.agencies[$0].timeZone } ?? .current
        // The clock is never cut; the user and role take what is left of the right side, at least
        // 20 columns stay for the place on the left.
        let clock = ClockText.format(now, zone: zone) + " "
        let clockWidth = min(DisplayWidth.of(clock), screen.width)
        let user = "\(state.operatorName) (\(state.role))  "
        let userWidth = max(0, min(DisplayWidth.of(user), screen.width - 20 - clockWidth))
        let rightWidth = clockWidth + userWidth
        screen.put(clock, row: 0, column: screen.width - clockWidth, limit: clockWidth, style: .bar, ellipsis: true)
        if userWidth > 2 {
            screen.put(user, row: 0, column: screen.width - rightWidth, limit: userWidth, style: .bar, ellipsis: true)
        }
        // The agency by name, or by code when the name and the Bagian do not both fit.
        let room = max(0, screen.width - rightWidth - 1)
        let separator = screen.glyphs.separator
        var place = " Loket" + separator + "Katalog Standar Pelayanan"
        if DisplayWidth.of(place) > room { place = " Loket" + separator + "Katalog" }
        if let agencyIndex = state.top.agencyIndex {
            let agency = state.catalog.agencies[agencyIndex]
            let unit = state.top.unitIndex.map { separator + agency.units[$0].name } ?? ""
            place = " " + agency.name + unit
            if DisplayWidth.of(place) > room { place = " " + agency.code + unit }
        }
        screen.put(place, row: 0, column: 0, limit: room, style: .bar, ellipsis: true)
    }
}

/// The local date and time of an agency: `Sen 23 Nov 2026 17:40 WITA`.
public enum ClockText {
    static let days = ["Min", "Sen", "Sel", "Rab", "Kam", "Jum", "Sab"]
    static let months = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]

    public static func format(_ date: Date, zone: TimeZone) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .weekday], from: date)
        let day = days[((c.weekday ?? 1) - 1) % 7]
        let month = months[((c.month ?? 1) - 1) % 12]
        let time = String(format: "%02d:%02d", c.hour ?? 0, c.minute ?? 0)
        return "\(day) \(c.day ?? 1) \(month) \(c.year ?? 0) \(time) \(abbreviation(zone, date))"
    }

    /// WIB, WITA, WIT for Indonesia's zones; the system's abbreviation otherwise.
    static func abbreviation(_ zone: TimeZone, _ date: Date) -> String {
        switch zone.identifier {
        case "Asia/Jakarta", "Asia/Pontianak": "WIB"
        case "Asia/Makassar", "Asia/Ujung_Pandang": "WITA"
        case "Asia/Jayapura": "WIT"
        default: zone.abbreviation(for: date) ?? zone.identifier
        }
    }
}
