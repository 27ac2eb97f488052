import Foundation
import LoketCore
import LoketPresentation

/// The report's body as lines, the same for scrolling (update) and drawing (view): per Bagian its
/// table row, a bar of its on-time share with the words beside it, its services; the total's
/// bar; the SKM per element and the IKM; the legend. The total's table row is pinned above the
/// bottom bar (``ReportView``).
enum ReportLayout {
    struct Line: Sendable, Hashable {
        enum Kind: Sendable, Hashable {
            case text
            /// A bar of the on-time share, `text` beside it.
            case bar(percent: Double?)
        }

        var text: String
        var style: Style = .normal
        var kind: Kind = .text
        /// Columns from the body's left edge.
        var indent = 0
    }

    /// The bar's cells.
    static let barWidth = 20

    /// The width the table takes on a screen `width` wide (one column of margin each side).
    static func tableWidth(_ width: Int) -> Int { max(0, width - 2) }

    /// The lines laid out for one width, and where the SKM part starts. The screen keeps it
    /// (``ReportScreen/layout``): a scroll key or a redraw does not lay the report out again.
    struct Layout: Sendable {
        var lines: [Line] = []
        /// The index of the SKM heading among ``lines``.
        var surveyLine: Int?
        var width = 0
    }

    static func layout(_ report: MonthlyReport?, width: Int) -> Layout {
        guard let report else { return Layout(width: width) }
        var lines = body(report, width: width)
        let surveyLine = lines.count
        lines += survey(report, width: tableWidth(width))
        lines.append(Line(text: ""))
        for line in TextWrap.wrap(ReportText.legend, width: tableWidth(width)) {
            lines.append(Line(text: line, style: .muted))
        }
        return Layout(lines: lines, surveyLine: surveyLine, width: width)
    }

    /// The table part: per Bagian, its bar and services; the total's bar.
    private static func body(_ report: MonthlyReport, width: Int) -> [Line] {
        let nameWidth = ReportText.nameWidth(in: tableWidth(width))
        var lines: [Line] = []
        if report.units.isEmpty {
            lines.append(Line(text: ReportText.noUnits, style: .muted))
        }
        for unit in report.units {
            let name = Sanitizer.clean(ReportText.unitName(unit))
            // A Bagian that received nothing this month is one muted row: an admin's 36 empty bars
            // would push the Bagian with work off the screen.
            guard unit.counts.received > 0 else {
                lines.append(Line(text: ReportText.row(name, unit.counts, nameWidth: nameWidth), style: .muted))
                continue
            }
            lines.append(Line(text: ReportText.row(name, unit.counts, nameWidth: nameWidth), style: .heading))
            lines.append(bar(unit.counts, words: ReportText.onTimeShare(unit.counts)))
            for service in unit.services {
                let name = "  " + Sanitizer.clean(service.serviceName)
                lines.append(Line(text: ReportText.row(name, service.counts, nameWidth: nameWidth)))
            }
        }
        if report.units.count > 1 {
            lines.append(Line(text: ""))
            lines.append(Line(text: "Seluruh Bagian:", style: .heading))
            lines.append(bar(report.total, words: ReportText.onTimeShare(report.total)))
        }
        lines.append(Line(text: ""))
        return lines
    }

    static func bar(_ figures: ReportFigures, words: String) -> Line {
        Line(text: words, kind: .bar(percent: figures.onTimePercent), indent: 2)
    }

    /// The total's nine element averages with their names, its IKM and grade; each Bagian's IKM
    /// (`-` below ``LoketCore/SKMTally/minimumShown`` forms).
    static func survey(_ report: MonthlyReport, width: Int) -> [Line] {
        let tally = report.total.skm
        var lines = [Line(text: ReportText.surveyHeading + " (SKM), rata-rata per unsur", style: .heading)]
        guard let averages = tally.averages else {
            for line in TextWrap.wrap(ReportText.ikmLong(tally), width: width - 2) {
                lines.append(Line(text: line, style: .muted, indent: 2))
            }
            return lines
        }
        let scale = SKMElement.scores.map { "\($0) \(SKMElement.scoreWord($0))" }.joined(separator: ", ")
        lines.append(Line(text: "Nilai " + scale + ".", style: .muted, indent: 2))
        for (element, average) in zip(SKMElement.allCases, averages) {
            let name = "U\(element.rawValue) \(element.name)"
            let padded = name + String(repeating: " ", count: max(1, 44 - DisplayWidth.of(name)))
            lines.append(Line(text: padded + ReportText.decimal(average, places: 2), indent: 2))
        }
        lines.append(Line(text: ReportText.ikmLong(tally), style: .accent, indent: 2))
        for unit in report.units where unit.counts.skm.responses > 0 {
            lines.append(
                Line(
                    text: Sanitizer.clean(ReportText.unitName(unit)) + ": IKM " + ReportText.ikmShort(unit.counts.skm)
                        + ", \(unit.counts.skm.responses) responden",
                    indent: 2))
        }
        if report.units.contains(where: { $0.counts.skm.responses > 0 && !$0.counts.skm.isShown }) {
            for line in TextWrap.wrap(ReportText.hiddenRows, width: width - 2) {
                lines.append(Line(text: line, style: .muted, indent: 2))
            }
        }
        return lines
    }
}

/// The report screen: the title with the month, the column headers, the scrolling body, the
/// total pinned above the bottom bar.
enum ReportView {
    static func draw(_ state: AppState, _ screen: ReportScreen, into out: inout Screen) {
        // The screen's own layout; laid out here only when drawn at another width than the
        // screen's (a test's render).
        let lines =
            screen.layout.width == out.width
            ? screen.layout.lines : ReportLayout.layout(screen.report, width: out.width).lines
        let visible = ReportScreen.visibleLines(state)
        var right: String?
        if let notice = screen.notice {
            right = notice.text
        } else if lines.count > visible {
            right = "\(screen.scroll + 1)-\(min(lines.count, screen.scroll + visible))/\(lines.count)"
        }
        // The notice and the position on the right; the title (at most 40 columns) is never cut
        // at 80 columns.
        var titleLimit = out.width - 2
        if let right {
            let width = min(DisplayWidth.of(right), max(0, out.width - 44))
            out.put(
                right, row: 1, column: out.width - width - 1, limit: width,
                style: screen.notice?.isProblem == true ? .warning : .muted, ellipsis: true)
            titleLimit -= width + 2
        }
        out.put(ReportText.title(screen.month), row: 1, column: 1, limit: titleLimit, style: .heading, ellipsis: true)
        let nameWidth = ReportText.nameWidth(in: ReportLayout.tableWidth(out.width))
        out.put(
            ReportText.header(nameWidth: nameWidth), row: 2, column: 1, limit: out.width - 2,
            style: Style([.underline], role: .muted))
        if let failure = screen.failure {
            out.put(failure, row: 3, column: 1, limit: out.width - 2, style: .warning, ellipsis: true)
            return
        }
        guard let report = screen.report else {
            out.put("Memuat...", row: 3, column: 1, style: .muted)
            return
        }
        let end = min(lines.count, screen.scroll + visible)
        if screen.scroll < end {
            for index in screen.scroll..<end {
                draw(lines[index], row: 3 + index - screen.scroll, into: &out)
            }
        }
        out.put(
            ReportText.row(ReportText.totalName, report.total, nameWidth: nameWidth), row: out.height - 2, column: 1,
            limit: out.width - 2, style: .accent)
    }

    static func draw(_ line: ReportLayout.Line, row: Int, into out: inout Screen) {
        var column = 1 + line.indent
        if case .bar(let percent) = line.kind {
            let bar = ReportText.bar(percent, width: ReportLayout.barWidth, ascii: out.glyphs.asciiOnly)
            out.put(bar, row: row, column: column, style: .accent)
            column += ReportLayout.barWidth + 1
        }
        out.put(line.text, row: row, column: column, limit: out.width - column - 1, style: line.style, ellipsis: true)
    }
}
