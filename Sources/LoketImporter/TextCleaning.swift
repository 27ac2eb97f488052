import Foundation

/// Turns the text of a decree cell (leftover rich-text HTML, Markdown emphasis, page-break
/// debris) into clean text with one list item per line.
enum CellText {
    /// Clean text of a cell: markup removed, entities decoded, whitespace collapsed, list items
    /// (`1. ...`, `a. ...`, `• ...`) on lines of their own.
    static func clean(_ raw: String) -> String {
        let flat = stripMarkup(raw)
        return splitItems(flat).joined(separator: "\n")
    }

    /// One line: markup removed and whitespace collapsed, list items kept inline.
    static func flatten(_ raw: String) -> String {
        collapse(stripMarkup(raw).replacingOccurrences(of: "\u{1}", with: " "))
    }

    /// Removes tags (keeping a break marker where a block started), flowchart `<pre>` blocks,
    /// entities and Markdown emphasis. Block boundaries become U+0001 so that the item splitter
    /// can use them.
    static func stripMarkup(_ raw: String) -> String {
        var text = raw
        let hasMarkup = raw.utf8.contains {
            $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: "*") || $0 == UInt8(ascii: "&")
        }
        if !hasMarkup { return raw }
        // Flowcharts duplicated as <pre> blocks (mermaid) say again what the steps say.
        if text.containsASCIIInsensitive("<pre") {
            var kept = ""
            var from = text.startIndex
            while let open = text.range(of: "<pre", options: .caseInsensitive, range: from..<text.endIndex) {
                kept += text[from..<open.lowerBound] + " "
                let close = text.range(of: "</pre>", options: .caseInsensitive, range: open.upperBound..<text.endIndex)
                from = close?.upperBound ?? text.endIndex
            }
            text = kept + text[from...]
        }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var index = text.startIndex
        while index < text.endIndex {
            let char = text[index]
            if char == "<", let close = text[index...].prefix(200).firstIndex(of: ">") {
                let tag = text[text.index(after: index)..<close].lowercased()
                let name = tag.drop { $0 == "/" }.prefix { $0.isLetter || $0.isNumber }
                if ["p", "ol", "ul", "li", "br", "div", "tr", "td", "h1", "h2", "h3", "h4"].contains(String(name)) {
                    out.append(" \u{1} ")
                    index = text.index(after: close)
                    continue
                }
                if ["i", "u", "b", "em", "strong", "span", "sup", "sub", "a", "font", "s"].contains(String(name)) {
                    index = text.index(after: close)
                    continue
                }
            }
            out.append(char)
            index = text.index(after: index)
        }
        out = decodeEntities(out)
        out = out.replacingOccurrences(of: "**", with: "")
        out = stripEmphasis(out)
        return out
    }

    static func decodeEntities(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "&")) else { return text }
        var out = text
        for (entity, value) in [
            ("&nbsp;", " "), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&apos;", "'"),
            ("&ndash;", "–"), ("&mdash;", "—"), ("&bull;", "•"), ("&amp;", "&"),
        ] {
            out = out.replacingOccurrences(of: entity, with: value)
        }
        return out
    }

    /// `*word*` → `word` (Markdown italics), leaving lone asterisks alone. One pass: the text
    /// between a pair is copied once, and a closing asterisk is looked for 120 characters ahead
    /// at most.
    static func stripEmphasis(_ text: String) -> String {
        guard text.contains("*") else { return text }
        let chars = Array(text)
        var out: [Character] = []
        out.reserveCapacity(chars.count)
        var i = 0
        while i < chars.count {
            if chars[i] == "*", i + 1 < chars.count, !chars[i + 1].isWhitespace,
                let j = chars[(i + 1)..<min(chars.count, i + 120)].firstIndex(of: "*"), !chars[j - 1].isWhitespace
            {
                out.append(contentsOf: chars[(i + 1)..<j])
                i = j + 1
            } else {
                out.append(chars[i])
                i += 1
            }
        }
        return String(out)
    }

    static func collapse(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        var wroteAny = false
        for scalar in text.unicodeScalars {
            if scalar.value <= 0x20 || scalar.value == 0x85 || scalar.value == 0xA0 || scalar.value == 0x3000
                || (scalar.value >= 0x2000 && scalar.value <= 0x200A) || scalar.value == 0x2028
                || scalar.value == 0x2029
                || scalar.value == 0x7F
            {
                pendingSpace = wroteAny
            } else {
                if pendingSpace { out.append(" ") }
                pendingSpace = false
                wroteAny = true
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// Splits a flattened cell into list items. An item starts at a bullet (`•`, `✓`, `·`), at a
    /// block boundary, or at the next number or letter of a running sequence (`1.` then `2.`;
    /// `a.` then `b.`), so that citations such as `Nomor 1 Tahun 2020` or `Versi 4.4` are never
    /// cut. A cell without markers stays one line. Works on Unicode scalars: every marker is one.
    static func splitItems(_ text: String) -> [String] {
        let chars = Array(text.unicodeScalars)
        var cuts: [Int] = []
        var nextNumber = 1
        var nextLetter: UInt8 = UInt8(ascii: "a")
        var i = 0
        func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 0x30 && s.value <= 0x39 }
        func isLowerASCII(_ s: Unicode.Scalar) -> Bool { s.value >= 0x61 && s.value <= 0x7A }
        func isWordish(_ s: Unicode.Scalar) -> Bool { s.properties.isAlphabetic || isDigit(s) }
        func atBoundary(_ k: Int) -> Bool {
            var j = k - 1
            while j >= 0, chars[j] == " " { j -= 1 }
            if j < 0 { return true }
            let prev = chars[j]
            return j < k - 1 || prev == "\u{1}" || prev == ";" || prev == ":" || prev == "." || prev == ","
        }
        while i < chars.count {
            let c = chars[i]
            if c == "•" || c == "✓" || c == "\u{1}" || (c == "·" && atBoundary(i)) {
                cuts.append(i)
                i += 1
                continue
            }
            if isDigit(c), atBoundary(i), i == 0 || !isWordish(chars[i - 1]) {
                var j = i
                var value = 0
                while j < chars.count, isDigit(chars[j]), j - i < 3 {
                    value = value * 10 + Int(chars[j].value - 0x30)
                    j += 1
                }
                if j + 1 < chars.count, chars[j] == "." || chars[j] == ")", chars[j + 1] == " ",
                    value == nextNumber || value == 1 || (value == nextNumber + 1 && nextNumber > 1)
                {
                    cuts.append(i)
                    nextNumber = value + 1
                    if value == 1 { nextLetter = UInt8(ascii: "a") }
                    i = j + 1
                    continue
                }
            }
            if isLowerASCII(c), atBoundary(i), i == 0 || !chars[i - 1].properties.isAlphabetic,
                i + 2 < chars.count, chars[i + 1] == "." || chars[i + 1] == ")", chars[i + 2] == " ",
                c.value == UInt32(nextLetter) || c == "a"
            {
                cuts.append(i)
                nextLetter = UInt8(c.value) + 1
                i += 2
                continue
            }
            i += 1
        }
        var items: [String] = []
        var start = 0
        for cut in cuts + [chars.count] where cut > start || cut == chars.count {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: chars[start..<cut])
            var piece = collapse(String(view))
            start = cut
            if piece.isEmpty || piece.unicodeScalars.allSatisfy({ $0 == "•" || $0 == "\u{1}" || $0 == " " }) {
                continue
            }
            // A bullet glued to its text (`•Penyusunan`) gets its space.
            if piece.unicodeScalars.first == "•", piece.unicodeScalars.dropFirst().first != " " {
                piece = "• " + String(piece.unicodeScalars.dropFirst())
            }
            items.append(piece)
        }
        return items
    }
}

extension String {
    /// Whitespace collapsed to single spaces, trimmed.
    var collapsedWhitespace: String { CellText.collapse(self) }

    var trimmed: String {
        let scalars = unicodeScalars
        func isSpace(_ s: Unicode.Scalar) -> Bool { s.value <= 0x20 || s.value == 0xA0 || s.properties.isWhitespace }
        guard let first = scalars.firstIndex(where: { !isSpace($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !isSpace($0) })!
        if first == scalars.startIndex, last == scalars.index(before: scalars.endIndex) { return self }
        return String(scalars[first...last])
    }
}
