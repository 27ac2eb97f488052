import Foundation

/// The normalised form of a name, used to recognise the same agency, unit or service across
/// imports whatever its spelling: `Permohonan MC.` and `permohonan  MC` have the same key.
///
/// The key is:
/// - lower-cased, with diacritics and full-width forms folded (`É` → `e`);
/// - stripped of punctuation and symbols (`.`, `,`, `;`, `/`, `-`, `(`, ...), which are dropped
///   without leaving a space, so a trailing `.` or `;` never matters and `S.H.` matches `SH`;
/// - whitespace collapsed to single spaces, trimmed at both ends.
///
/// Words stay separated by a space, so the key is still readable in the database and a search
/// can match it word by word.
public enum NameKey {
    public static func make(_ name: String) -> String {
        let folded = name.folding(
            options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil
        ).lowercased()
        var key = ""
        key.reserveCapacity(folded.count)
        var pendingSpace = false
        for character in folded {
            if character.isLetter || character.isNumber {
                if pendingSpace && !key.isEmpty { key.append(" ") }
                pendingSpace = false
                key.append(character)
            } else if character.isWhitespace {
                pendingSpace = true
            }
            // Anything else (punctuation, symbols, control characters) is dropped.
        }
        return key
    }

    /// The key without its spaces: for matching words the PDF extraction split or glued
    /// (`Penylaian Mandiri` against `PenylaianMandiri`).
    public static func compact(_ name: String) -> String {
        make(name).replacingOccurrences(of: " ", with: "")
    }
}
