/// What changed between two frames: runs of cells on one row with one style. The backend
/// writes only these; ``ANSIFrameWriter`` turns them into the bytes a terminal would receive,
/// so the cost of a keystroke can be measured without a terminal.
public struct FrameRun: Hashable, Sendable {
    public var row: Int
    public var column: Int
    public var style: Style
    /// The cells of the run (continuation cells of wide characters excluded).
    public var cells: [Cell]

    public var text: String { String(cells.map(\.character)) }
}

public enum FrameDiff {
    /// The runs that turn `previous` into `next`; every cell when there is no previous frame or
    /// the sizes differ. Runs bridge unchanged gaps of up to 3 cells of the same style (cheaper
    /// than a cursor move).
    public static func runs(from previous: Screen?, to next: Screen) -> [FrameRun] {
        let full = previous == nil || previous!.width != next.width || previous!.height != next.height
        var runs: [FrameRun] = []
        let width = next.width
        for row in 0..<next.height {
            var current: FrameRun?
            var pendingGap: [Cell] = []
            let base = row * width
            for column in 0..<width {
                let cell = next.cells[base + column]
                let changed = full || previous!.cells[base + column] != cell
                // A wide character whose continuation changed: redraw from its first cell.
                if cell.isContinuation {
                    if changed, current == nil, column > 0 {
                        let lead = next.cells[base + column - 1]
                        current = FrameRun(row: row, column: column - 1, style: lead.style, cells: [lead])
                    }
                    continue
                }
                if changed {
                    if var run = current, run.style == cell.style {
                        run.cells += pendingGap
                        run.cells.append(cell)
                        current = run
                    } else {
                        if let run = current { runs.append(run) }
                        current = FrameRun(row: row, column: column, style: cell.style, cells: [cell])
                    }
                    pendingGap = []
                } else if let run = current {
                    if cell.style == run.style, pendingGap.count < 3 {
                        pendingGap.append(cell)
                    } else {
                        runs.append(run)
                        current = nil
                        pendingGap = []
                    }
                }
            }
            if let run = current { runs.append(run) }
        }
        return runs
    }
}

/// Renders runs as ANSI/VT100 output (cursor position, SGR attributes, UTF-8 text): an
/// estimate of the bytes a keystroke sends over the wire.
public enum ANSIFrameWriter {
    public static func bytes(_ runs: [FrameRun]) -> [UInt8] {
        var out: [UInt8] = []
        var style: Style?
        var cursor: (row: Int, column: Int)?
        for run in runs {
            if cursor == nil || cursor!.row != run.row || cursor!.column != run.column {
                out += Array("\u{1B}[\(run.row + 1);\(run.column + 1)H".utf8)
            }
            if style != run.style {
                out += Array(sgr(run.style).utf8)
                style = run.style
            }
            var width = 0
            for cell in run.cells {
                out += Array(String(cell.character).utf8)
                width += Int(max(1, cell.width))
            }
            cursor = (run.row, run.column + width)
        }
        return out
    }

    static func sgr(_ style: Style) -> String {
        var codes = ["0"]
        if style.attributes.contains(.bold) { codes.append("1") }
        if style.attributes.contains(.dim) { codes.append("2") }
        if style.attributes.contains(.underline) { codes.append("4") }
        if style.attributes.contains(.reverse) { codes.append("7") }
        return "\u{1B}[" + codes.joined(separator: ";") + "m"
    }
}
