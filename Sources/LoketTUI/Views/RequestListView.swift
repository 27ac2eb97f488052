import Foundation

/// The requests list: filters on the title row, two lines a request.
enum RequestListView {
    static func draw(_ state: AppState, _ list: RequestListScreen, into screen: inout Screen) {
        var filters = [
            RequestListScreen.scopeWords(list.query.scope), RequestListScreen.focusWords(list.query.focus),
        ]
        if let status = list.query.status { filters.append(status.label) }
        if !list.query.text.isEmpty { filters.append("cari \"\(list.query.text)\"") }
        let count = list.rows.isEmpty ? nil : "\(list.rows.count)\(list.hasMore ? "+" : "")"
        CatalogListView.title("Permohonan: " + filters.joined(separator: ", "), right: count, into: &screen)
        // Two lines a request, so that nothing needs cutting at 80 columns: the number (never
        // cut), the pemohon and the words of its state (coloured, never colour alone); below, the
        // service, the deadline and the status. The selected one has the bar at the left edge: a
        // cursor move rewrites four short runs.
        let wordsColumn = screen.width - 1 - wordsWidth
        let numberWidth = max(17, list.rows.map { DisplayWidth.of($0.number) }.max() ?? 0)
        screen.put("Nomor, pemohon / layanan, tenggat", row: 2, column: 3, style: Style([.underline], role: .muted))
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
                let line = 3 + 2 * (index - list.cursor.top)
                let zone = list.calendars[row.agencyID]?.timeZone ?? .current
                let (words, urgency) = RequestListScreen.condition(
                    row, calendar: list.calendars[row.agencyID], now: state.now)
                if index == list.cursor.selected {
                    screen.put(" > ", row: line, column: 0, style: .selection)
                    screen.put("   ", row: line + 1, column: 0, style: .selection)
                }
                let used = screen.put(row.number, row: line, column: 3)
                let nameColumn = 3 + max(used, numberWidth) + 1
                screen.put(
                    Sanitizer.clean(row.applicantName), row: line, column: nameColumn,
                    limit: wordsColumn - nameColumn - 1, ellipsis: true)
                let wordStyle: Style =
                    urgency?.isAlarming == true ? .warning : (urgency?.isPressing == true ? .accent : .muted)
                screen.put(words, row: line, column: wordsColumn, limit: wordsWidth, style: wordStyle, ellipsis: true)
                var below = Sanitizer.clean(row.serviceName)
                if let deadline = row.deadline { below += " · tenggat " + shortDeadline(deadline, zone: zone) }
                screen.put(below, row: line + 1, column: 5, limit: wordsColumn - 6, style: .muted, ellipsis: true)
                let state =
                    row.status.isClockRunning
                    ? row.status.shortLabel + (row.assignee.map { " · \($0)" } ?? "")
                    : row.assignee.map { "petugas \($0)" } ?? ""
                screen.put(state, row: line + 1, column: wordsColumn, limit: wordsWidth, style: .muted, ellipsis: true)
            }
        }
        // The find line.
        if let finding = list.finding {
            let findRow = screen.height - 2
            screen.put("Cari (nomor, nama, NIK, telepon): ", row: findRow, column: 1, style: .heading)
            let used = screen.put(finding, row: findRow, column: 35, limit: screen.width - 37)
            screen.put("_", row: findRow, column: 35 + used, style: Style([.reverse], role: .accent))
        }
    }

    static let wordsWidth = 24

    /// `3 Des 16:00`.
    static func shortDeadline(_ date: Date, zone: TimeZone) -> String {
        let text = DateText.short(date, zone: zone)
        return String(text.drop { $0 != " " }.dropFirst())
    }
}
