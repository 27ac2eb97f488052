/// Characters that show nothing yet make two texts differ: zero-width space, non-joiner and
/// joiner, the left-to-right and right-to-left marks (U+200B-U+200F), the Arabic letter mark
/// (U+061C), the word joiner (U+2060), the bidi isolates (U+2066-U+2069) and the zero-width
/// no-break space / byte-order mark (U+FEFF). Typed into a name, `Made` and `Ma\u{200B}de` look
/// the same on every screen and would be two pemohon: typed text loses them on input
/// (``Applicant/cleanText(_:)``).
public enum InvisibleMarks {
    public static func contains(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x200B...0x200F, 0x061C, 0x2060, 0x2066...0x2069, 0xFEFF: return true
        default: return false
        }
    }

    /// `text` without them.
    public static func strip(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: contains) else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where !contains(scalar) { scalars.append(scalar) }
        return String(scalars)
    }
}
