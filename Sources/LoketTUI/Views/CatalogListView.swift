/// The three lists of the browser: agencies, Bagian, services.
enum CatalogListView {
    static func agencies(_ state: AppState, _ cursor: ListCursor, into screen: inout Screen) {
        title(
            "Pilih instansi", right: position(cursor, state.catalog.agencies.count, state.listRows), into: &screen)
        header("Instansi", right: "Bagian  Layanan", into: &screen)
        let rows = state.catalog.agencies.map { agency in
            (agency.name, String(agency.units.count).leftPadded(6) + "  " + String(agency.serviceCount).leftPadded(7))
        }
        list(rows, cursor, rightWidth: 15, visible: state.listRows, into: &screen)
    }

    static func units(_ state: AppState, _ agencyIndex: Int, _ cursor: ListCursor, into screen: inout Screen) {
        let agency = state.catalog.agencies[agencyIndex]
        title("Bagian di \(agency.name)", right: position(cursor, agency.units.count, state.listRows), into: &screen)
        header("Bagian", right: "Layanan", into: &screen)
        let rows = agency.units.map { ($0.name, String($0.services.count).leftPadded(7)) }
        list(rows, cursor, rightWidth: 7, visible: state.listRows, into: &screen)
    }

    static func services(
        _ state: AppState, _ agencyIndex: Int, _ unitIndex: Int, _ cursor: ListCursor, into screen: inout Screen
    ) {
        let unit = state.catalog.agencies[agencyIndex].units[unitIndex]
        title("Layanan \(unit.name)", right: position(cursor, unit.services.count, state.listRows), into: &screen)
        let rightWidth = min(28, screen.width / 3)
        header("Layanan", right: "Jangka waktu".padding(rightWidth), into: &screen)
        let rows = unit.services.map { ($0.name, $0.timeLimitRead) }
        list(rows, cursor, rightWidth: rightWidth, visible: state.listRows, into: &screen)
    }

    // MARK: - Pieces shared with search

    static func title(_ text: String, right: String?, into screen: inout Screen) {
        var limit = screen.width - 2
        if let right {
            let width = DisplayWidth.of(right)
            screen.put(right, row: 1, column: screen.width - width - 1, style: .muted)
            limit -= width + 2
        }
        screen.put(text, row: 1, column: 1, limit: limit, style: .heading, ellipsis: true)
    }

    /// `3/20` when the list is longer than the screen.
    static func position(_ cursor: ListCursor, _ count: Int, _ visible: Int) -> String? {
        count > visible ? "\(cursor.selected + 1)/\(count)" : nil
    }

    static func header(_ left: String, right: String, into screen: inout Screen) {
        screen.put(left, row: 2, column: 3, style: Style([.underline], role: .muted))
        let width = DisplayWidth.of(right)
        screen.put(right, row: 2, column: screen.width - width - 2, style: Style([.underline], role: .muted))
    }

    /// Rows from row 3; the selected one marked by a reverse-video bar ` > ` at the left edge.
    /// Decision: the bar, not a whole reversed row, so that a cursor move rewrites two short runs
    /// (under 100 bytes over SSH) instead of two whole rows (about 200).
    static func list(
        _ rows: [(String, String)], _ cursor: ListCursor, rightWidth: Int, visible: Int, into screen: inout Screen
    ) {
        if rows.isEmpty {
            screen.put("(kosong)", row: 3, column: 3, style: .muted)
            return
        }
        let end = min(rows.count, cursor.top + visible)
        guard cursor.top < end else { return }
        for index in cursor.top..<end {
            let row = 3 + index - cursor.top
            let selected = index == cursor.selected
            let style: Style = .normal
            if selected { screen.put(" > ", row: row, column: 0, style: .selection) }
            let rightColumn = screen.width - 2 - rightWidth
            screen.put(rows[index].0, row: row, column: 3, limit: rightColumn - 4, style: style, ellipsis: true)
            screen.put(
                rows[index].1, row: row, column: rightColumn, limit: rightWidth, style: .muted,
                ellipsis: true)
        }
    }
}

extension String {
    func leftPadded(_ width: Int) -> String {
        let w = DisplayWidth.of(self)
        return w >= width ? self : String(repeating: " ", count: width - w) + self
    }

    func padding(_ width: Int) -> String {
        let w = DisplayWidth.of(self)
        return w >= width ? self : self + String(repeating: " ", count: width - w)
    }
}
