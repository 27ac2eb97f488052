/// Word wrapping by display width.
public enum TextWrap {
    /// Splits `text` (already one paragraph) into lines of at most `width` columns, breaking at
    /// spaces; a word longer than a line is cut. Runs of spaces collapse. Never returns an
    /// empty array: an empty text gives one empty line.
    public static func wrap(_ text: String, width: Int) -> [String] {
        let width = max(1, width)
        var lines: [String] = []
        var current = ""
        var currentWidth = 0
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            var word = String(word)
            var wordWidth = DisplayWidth.of(word)
            if currentWidth > 0, currentWidth + 1 + wordWidth <= width {
                current += " " + word
                currentWidth += 1 + wordWidth
                continue
            }
            if currentWidth > 0 {
                lines.append(current)
                current = ""
                currentWidth = 0
            }
            while wordWidth > width {
                let head = DisplayWidth.prefix(word, columns: width)
                let cut = head.isEmpty ? String(word.prefix(1)) : head
                lines.append(cut)
                word = String(word.dropFirst(cut.count))
                wordWidth = DisplayWidth.of(word)
            }
            current = word
            currentWidth = wordWidth
        }
        if currentWidth > 0 || lines.isEmpty { lines.append(current) }
        return lines
    }
}
