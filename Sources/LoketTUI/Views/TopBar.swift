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
        let user = "\(state.operatorName) (\(state.role.rawValue))  "
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
        switch state.top {
        case .requests, .request, .saved: place = " Loket" + separator + "Permohonan"
        case .board: place = " Loket" + separator + "Papan pengawasan"
        case .report: place = " Loket" + separator + "Laporan bulanan"
        default: break
        }
        if let agencyIndex = state.top.agencyIndex {
            let agency = state.catalog.agencies[agencyIndex]
            let unit = state.top.unitIndex.map { separator + agency.units[$0].name } ?? ""
            place = " " + agency.name + unit
            if DisplayWidth.of(place) > room { place = " " + agency.code + unit }
        }
        screen.put(place, row: 0, column: 0, limit: room, style: .bar, ellipsis: true)
    }
}

/// The local date and time of an agency: `Sen 23 Nov 2026 17:40 WITA` (``LoketPresentation/DateText``).
public enum ClockText {
    public static func format(_ date: Date, zone: TimeZone) -> String { DateText.clock(date, zone: zone) }
}
