/// Terminal column widths, as ncurses and the terminal count them: `wcwidth` per Unicode
/// scalar, added up over a grapheme cluster.
///
/// East Asian wide and fullwidth characters and emoji take 2 columns; combining marks, format
/// characters and controls take 0 (after a base character they are part of its `Character`).
/// Clusters terminals disagree on (emoji ZWJ sequences, flags, variation selectors, skin
/// tones, tag sequences, or more than 2 columns) are drawn as one replacement glyph by
/// ``Sanitizer/clean(_:)``, and measured here as that glyph, so that layout, the screen and
/// the terminal always agree on where the next character goes.
public enum DisplayWidth {
    /// Columns of the glyph that replaces an unstable cluster (U+FFFD, `wcwidth` 1).
    public static let replacementWidth = 1

    /// Columns one grapheme cluster takes once drawn.
    public static func of(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return 0 }
        if first.value < 0x7F, scalars.count == 1 { return first.value < 0x20 ? 0 : 1 }  // ASCII fast path
        return isUnstable(character) ? replacementWidth : scalarColumns(character.unicodeScalars)
    }

    /// The longest prefix of `string` that fits in `columns`.
    public static func prefix(_ string: String, columns: Int) -> String {
        var used = 0
        var out = ""
        for character in string {
            let w = of(character)
            if used + w > columns { break }
            used += w
            out.append(character)
        }
        return out
    }

    /// `text` cut or padded with spaces to exactly `columns` (a table cell; never cuts when
    /// `cut` is false, for values such as request numbers that must be shown whole).
    public static func pad(_ text: String, _ columns: Int, cut: Bool = true) -> String {
        let width = of(text)
        if width >= columns { return cut && width > columns ? prefix(text, columns: columns) : text }
        return text + String(repeating: " ", count: columns - width)
    }

    /// `text` padded on the left to `columns`.
    public static func leftPad(_ text: String, _ columns: Int) -> String {
        let width = of(text)
        return width >= columns ? text : String(repeating: " ", count: columns - width) + text
    }

    /// Columns a string takes.
    public static func of(_ string: String) -> Int {
        // Printable ASCII only (the usual number, name or date): one column a byte.
        if string.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return string.utf8.count }
        var total = 0
        for character in string { total += of(character) }
        return total
    }

    /// `wcwidth` of one scalar: 0, 1 or 2.
    public static func of(scalar: Unicode.Scalar) -> Int {
        if isZeroWidth(scalar) { return 0 }
        return isWide(scalar.value) ? 2 : 1
    }

    /// The sum of the scalars' widths, what ncurses advances the cursor by.
    public static func scalarColumns(_ scalars: String.UnicodeScalarView) -> Int {
        var total = 0
        for scalar in scalars { total += of(scalar: scalar) }
        return total
    }

    /// A visible cluster whose width terminals do not agree on: it holds a joiner, a variation
    /// selector, a regional indicator, a skin-tone modifier, a tag or a keycap mark, or its
    /// scalars add up to more than 2 columns (which a cell cannot hold). Invisible clusters
    /// (marks only) are not unstable: they are simply not drawn.
    public static func isUnstable(_ character: Character) -> Bool {
        var total = 0
        var risky = false
        for scalar in character.unicodeScalars {
            if isSequenceScalar(scalar) { risky = true }
            total += of(scalar: scalar)
        }
        return total > 0 && (risky || total > 2)
    }

    /// Scalars that build emoji and flag sequences.
    public static func isSequenceScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x200D, 0x20E3, 0xFE00...0xFE0F, 0x1F1E6...0x1F1FF, 0x1F3FB...0x1F3FF, 0xE0020...0xE007F,
            0xE0100...0xE01EF:
            return true
        default:
            return false
        }
    }

    /// True when a scalar may make its cluster wider than its first scalar or unstable (the
    /// sanitiser then looks at clusters): sequence scalars, marks, format characters, Hangul
    /// jamo. Plain letters, digits, punctuation, CJK and single emoji are not.
    public static func mayJoin(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x300 { return false }
        if isSequenceScalar(scalar) || isZeroWidth(scalar) { return true }
        if (0x1100...0x11FF).contains(value) || (0xA960...0xA97F).contains(value) || (0xD7B0...0xD7FF).contains(value) {
            return true
        }
        return scalar.properties.generalCategory == .spacingMark
    }

    public static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x20 || (0x7F...0x9F).contains(value) { return true }
        if value == 0x200B || value == 0x200C || value == 0x200D || value == 0x2060 || value == 0xFEFF { return true }
        // Hangul medial vowels and final consonants join the leading consonant (wcwidth 0).
        if (0x1160...0x11FF).contains(value) || (0xD7B0...0xD7FF).contains(value) { return true }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return true
        default: return false
        }
    }

    public static func isWide(_ value: UInt32) -> Bool {
        switch value {
        case 0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0, 0x23F3,
            0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F, 0x2693, 0x26A1, 0x26AA...0x26AB,
            0x26BD...0x26BE, 0x26C4...0x26C5, 0x26CE, 0x26D4, 0x26EA, 0x26F2...0x26F3, 0x26F5, 0x26FA,
            0x26FD, 0x2705, 0x270A...0x270B, 0x2728, 0x274C, 0x274E, 0x2753...0x2755, 0x2757,
            0x2795...0x2797, 0x27B0, 0x27BF, 0x2B1B...0x2B1C, 0x2B50, 0x2B55,
            0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
            0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F,
            0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x18AFF, 0x1B000...0x1B2FF, 0x1F004, 0x1F0CF,
            0x1F18E, 0x1F191...0x1F19A, 0x1F200...0x1F251, 0x1F300...0x1F64F, 0x1F680...0x1F6FF,
            0x1F7E0...0x1F7EB, 0x1F90C...0x1F9FF, 0x1FA70...0x1FAFF, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}
