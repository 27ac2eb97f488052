/// The last row: the keys that work here.
enum BottomBar {
    static func draw(_ hints: [KeyHint], into screen: inout Screen) {
        let row = screen.height - 1
        screen.fill(row: row, style: .bar)
        var column = 1
        for hint in hints {
            let keyWidth = DisplayWidth.of(hint.keys)
            let labelWidth = DisplayWidth.of(hint.label)
            if column + keyWidth + 1 + labelWidth > screen.width - 1 { break }
            column += screen.put(hint.keys, row: row, column: column, style: Style([.reverse, .bold], role: .bar))
            column += 1
            column += screen.put(hint.label, row: row, column: column, style: .bar)
            column += 2
        }
    }
}
