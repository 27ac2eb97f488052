/// A plain-text table fitted to a width by display columns: the command line's lists. Columns
/// marked `whole` (request numbers) are never cut; the flexible ones share what is left and are
/// cut with `…`.
public struct TextTable {
    public struct Column: Sendable {
        public var title: String
        /// Never cut: as wide as its widest cell.
        public var whole: Bool
        /// A fixed width (cut when longer); nil with `whole` false: flexible.
        public var width: Int?
        /// Share of the leftover width among flexible columns.
        public var weight: Int

        public static func whole(_ title: String) -> Column { Column(title: title, whole: true, width: nil, weight: 0) }
        public static func fixed(_ title: String, _ width: Int) -> Column {
            Column(title: title, whole: false, width: width, weight: 0)
        }
        public static func flexible(_ title: String, weight: Int = 1) -> Column {
            Column(title: title, whole: false, width: nil, weight: weight)
        }
    }

    public var columns: [Column]

    public init(_ columns: [Column]) { self.columns = columns }

    /// The header and the rows, each line at most `width` columns (unless whole cells alone
    /// are wider). Columns are separated by one space; the last column is not padded.
    public func lines(_ rows: [[String]], width: Int, header: Bool = true) -> [String] {
        let all = (header ? [columns.map(\.title)] : []) + rows
        var widths = columns.indices.map { index -> Int in
            let column = columns[index]
            if column.whole { return all.map { DisplayWidth.of($0[safe: index] ?? "") }.max() ?? 0 }
            return column.width ?? 0
        }
        let flexible = columns.indices.filter { !columns[$0].whole && columns[$0].width == nil }
        let used = widths.reduce(0, +) + max(0, columns.count - 1)
        let left = max(flexible.count * 6, width - used)
        let weights = flexible.map { max(1, columns[$0].weight) }.reduce(0, +)
        var given = 0
        for (n, index) in flexible.enumerated() {
            let share = n == flexible.count - 1 ? left - given : left * max(1, columns[index].weight) / max(1, weights)
            widths[index] = share
            given += share
        }
        return all.map { cells in
            var line = ""
            for index in columns.indices {
                let cell = cells[safe: index] ?? ""
                let last = index == columns.count - 1
                let fitted = columns[index].whole ? cell : Self.cut(cell, widths[index])
                line += last ? fitted : DisplayWidth.pad(fitted, widths[index], cut: false) + " "
            }
            while line.last == " " { line.removeLast() }
            return line
        }
    }

    /// `text` cut to `columns`, ending in `…` when something was cut.
    public static func cut(_ text: String, _ columns: Int) -> String {
        guard DisplayWidth.of(text) > columns else { return text }
        guard columns > 1 else { return String(repeating: "…", count: max(0, columns)) }
        return DisplayWidth.prefix(text, columns: columns - 1) + "…"
    }
}

extension Array {
    /// The element at `index`, nil outside the array.
    public subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
