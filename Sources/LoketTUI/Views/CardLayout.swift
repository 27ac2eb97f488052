import Foundation
import LoketCore

/// One laid-out line of the card: text segments at columns.
public struct CardLine: Hashable, Sendable {
    public struct Segment: Hashable, Sendable {
        public var column: Int
        public var text: String
        public var style: Style
        /// A line of the box glyph, `text` ignored.
        public var isRule: Bool = false
    }

    public var segments: [Segment]
    /// Which part of the card the line belongs to: 0 the header, then one number per labelled
    /// row (its label, text and the blank line after). A resize keeps the scroll on the same
    /// part, see ``CardLayout/anchoredScroll(old:scroll:oldRows:new:newRows:)``.
    public var block = 0

    init(_ segments: [Segment] = []) { self.segments = segments }

    init(_ text: String, column: Int, style: Style = .normal) {
        segments = [Segment(column: column, text: text, style: style)]
    }

    /// Plain text of the line, for tests.
    public var text: String { segments.map(\.text).joined(separator: " ") }
}

/// Lays a card out for a width: header, the 14 components in canonical order with the decree's
/// labels, the jangka waktu raw and read side by side, extra rows after; lists as bullets,
/// paragraphs wrapped at word boundaries.
public enum CardLayout {
    static let margin = 1
    static let labelIndent = 1
    static let textIndent = 5

    /// The bullet is a placeholder the view replaces with the screen's glyph.
    static let bulletMark = "\u{2022}"

    /// Lines longer than this are hard to read; a wide terminal leaves the rest empty.
    static let maximumContentWidth = 110

    public static func lines(_ card: CardData, width: Int) -> [CardLine] {
        let contentWidth = max(10, min(width - 2 * margin, maximumContentWidth))
        var lines: [CardLine] = []
        var blockStarts: [Int] = []  // where each labelled row (block 1, 2, ...) starts
        // Header.
        for line in TextWrap.wrap(Sanitizer.clean(card.name), width: contentWidth) {
            lines.append(CardLine(line, column: margin, style: .heading))
        }
        lines.append(field("Bagian", card.unitName, contentWidth))
        lines.append(field("Instansi", card.agencyName, contentWidth))
        if card.decreeNumber != nil || card.decreeDate != nil {
            var decree = card.decreeNumber.map { "Nomor \($0)" } ?? ""
            if let date = card.decreeDate.map(IndonesianDate.long) {
                decree += decree.isEmpty ? "Tanggal \(date)" : ", tanggal \(date)"
            }
            lines.append(field("Keputusan", decree, contentWidth))
        }
        lines.append(rule(contentWidth))

        // The 14 components, in canonical order, each with every row the decree gives it.
        let textWidth = max(8, contentWidth - textIndent)
        for component in Component.allCases {
            let rows = card.rows.filter { $0.number == component.rawValue }
            if rows.isEmpty {
                blockStarts.append(lines.count)
                lines += label(
                    component.canonicalLabel, number: component.rawValue, style: .heading, width: contentWidth)
                lines.append(CardLine("(tidak tercantum dalam keputusan)", column: margin + textIndent, style: .muted))
            } else {
                for (rowIndex, row) in rows.enumerated() {
                    let name = row.label.trimmingCharacters(in: .whitespaces)
                    blockStarts.append(lines.count)
                    lines += label(
                        name.isEmpty ? component.canonicalLabel : name, number: component.rawValue, style: .heading,
                        width: contentWidth)
                    if component == .jangkaWaktu {
                        lines += timeLimit(row.text, width: textWidth)
                        if let override = card.timeLimitOverride, rowIndex == 0 {
                            lines += overridden(override, width: textWidth)
                        }
                    } else {
                        lines += body(row.text, width: textWidth)
                    }
                }
            }
            lines.append(CardLine())
        }

        // Extra rows the decree adds (Maklumat, office hours, ...).
        let extras = card.rows.filter { $0.number == nil }
        if !extras.isEmpty {
            blockStarts.append(lines.count)
            lines.append(CardLine("Baris tambahan dalam keputusan", column: margin, style: .accent))
            for (index, row) in extras.enumerated() {
                let name = row.label.trimmingCharacters(in: .whitespaces)
                if index > 0 { blockStarts.append(lines.count) }
                lines += label(name.isEmpty ? "(tanpa judul)" : name, number: nil, style: .heading, width: contentWidth)
                lines += body(row.text, width: textWidth)
                lines.append(CardLine())
            }
        }
        while lines.last?.segments.isEmpty == true { lines.removeLast() }
        var block = 0
        var next = blockStarts.makeIterator()
        var start = next.next()
        for index in lines.indices {
            while let s = start, s <= index {
                block += 1
                start = next.next()
            }
            lines[index].block = block
        }
        return lines
    }

    /// The scroll position after the card is laid out again (another width) or the screen
    /// gets another height: the same content stays on screen, not the same line number.
    ///
    /// - At the end, the end stays in view.
    /// - Otherwise the first part (a labelled row) that starts on screen, at a row the new
    ///   screen still has, keeps that row.
    /// - Otherwise (one long part fills the screen) the top line stays in its part, at the same
    ///   fraction of it.
    public static func anchoredScroll(old: [CardLine], scroll: Int, oldRows: Int, new: [CardLine], newRows: Int)
        -> Int
    {
        let newMaximum = max(0, new.count - newRows)
        guard !old.isEmpty, !new.isEmpty, scroll > 0 else { return 0 }
        let oldMaximum = max(0, old.count - oldRows)
        if scroll >= oldMaximum { return newMaximum }
        let top = min(scroll, old.count - 1)
        let end = min(old.count, top + max(1, oldRows))
        var result: Int?
        for index in top..<end where index - top < newRows && old[index].block != old[index - 1].block {
            if let start = new.firstIndex(where: { $0.block == old[index].block }) {
                result = start - (index - top)
            }
            break
        }
        if result == nil {
            let block = old[top].block
            let oldStart = old.firstIndex { $0.block == block } ?? top
            let oldCount = old[oldStart...].prefix { $0.block == block }.count
            if let newStart = new.firstIndex(where: { $0.block == block }) {
                let newCount = new[newStart...].prefix { $0.block == block }.count
                result = newStart + (top - oldStart) * newCount / max(1, oldCount)
            }
        }
        return min(max(0, result ?? scroll), newMaximum)
    }

    static func field(_ name: String, _ value: String, _ width: Int) -> CardLine {
        let head = name.padding(toLength: 10, withPad: " ", startingAt: 0) + ": "
        return CardLine([
            .init(column: margin, text: head, style: .muted),
            .init(column: margin + head.count, text: Sanitizer.clean(value), style: .normal),
        ])
    }

    static func rule(_ width: Int) -> CardLine {
        CardLine([.init(column: margin, text: String(repeating: "-", count: width), style: .muted, isRule: true)])
    }

    /// A component's label (`7. Dasar Hukum`), wrapped at word boundaries: decree labels can
    /// run to hundreds of characters (the parser folds text into them). Continuation lines
    /// hang under the label's text, past its number; an unnumbered label's hang by 2.
    static func label(_ text: String, number: Int?, style: Style, width: Int) -> [CardLine] {
        let column = margin + labelIndent
        let prefix = number.map { "\($0). " } ?? ""
        let hang = number == nil ? 2 : DisplayWidth.of(prefix)
        let available = max(8, width - labelIndent - hang)
        let wrapped = TextWrap.wrap(Sanitizer.clean(text), width: available)
        return wrapped.enumerated().map { index, line in
            index == 0
                ? CardLine(prefix + line, column: column, style: style)
                : CardLine(line, column: column + hang, style: style)
        }
    }

    /// A cell's text: one item per line; several items are a list.
    static func body(_ text: String, width: Int) -> [CardLine] {
        let items = items(text)
        if items.isEmpty {
            return [CardLine("(kosong)", column: margin + textIndent, style: .muted)]
        }
        var lines: [CardLine] = []
        let column = margin + textIndent
        for item in items {
            if items.count == 1 && !item.hadBullet && item.marker == nil {
                lines += TextWrap.wrap(item.text, width: width).map { CardLine($0, column: column) }
                continue
            }
            let marker = item.marker ?? bulletMark
            let markerWidth = DisplayWidth.of(marker) + 1
            let wrapped = TextWrap.wrap(item.text, width: max(4, width - markerWidth))
            for (index, line) in wrapped.enumerated() {
                var segments: [CardLine.Segment] = []
                if index == 0 {
                    segments.append(.init(column: column, text: marker, style: item.marker == nil ? .accent : .normal))
                }
                segments.append(.init(column: column + markerWidth, text: line, style: .normal))
                lines.append(CardLine(segments))
            }
        }
        return lines
    }

    struct Item {
        var text: String
        /// `1.`, `a)`: the decree's own numbering, kept.
        var marker: String?
        var hadBullet: Bool
    }

    /// Splits a cell into list items: one per line; a leading bullet (`•`, `-`, `*`) is replaced
    /// by the screen's bullet, a leading number (`1.`, `a)`) is kept as the marker.
    static func items(_ text: String) -> [Item] {
        var items: [Item] = []
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: true) {
            var line = Sanitizer.clean(String(rawLine)).trimmingCharacters(in: .whitespaces)
            guard !line.isEmpty else { continue }
            var hadBullet = false
            while let first = line.first, "•·-*▪●◦".contains(first) {
                hadBullet = true
                line = String(line.dropFirst()).trimmingCharacters(in: .whitespaces)
            }
            var marker: String?
            if !hadBullet, let split = numberMarker(line) {
                marker = split.marker
                line = split.rest
            }
            if line.isEmpty && marker == nil { continue }
            items.append(Item(text: line, marker: marker, hadBullet: hadBullet))
        }
        return items
    }

    /// `1. text`, `12) text`, `a. text` → (`1.`, `text`).
    static func numberMarker(_ line: String) -> (marker: String, rest: String)? {
        var index = line.startIndex
        var count = 0
        while index < line.endIndex, line[index].isNumber, count < 3 {
            index = line.index(after: index)
            count += 1
        }
        if count == 0, index < line.endIndex, line[index].isLetter, line[index].isLowercase {
            index = line.index(after: index)
            count = 1
        }
        guard count > 0, index < line.endIndex, line[index] == "." || line[index] == ")" else { return nil }
        let afterMark = line.index(after: index)
        guard afterMark == line.endIndex || line[afterMark] == " " else { return nil }
        let rest = line[afterMark...].trimmingCharacters(in: .whitespaces)
        guard !rest.isEmpty else { return nil }
        return (String(line[..<afterMark]), rest)
    }

    /// A supervisor's jangka waktu, in force instead of the decree's.
    static func overridden(_ override: CardData.Override, width: Int) -> [CardLine] {
        let column = margin + textIndent
        var text = "Berlaku (diubah atasan): \(Sanitizer.clean(override.text)) = \(TimeLimitText.read(override.text))"
        if let reason = override.reason, !reason.isEmpty { text += "; alasan: \(Sanitizer.clean(reason))" }
        if let setBy = override.setBy, !setBy.isEmpty { text += "; oleh \(Sanitizer.clean(setBy))" }
        return TextWrap.wrap(text, width: width).map { CardLine($0, column: column, style: .warning) }
    }

    /// The jangka waktu: as written on the left, as read on the right.
    static func timeLimit(_ text: String, width: Int) -> [CardLine] {
        let column = margin + textIndent
        let raw = items(text).map(\.text).joined(separator: " ")
        let read = TimeLimitText.read(raw)
        let half = (width - 3) / 2
        guard half >= 12 else {
            return [CardLine("Tertulis:", column: column, style: .muted)]
                + TextWrap.wrap(raw.isEmpty ? "(kosong)" : raw, width: width).map { CardLine($0, column: column) }
                + [CardLine("Dibaca:", column: column, style: .muted)]
                + TextWrap.wrap(read, width: width).map { CardLine($0, column: column, style: .accent) }
        }
        let left = TextWrap.wrap(raw.isEmpty ? "(kosong)" : raw, width: half)
        let right = TextWrap.wrap(read, width: half)
        let divider = column + half + 1
        var lines = [
            CardLine([
                .init(column: column, text: "Tertulis dalam keputusan", style: .muted),
                .init(column: divider, text: "|", style: .muted, isRule: true),
                .init(column: divider + 2, text: "Dibaca sebagai", style: .muted),
            ])
        ]
        for index in 0..<max(left.count, right.count) {
            var segments: [CardLine.Segment] = []
            if index < left.count { segments.append(.init(column: column, text: left[index], style: .normal)) }
            segments.append(.init(column: divider, text: "|", style: .muted, isRule: true))
            if index < right.count { segments.append(.init(column: divider + 2, text: right[index], style: .accent)) }
            lines.append(CardLine(segments))
        }
        return lines
    }
}

/// Dates in Indonesian: `2021-03-15` → `15 Maret 2021`.
public enum IndonesianDate {
    public static let months = [
        "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
        "November", "Desember",
    ]

    public static func long(_ iso: String) -> String {
        let parts = iso.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, (1...12).contains(parts[1]) else { return iso }
        return "\(parts[2]) \(months[parts[1] - 1]) \(parts[0])"
    }
}
