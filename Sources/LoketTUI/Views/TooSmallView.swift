/// Below 80x24: only the message and the current size.
enum TooSmallView {
    static let message = "Terminal terlalu kecil (minimal 80x24)"

    static func draw(width: Int, height: Int, into screen: inout Screen) {
        guard screen.width > 0, screen.height > 0 else { return }
        let lines =
            TextWrap.wrap(message, width: screen.width)
            + TextWrap.wrap("Ukuran sekarang: \(width)x\(height)", width: screen.width)
        let top = max(0, (screen.height - lines.count) / 2)
        for (index, line) in lines.enumerated() where top + index < screen.height {
            let column = max(0, (screen.width - DisplayWidth.of(line)) / 2)
            screen.put(line, row: top + index, column: column, style: index < lines.count - 1 ? .warning : .normal)
        }
    }
}
