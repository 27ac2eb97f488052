import ArgumentParser
import Foundation

/// Plain-text helpers for tables and receipts.
enum TextLayout {
    /// Words of `text` wrapped to `width` columns (a longer word is cut).
    static func wrap(_ text: String, width: Int, indent: String = "") -> [String] {
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            for word in paragraph.split(separator: " ") {
                var word = String(word)
                while indent.count + word.count > width {
                    if !line.isEmpty {
                        lines.append(indent + line)
                        line = ""
                    }
                    let cut = width - indent.count
                    lines.append(indent + String(word.prefix(cut)))
                    word = String(word.dropFirst(cut))
                }
                if line.isEmpty {
                    line = word
                } else if indent.count + line.count + 1 + word.count <= width {
                    line += " " + word
                } else {
                    lines.append(indent + line)
                    line = word
                }
            }
            if !line.isEmpty || paragraph.isEmpty { lines.append(indent + line) }
        }
        return lines
    }

    static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? String(text.prefix(width)) : text + String(repeating: " ", count: width - text.count)
    }

    /// One CSV line (RFC 4180 quoting). A field that a spreadsheet would read as a formula
    /// (starting with `=`, `+`, `-`, `@`, tab or CR) gets a leading `'` (OWASP's CSV injection
    /// advice): a name like `=HYPERLINK(...)` stays text when the export is opened.
    static func csv(_ fields: [String]) -> String {
        fields.map { field in
            let field = field.first.map { "=+-@\t\r".contains($0) } == true ? "'" + field : field
            return field.contains(where: { ",\"\n\r".contains($0) })
                ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
        }.joined(separator: ",")
    }
}

enum ListFormat: String, ExpressibleByArgument, CaseIterable {
    case table, csv, json
}
