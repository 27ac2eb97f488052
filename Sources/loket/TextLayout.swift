import ArgumentParser
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Plain-text helpers for tables and receipts.
enum TextLayout {
    /// The width command-line tables fit: the terminal's when standard output is one and it is
    /// wider than 80 columns, else `COLUMNS` when set, else 80 (PuTTY's default window).
    static let outputWidth: Int = {
        var size = winsize()
        if isatty(STDOUT_FILENO) != 0, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
            return max(80, Int(size.ws_col))
        }
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), columns > 0 {
            return max(80, min(columns, 500))
        }
        return 80
    }()

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
