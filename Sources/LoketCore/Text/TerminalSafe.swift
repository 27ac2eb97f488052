/// Text that cannot drive a terminal: what the counter types and what Loket prints.
///
/// Removed: the C0 controls (U+0000–U+001F, among them ESC, BEL, CR, backspace), DEL (U+007F),
/// the C1 controls (U+0080–U+009F, among them CSI and OSC), and the bidirectional overrides,
/// embeddings and isolates (U+202A–U+202E, U+2066–U+2069) that reorder what is shown. A
/// newline (and a tab) stays only where the text may span lines. The rest of an escape
/// sequence is left as the visible characters it is made of (`\e[31m` → `[31m`): nothing
/// invisible survives, and nothing typed is silently dropped beyond the control itself.
public enum TerminalSafe {
    /// True for a scalar that is removed (newline and tab count as removable here).
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }

    /// `text` without controls. With `multiline`, newlines and tabs are kept.
    public static func clean(_ text: String, multiline: Bool = false) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }  // the common case: untouched
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars
        where !isControl(scalar) || (multiline && (scalar == "\n" || scalar == "\t")) {
            scalars.append(scalar)
        }
        return String(scalars)
    }

    /// True when `text` holds nothing `clean(_:multiline:)` would remove.
    public static func isClean(_ text: String, multiline: Bool = false) -> Bool {
        clean(text, multiline: multiline) == text
    }
}
