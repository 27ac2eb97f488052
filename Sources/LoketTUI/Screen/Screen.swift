import LoketPresentation
/// An in-memory terminal: a grid of cells the views draw into and the backend copies out.
///
/// Every string goes through ``Sanitizer/clean(_:)`` and is clipped to the screen; wide
/// characters take two columns and are never split at the right edge.
public struct Screen: Sendable, Equatable {
    public private(set) var width: Int
    public private(set) var height: Int
    public private(set) var cells: [Cell]
    public var glyphs: Glyphs

    public init(width: Int, height: Int, glyphs: Glyphs = .unicode) {
        self.width = max(0, width)
        self.height = max(0, height)
        self.glyphs = glyphs
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public subscript(row: Int, column: Int) -> Cell {
        get { cells[row * width + column] }
        set { cells[row * width + column] = newValue }
    }

    /// Blanks every cell.
    public mutating func clear() {
        for index in cells.indices { cells[index] = .blank }
    }

    /// The screen as text, one line per row (trailing blanks removed), for tests.
    public var text: String {
        (0..<height).map(line).joined(separator: "\n")
    }

    /// One row as text, trailing blanks removed.
    public func line(_ row: Int) -> String {
        guard row >= 0, row < height else { return "" }
        var out = ""
        let start = row * width
        for index in start..<(start + width) where !cells[index].isContinuation {
            out.append(cells[index].character)
        }
        while out.last == " " { out.removeLast() }
        return out
    }

    /// Fills a rectangle (clipped) with blanks of this style.
    public mutating func fill(
        row: Int, column: Int = 0, width fillWidth: Int? = nil, height fillHeight: Int = 1,
        style: Style
    ) {
        let columns = fillWidth ?? (width - column)
        for r in max(0, row)..<min(height, row + fillHeight) {
            for c in max(0, column)..<min(width, column + columns) {
                self[r, c] = Cell(" ", width: 1, style: style)
            }
        }
    }

    /// Draws `string` at (row, column), clipped to `limit` columns (default: to the right edge).
    /// Returns the number of columns drawn. When the string does not fit and `ellipsis` is set,
    /// its end is replaced by the ellipsis glyph.
    @discardableResult
    public mutating func put(
        _ string: String, row: Int, column: Int, limit: Int? = nil, style: Style = .normal, ellipsis: Bool = false
    ) -> Int {
        guard row >= 0, row < height, column < width else { return 0 }
        let start = max(0, column)
        let end = min(width, limit.map { column + max(0, $0) } ?? width)
        guard end > start else { return 0 }
        let clean = Sanitizer.clean(string)
        let available = end - start
        if ellipsis, DisplayWidth.of(clean) > available {
            let mark = glyphs.asciiOnly ? "..." : glyphs.ellipsis
            let markWidth = DisplayWidth.of(mark)
            if available > markWidth {
                let head = Self.prefix(clean, columns: available - markWidth)
                let drawn = drawClean(head, row: row, start: start, end: end - markWidth, style: style)
                return drawn + drawClean(mark, row: row, start: start + drawn, end: end, style: style)
            }
        }
        return drawClean(clean, row: row, start: start, end: end, style: style)
    }

    /// The longest prefix of `string` that fits in `columns`.
    public static func prefix(_ string: String, columns: Int) -> String {
        DisplayWidth.prefix(string, columns: columns)
    }

    private mutating func drawClean(_ string: String, row: Int, start: Int, end: Int, style: Style) -> Int {
        var column = start
        for var character in string {
            var w = DisplayWidth.of(character)
            if w > 2 || (w > 0 && DisplayWidth.isUnstable(character)) {
                // Not cleaned (the cleaner replaces these): never a cell the terminal would
                // count differently.
                character = Sanitizer.replacement
                w = DisplayWidth.replacementWidth
            }
            if w == 0 { continue }  // a stray mark or an invisible character: nothing to draw
            if column + w > end { break }
            if glyphs.asciiOnly {
                // As many ASCII cells as the columns the layout counted: `??` for a wide one.
                if w == 2 {
                    setCell(row: row, column: column, "?", width: 1, style: style)
                    setCell(row: row, column: column + 1, "?", width: 1, style: style)
                } else {
                    setCell(row: row, column: column, Sanitizer.ascii(character), width: 1, style: style)
                }
            } else {
                setCell(row: row, column: column, character, width: w, style: style)
            }
            column += w
        }
        return column - start
    }

    /// Puts one character (1 or 2 columns) at a cell, blanking the other half of any wide
    /// character it overwrites.
    private mutating func setCell(row: Int, column: Int, _ character: Character, width w: Int, style: Style) {
        let base = row * width
        if cells[base + column].isContinuation, column > 0 {
            cells[base + column - 1] = Cell(" ", width: 1, style: cells[base + column - 1].style)
        }
        if w == 1, column + 1 < width, cells[base + column].width == 2 {
            cells[base + column + 1] = Cell(" ", width: 1, style: cells[base + column + 1].style)
        }
        cells[base + column] = Cell(character, width: UInt8(w), style: style)
        if w == 2 {
            if column + 2 < width, cells[base + column + 1].width == 2 {
                cells[base + column + 2] = Cell(" ", width: 1, style: cells[base + column + 2].style)
            }
            cells[base + column + 1] = Cell(" ", width: 0, style: style)
        }
    }

    /// A horizontal line of the box glyph.
    public mutating func horizontalLine(row: Int, column: Int = 0, length: Int? = nil, style: Style = .muted) {
        let count = length ?? (width - column)
        guard count > 0 else { return }
        put(String(repeating: glyphs.horizontal, count: count), row: row, column: column, limit: count, style: style)
    }
}
