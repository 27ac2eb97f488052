/// The card screen: the service name on the title row, the laid-out card below, scrolled.
enum CardView {
    static func draw(_ state: AppState, _ card: CardScreen, into screen: inout Screen) {
        let service = state.catalog.service(at: card.path)
        let rows = state.cardRows
        let total = card.lines.count
        var position: String?
        if total > rows {
            let last = min(total, card.scroll + rows)
            position = "baris \(card.scroll + 1)-\(last) dari \(total)"
        }
        CatalogListView.title("Kartu: \(service.name)", right: position, into: &screen)
        if let failure = card.failure {
            screen.put(failure, row: 3, column: 2, style: .warning)
            return
        }
        guard card.card != nil else {
            screen.put("Memuat kartu layanan...", row: 3, column: 2, style: .muted)
            return
        }
        var lines = card.lines
        if card.layoutWidth != screen.width, let data = card.card {
            lines = CardLayout.lines(data, width: screen.width)  // not laid out for this width yet
        }
        let end = min(lines.count, card.scroll + rows)
        guard card.scroll < end else { return }
        for index in card.scroll..<end {
            let row = 2 + index - card.scroll
            for segment in lines[index].segments {
                if segment.isRule {
                    if segment.text == "|" {
                        screen.put(
                            String(screen.glyphs.vertical), row: row, column: segment.column, style: segment.style)
                    } else {
                        screen.horizontalLine(row: row, column: segment.column, length: DisplayWidth.of(segment.text))
                    }
                } else {
                    screen.put(segment.text, row: row, column: segment.column, style: segment.style)
                }
            }
        }
        // A scroll mark on the right edge when the card is longer than the screen.
        if total > rows {
            let mark = total - rows > 0 ? card.scroll * (rows - 1) / (total - rows) : 0
            screen.put(String(screen.glyphs.vertical), row: 2 + mark, column: screen.width - 1, style: .accent)
        }
    }
}
