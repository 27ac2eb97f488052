/// Below 80x24: only the message and the current size.
enum TooSmallView {
    static let message = "Terminal terlalu kecil (minimal 80x24)"

    /// `question`: the unsaved-work question, when it is asked (after the size, then Ctrl-C
    /// is the only way out).
    static func draw(width: Int, height: Int, question: String? = nil, into screen: inout Screen) {
        guard screen.width > 0, screen.height > 0 else { return }
        let warning = TextWrap.wrap(message, width: screen.width)
        var lines = warning + TextWrap.wrap("Ukuran sekarang: \(width)x\(height)", width: screen.width)
        let asked = question.map { TextWrap.wrap($0, width: screen.width) } ?? []
        lines += asked
        let top = max(0, (screen.height - lines.count) / 2)
        for (index, line) in lines.enumerated() where top + index < screen.height {
            let column = max(0, (screen.width - DisplayWidth.of(line)) / 2)
            let style: Style = index < warning.count || index >= lines.count - asked.count ? .warning : .normal
            screen.put(line, row: top + index, column: column, style: style)
        }
    }
}
