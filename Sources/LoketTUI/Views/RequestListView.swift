import Foundation

/// The requests list: filters on the title row, one request a row, the selected one in full at the bottom.
enum RequestListView {
    static func draw(_ state: AppState, _ list: RequestListScreen, into screen: inout Screen) {
        var filters = [
            RequestListScreen.scopeWords(list.query.scope), RequestListScreen.focusWords(list.query.focus),
        ]
        if let status = list.query.status { filters.append(status.label) }
        if !list.query.text.isEmpty { filters.append("cari \"\(list.query.text)\"") }
        let count = list.rows.isEmpty ? nil : "\(list.rows.count)\(list.hasMore ? "+" : "")"
        CatalogListView.title("Permohonan: " + filters.joined(separator: ", "), right: count, into: &screen)
        // Numbers are never cut; the words of the last column stand apart, coloured (never colour alone).
        let table = TextTable([
            .fixed("Nomor", max(17, list.rows.map { DisplayWidth.of($0.number) }.max() ?? 0)),
            .flexible("Pemohon"), .flexible("Layanan"), .fixed("Tenggat", 12),
        ])
        let wordsColumn = screen.width - 1 - wordsWidth
        let width = wordsColumn - 4
        let header = table.lines([], width: width)[0]
        screen.put(header, row: 2, column: 3, style: Style([.underline], role: .muted))
        screen.put("Keadaan", row: 2, column: wordsColumn, style: Style([.underline], role: .muted))
        let visible = RequestListScreen.visibleRows(state)
        if let failure = list.failure {
            screen.put(failure, row: 3, column: 3, limit: screen.width - 5, style: .warning, ellipsis: true)
        } else if list.rows.isEmpty {
            screen.put(list.isLoading ? "Memuat..." : "(tidak ada permohonan)", row: 3, column: 3, style: .muted)
        }
        let end = min(list.rows.count, list.cursor.top + visible)
        if list.cursor.top < end {
            for index in list.cursor.top..<end {
                let row = list.rows[index]
                let line = 3 + index - list.cursor.top
                let selected = index == list.cursor.selected
                let zone = list.calendars[row.agencyID]?.timeZone ?? .current
                let (words, urgency) = RequestListScreen.condition(
                    row, calendar: list.calendars[row.agencyID], now: state.now)
                let deadline = row.deadline.map { shortDeadline($0, zone: zone) } ?? "-"
                let cells = [row.number, row.applicantName, row.serviceName, deadline]
                let text = table.lines([cells.map(Sanitizer.clean)], width: width, header: false)[0]
                let style: Style = .normal
                if selected { screen.put(" > ", row: line, column: 0, style: .selection) }  // as the catalog lists
                screen.put(text, row: line, column: 3, limit: width, style: style)
                let wordStyle: Style =
                    selected
                    ? style
                    : (urgency?.isAlarming == true ? .warning : (urgency?.isPressing == true ? .accent : .muted))
                screen.put(words, row: line, column: wordsColumn, limit: wordsWidth, style: wordStyle, ellipsis: true)
            }
        }
        // The selected request in full.
        let detailRow = screen.height - 2
        if let finding = list.finding {
            screen.put("Cari (nomor, nama, NIK, telepon): ", row: detailRow, column: 1, style: .heading)
            let used = screen.put(finding, row: detailRow, column: 35, limit: screen.width - 37)
            screen.put("_", row: detailRow, column: 35 + used, style: Style([.reverse], role: .accent))
        } else if let row = list.rows[safe: list.cursor.selected] {
            let zone = list.calendars[row.agencyID]?.timeZone ?? .current
            var text = "\(row.number) · \(row.applicantName) · \(row.serviceName) · \(row.status.label)"
            if let deadline = row.deadline {
                text += " · tenggat \(DateText.short(deadline, zone: zone, now: state.now))"
            }
            if let assignee = row.assignee { text += " · \(assignee)" }
            screen.put(
                Sanitizer.clean(text), row: detailRow, column: 1, limit: screen.width - 2, style: .muted,
                ellipsis: true)
        }
    }

    static let wordsWidth = 22

    /// `3 Des 16:00`.
    static func shortDeadline(_ date: Date, zone: TimeZone) -> String {
        let text = DateText.short(date, zone: zone)
        return String(text.drop { $0 != " " }.dropFirst())
    }
}
