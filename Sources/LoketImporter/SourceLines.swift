import Foundation

/// The decree file as numbered lines, with what the extraction injected (garbage script lines,
/// electronic-signature notices) blanked out so that line numbers stay those of the file.
struct SourceLines {
    let lines: [String]

    /// Decodes and checks the bytes of a file.
    static func decode(_ data: Data, source: String) throws(ImportError) -> String {
        if data.isEmpty { throw .empty(source: source) }
        if data.count > DecreeParser.maximumBytes { throw .tooLarge(source: source, bytes: data.count) }
        if data.contains(0) { throw .binary(source: source) }
        guard let text = String(data: data, encoding: .utf8) else { throw .binary(source: source) }
        var controls = 0
        for scalar in text.unicodeScalars
        where scalar.value < 0x20 && scalar != "\n" && scalar != "\t" && scalar != "\r" {
            controls += 1
        }
        if controls * 100 > max(text.unicodeScalars.count, 1) { throw .binary(source: source) }
        if text.allSatisfy(\.isWhitespace) { throw .empty(source: source) }
        return text
    }

    init(text: String) {
        var text = text
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        // Split on the scalar: in Swift `"\r\n"` is one Character, which never equals `"\n"`, so
        // splitting the characters would leave a file saved on Windows as one line.
        var lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map {
            scalars -> String in
            var line = String(String.UnicodeScalarView(scalars))
            if line.unicodeScalars.last == "\r" { line.unicodeScalars.removeLast() }
            // No control character from a file may survive (tabs are the column separator).
            if line.unicodeScalars.contains(where: { $0.value < 0x20 && $0 != "\t" }) {
                line = String(String.UnicodeScalarView(line.unicodeScalars.filter { $0.value >= 0x20 || $0 == "\t" }))
            }
            return line
        }
        var index = 0
        while index < lines.count {
            if Self.isForeignScript(lines[index]) {
                lines[index] = ""
            } else if lines[index].trimmed.lowercased().hasPrefix("dokumen ini ditandatangani secara elektronik") {
                var end = index
                while end < min(lines.count, index + 7) {
                    let hasLink = lines[end].contains("https://") || lines[end].contains("http://")
                    lines[end] = ""
                    end += 1
                    if hasLink { break }
                }
                index = end
                continue
            }
            index += 1
        }
        self.lines = lines
    }

    /// A line written mostly in a non-Latin script (a letterhead in Balinese script decoded as
    /// Myanmar, say) carries nothing the catalog can use.
    static func isForeignScript(_ line: String) -> Bool {
        guard line.utf8.contains(where: { $0 >= 0xE0 }) else { return false }
        var latin = 0
        var other = 0
        for scalar in line.unicodeScalars where scalar.properties.isAlphabetic {
            if scalar.value < 0x0250 { latin += 1 } else { other += 1 }
        }
        return other >= 5 && other > latin
    }
}
