import ArgumentParser
import Foundation
import LoketPresentation

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

    /// `text` cut or padded to `width` display columns (``LoketPresentation/DisplayWidth``).
    static func pad(_ text: String, _ width: Int) -> String { DisplayWidth.pad(text, width) }

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
