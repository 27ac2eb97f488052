/// The help overlay: a framed box listing the keys of the screen under it.
enum HelpView {
    static func draw(_ state: AppState, into screen: inout Screen) {
        let (title, keys) = KeyHelp.full(state)
        let boxWidth = min(screen.width - 4, 74)
        let available = max(1, screen.height - 8)
        // More keys than rows: two columns.
        let columns = keys.count > available ? 2 : 1
        let perColumn = (keys.count + columns - 1) / columns
        let boxHeight = min(screen.height - 4, perColumn + 4)
        let left = (screen.width - boxWidth) / 2
        let top = 2
        let columnWidth = (boxWidth - 4) / columns
        let keyWidth = min(columns == 1 ? 22 : 13, keys.map { DisplayWidth.of($0.keys) }.max() ?? 0)
        screen.fill(row: 1, height: screen.height - 2, style: .normal)  // nothing of the screen below shows through
        Box.draw(row: top, column: left, width: boxWidth, height: boxHeight, title: title, into: &screen)
        for (index, hint) in keys.enumerated() {
            let column = left + 2 + (index / perColumn) * columnWidth
            let row = top + 2 + index % perColumn
            guard row < top + boxHeight - 2 else { continue }
            screen.put(hint.keys, row: row, column: column, limit: keyWidth, style: .accent)
            screen.put(
                hint.label, row: row, column: column + keyWidth + 2, limit: columnWidth - keyWidth - 3, ellipsis: true)
        }
    }
}

/// A one-line question in a box (quit with unsaved work).
enum ConfirmView {
    static func draw(_ question: String, into screen: inout Screen) {
        let width = min(screen.width - 4, DisplayWidth.of(question) + 4)
        let left = (screen.width - width) / 2
        let top = screen.height / 2 - 2
        Box.draw(row: top, column: left, width: width, height: 3, title: nil, into: &screen)
        screen.put(question, row: top + 1, column: left + 2, limit: width - 4, style: .warning)
    }
}

/// A framed, cleared rectangle.
enum Box {
    static func draw(row: Int, column: Int, width: Int, height: Int, title: String?, into screen: inout Screen) {
        guard width >= 2, height >= 2 else { return }
        let g = screen.glyphs
        screen.fill(row: row, column: column, width: width, height: height, style: .normal)
        let inner = width - 2
        screen.put(
            String(g.topLeft) + String(repeating: g.horizontal, count: inner) + String(g.topRight), row: row,
            column: column, style: .accent)
        screen.put(
            String(g.bottomLeft) + String(repeating: g.horizontal, count: inner) + String(g.bottomRight),
            row: row + height - 1, column: column, style: .accent)
        for r in (row + 1)..<(row + height - 1) {
            screen.put(String(g.vertical), row: r, column: column, style: .accent)
            screen.put(String(g.vertical), row: r, column: column + width - 1, style: .accent)
        }
        if let title {
            screen.put(" \(title) ", row: row, column: column + 2, limit: inner - 2, style: .heading)
        }
    }
}
