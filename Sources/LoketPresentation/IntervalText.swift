import Foundation

/// A span typed in short Indonesian words: `1hari`/`1d`, `12jam`/`12j`, `30menit`/`30mnt`,
/// `1minggu`/`1w`. `h` and `m` are refused: at an Indonesian counter `h` may mean hari or hour,
/// `m` menit or minggu.
public enum IntervalText {
    public enum Problem: Error, Sendable, Hashable {
        /// `h` or `m`: which of the two is meant.
        case ambiguous(text: String, unit: String, meanings: String)
        case unreadable(String)
    }

    public static func seconds(_ text: String) throws(Problem) -> TimeInterval {
        let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
        let digits = trimmed.prefix { $0.isASCII && $0.isNumber }
        let unit = trimmed.dropFirst(digits.count).trimmingCharacters(in: .whitespaces)
        if unit == "h" { throw .ambiguous(text: text, unit: unit, meanings: "hari atau jam") }
        if unit == "m" { throw .ambiguous(text: text, unit: unit, meanings: "menit atau minggu") }
        let seconds: Double? =
            switch unit {
            case "d", "hari": 86_400
            case "j", "jam": 3_600
            case "mnt", "menit": 60
            case "w", "mg", "minggu": 604_800
            default: nil
            }
        guard digits.count <= 6, let n = Double(digits), let seconds else { throw .unreadable(text) }
        return n * seconds
    }
}

extension IntervalText.Problem: CustomStringConvertible {
    public var description: String {
        switch self {
        case let .ambiguous(text, unit, meanings):
            return "Rentang '\(text)' ambigu: '\(unit)' bisa berarti \(meanings). "
                + "Tulis satuannya, misalnya 1hari, 12jam, 30menit atau 1minggu (juga 1d, 12j, 30mnt, 1w)."
        case let .unreadable(text):
            return "Rentang '\(text)' tidak dikenali; tulis angka dan satuannya, misalnya 1hari, 12jam atau 30menit."
        }
    }
}
