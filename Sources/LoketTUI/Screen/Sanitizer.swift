import Foundation
import LoketCore

/// Makes data safe to draw: no control character or escape sequence from the database or a
/// decree can reach the terminal.
public enum Sanitizer {
    /// What an unstable cluster (see ``DisplayWidth/isUnstable(_:)``) is drawn as.
    public static let replacement: Character = "\u{FFFD}"

    /// Drops C0 and C1 controls (ESC, BEL, ...), DEL, and bidirectional overrides; a tab or a
    /// line break becomes a space. A cluster terminals disagree on the width of (emoji ZWJ
    /// sequences, flags, variation selectors, ...) becomes one ``replacement`` glyph.
    public static func clean(_ text: String) -> String {
        var unsafe = false
        var joins = false
        for scalar in text.unicodeScalars {
            if isUnsafe(scalar) || scalar == "\t" { unsafe = true }
            if DisplayWidth.mayJoin(scalar) { joins = true }
            if unsafe && joins { break }
        }
        guard unsafe || joins else { return text }
        var result = text
        if unsafe {
            var scalars = String.UnicodeScalarView()
            for scalar in text.unicodeScalars {
                if scalar == "\t" || scalar == "\n" || scalar == "\r" {
                    scalars.append(" ")
                } else if !isUnsafe(scalar) {
                    scalars.append(scalar)
                }
            }
            result = String(scalars)
        }
        if joins {
            var replaced = ""
            for character in result {
                replaced.append(DisplayWidth.isUnstable(character) ? replacement : character)
            }
            result = replaced
        }
        return result
    }

    /// True for a scalar that must never be written to the terminal: the same set the command
    /// line strips (``TerminalSafe``): C0 and C1 controls, DEL, bidirectional controls.
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        TerminalSafe.isControl(scalar)
    }

    /// A character for a terminal that only shows ASCII: accents dropped (`é` → `e`), anything
    /// else that is not ASCII becomes `?`. (The screen draws nothing for a cluster of width 0
    /// and `??` for a wide one, so the columns stay those the layout counted.)
    public static func ascii(_ character: Character) -> Character {
        if character.isASCII { return character }
        var result = ""
        for scalar in character.unicodeScalars {
            if scalar.isASCII {
                result.unicodeScalars.append(scalar)
            } else if let base = baseLetter(scalar) {
                result.unicodeScalars.append(base)
            }
        }
        if result.count == 1, let only = result.first { return only }
        return "?"
    }

    private static func baseLetter(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        if DisplayWidth.isZeroWidth(scalar) { return nil }  // a combining mark: dropped
        // Canonical decomposition: the first scalar of a precomposed Latin letter is its base.
        let decomposed = String(scalar).decomposedStringWithCanonicalMapping
        if let first = decomposed.unicodeScalars.first, first.isASCII { return first }
        switch scalar {
        case "’", "‘": return "'"
        case "“", "”": return "\""
        case "–", "—": return "-"
        case "•", "·": return "-"
        case "↑": return "^"
        case "↓": return "v"
        case "←": return "<"
        case "→", "›": return ">"
        default: return nil
        }
    }
}
