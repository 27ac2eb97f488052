import Foundation
import LoketCore

/// The board: totals and the last change on the title row; a heading per Bagian with its
/// counts; a line per request: number, how late (or how long left), pemohon and service.
enum BoardView {
    static func draw(_ state: AppState, _ board: BoardScreen, into screen: inout Screen) {
        let page = board.page
        var title = "Papan pengawasan"
        if let page {
            title += ": \(page.overdueTotal) terlambat, \(page.dueSoonTotal) segera jatuh tempo"
        }
        let zone = page?.calendars.values.first?.timeZone ?? .current
        let changed = board.changedAt.map { "berubah " + DateText.timeOfDay($0, zone: zone) }
        CatalogListView.title(title, right: changed, into: &screen)
        let wordsColumn = 3 + numberWidth(page) + 2
        let textColumn = wordsColumn + wordsWidth + 1
        screen.put("Nomor", row: 2, column: 3, style: Style([.underline], role: .muted))
        screen.put("Keadaan", row: 2, column: wordsColumn, style: Style([.underline], role: .muted))
        screen.put("Pemohon — layanan", row: 2, column: textColumn, style: Style([.underline], role: .muted))
        let visible = BoardScreen.visibleLines(state)
        if let failure = board.failure {
            screen.put(
                failure, row: screen.height - 2, column: 1, limit: screen.width - 2, style: .warning, ellipsis: true)
        } else if let page, page.isCut {
            let note = "Tampil \(page.rows.count) yang paling mendesak; semuanya: F4, lalu f (terlambat)."
            screen.put(note, row: screen.height - 2, column: 1, limit: screen.width - 2, style: .muted, ellipsis: true)
        }
        guard let page else {
            screen.put("Memuat...", row: 3, column: 3, style: .muted)
            return
        }
        if page.rows.isEmpty {
            screen.put(
                "Tidak ada permohonan yang terlambat atau jatuh tempo dalam 1 hari kerja.", row: 3, column: 3,
                limit: screen.width - 4, style: .muted, ellipsis: true)
            return
        }
        let end = min(board.lines.count, board.cursor.top + visible)
        guard board.cursor.top < end else { return }
        for index in board.cursor.top..<end {
            let line = 3 + index - board.cursor.top
            switch board.lines[index] {
            case .unit(let tallyIndex):
                guard let tally = page.tallies[safe: tallyIndex] else { continue }
                screen.put(
                    heading(tally), row: line, column: 1, limit: screen.width - 2, style: .heading, ellipsis: true)
            case .request(let rowIndex):
                guard let row = page.rows[safe: rowIndex] else { continue }
                if index == board.cursor.selected { screen.put(" > ", row: line, column: 0, style: .selection) }
                screen.put(row.number, row: line, column: 3)
                let (words, alarming) = condition(row, calendar: page.calendars[row.agencyID], now: state.now)
                screen.put(
                    words, row: line, column: wordsColumn, limit: wordsWidth, style: alarming ? .warning : .accent,
                    ellipsis: true)
                var text = Sanitizer.clean(row.applicantName) + " — " + Sanitizer.clean(row.serviceName)
                if let assignee = row.assignee { text += " [\(Sanitizer.clean(assignee))]" }
                screen.put(text, row: line, column: textColumn, limit: screen.width - textColumn - 1, ellipsis: true)
            }
        }
    }

    /// `Bagian Umum (DPS) — 3 terlambat, 1 segera`.
    static func heading(_ tally: BoardTally) -> String {
        var counts: [String] = []
        if tally.overdue > 0 { counts.append("\(tally.overdue) terlambat") }
        if tally.dueSoon > 0 { counts.append("\(tally.dueSoon) segera") }
        return Sanitizer.clean(tally.unitName) + " (\(Sanitizer.clean(tally.agencyCode))) — "
            + counts.joined(separator: ", ")
    }

    /// How late (`terlambat 2 hari kerja`) or how long left (`sisa 3 jam kerja`), worked out at
    /// `now`; true when late.
    static func condition(_ row: RequestRow, calendar: WorkingCalendar?, now: Date) -> (String, Bool) {
        guard let deadline = row.deadline, let calendar else { return (row.status.shortLabel, false) }
        if now > deadline {
            let lateness = Lateness.of(deadline: deadline, now: now, in: calendar) ?? .hours(0)
            return (lateness == .hours(0) ? "terlambat <1 jam kerja" : "terlambat \(lateness)", true)
        }
        return (Urgency.timeLeft(deadline: deadline, now: now, calendar: calendar) ?? "jatuh tempo", false)
    }

    /// Numbers are never cut.
    static func numberWidth(_ page: BoardPage?) -> Int {
        max(17, page?.rows.map { DisplayWidth.of($0.number) }.max() ?? 0)
    }

    static let wordsWidth = 25
}
