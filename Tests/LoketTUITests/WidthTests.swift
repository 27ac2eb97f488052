import LoketTUI
import Testing

#if canImport(Glibc)
    import Glibc

    @_silgen_name("wcwidth") private func systemWcwidth(_ character: wchar_t) -> Int32
#endif

/// What the terminal library does: one `wcwidth` per scalar, added up. Read through the C
/// library under a UTF-8 locale for this thread only (nil when no UTF-8 locale exists).
enum SystemWidth {
    static func columns(_ text: String) -> Int? {
        #if canImport(Glibc)
            guard let utf8 = newlocale(LC_CTYPE_MASK, "C.UTF-8", nil) else { return nil }
            let previous = uselocale(utf8)
            defer {
                uselocale(previous)
                freelocale(utf8)
            }
            var total = 0
            for scalar in text.unicodeScalars {
                let width = systemWcwidth(wchar_t(bitPattern: scalar.value))
                guard width >= 0 else { return nil }
                total += Int(width)
            }
            return total
        #else
            return nil
        #endif
    }
}

@Suite("Display width against the terminal")
struct WidthTests {
    /// Clusters terminals and ncurses disagree on (ncurses and xterm add up `wcwidth` per
    /// scalar; others draw the cluster as one emoji).
    static let tricky = [
        "👨‍👩‍👧",  // ZWJ sequence: 6 per scalar, 2 as an emoji
        "🇮🇩",  // regional-indicator pair: 2 per scalar, 2 as a flag, 1 here before
        "🇮",  // a lone regional indicator
        "☺️",  // text default + VS16: 1 per scalar, 2 as an emoji
        "⌚︎",  // emoji default + VS15
        "👍🏽",  // emoji + skin tone: 4 per scalar
        "1️⃣",  // keycap
        "🏴\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}",  // tag sequence (England)
        "क्षि",  // a Devanagari cluster of 3 columns per scalar
        "\u{1100}\u{1100}",  // two Hangul leading jamo: one cluster, 4 columns per scalar
    ]

    /// Per-scalar width of what the backend writes for a row: the characters of its cells,
    /// continuation cells skipped (as `Terminal.draw` and `FrameDiff` do).
    static func emitted(_ screen: Screen, row: Int) -> String {
        var out = ""
        for column in 0..<screen.width where !screen[row, column].isContinuation {
            out.append(screen[row, column].character)
        }
        return out
    }

    @Test("the columns the Screen assigns equal the per-scalar widths of what is written", arguments: tricky)
    func screenMatchesTerminal(_ sample: String) {
        var screen = Screen(width: 30, height: 3)
        let text = "a\(sample)b \(sample)\(sample)|"
        let drawn = screen.put(text, row: 0, column: 0)
        #expect(drawn == DisplayWidth.of(text), "layout and drawing agree")
        screen.put(sample + "x", row: 1, column: 28)  // at the right edge
        screen.put("日" + sample + "本", row: 2, column: 1)
        for row in 0..<screen.height {
            let written = Self.emitted(screen, row: row)
            let system = SystemWidth.columns(written)
            #expect(system == nil || system == screen.width, "wcwidth of row \(row): \(written.debugDescription)")
        }
        // The mark after the sample sits where the terminal will put it.
        let line = screen.line(0)
        #expect(line.hasSuffix("|"))
    }

    @Test("such clusters become one replacement glyph of width 1; plain text is untouched")
    func replacement() {
        for sample in Self.tricky {
            let clean = Sanitizer.clean(sample)
            #expect(clean == "\u{FFFD}", "\(sample.debugDescription) → \(clean.debugDescription)")
            #expect(DisplayWidth.of(sample) == 1)
        }
        for plain in ["Kantor", "Café", "e\u{301}", "日本", "👍", "का", "한국", "\u{1100}\u{1161}"] {
            #expect(Sanitizer.clean(plain) == plain)
            if let system = SystemWidth.columns(plain) { #expect(DisplayWidth.of(plain) == system, "\(plain)") }
        }
    }
}
