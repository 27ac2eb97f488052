import Foundation

/// Text → search words: lower case, accents folded (`é` → `e`), punctuation as spaces.
///
/// ASCII letters and digits are lowered byte by byte; only a word holding a non-ASCII letter is
/// folded with Foundation (slow, but rare in decree text). Start-up folds every card's text
/// through here, so this path is kept tight.
public enum SearchFold {
    public static func words(_ text: String) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        var needsFolding = false
        func finish() {
            guard !current.isEmpty else { return }
            let word = String(current)
            if needsFolding {
                words += slowWords(word)
            } else {
                words.append(word)
            }
            current = String.UnicodeScalarView()
            needsFolding = false
        }
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                if (value >= 0x61 && value <= 0x7A) || (value >= 0x30 && value <= 0x39) {
                    current.append(scalar)
                } else if value >= 0x41 && value <= 0x5A {
                    current.append(Unicode.Scalar(value | 0x20)!)
                } else {
                    finish()
                }
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil
                || scalar.properties.generalCategory == .nonspacingMark
            {
                current.append(scalar)
                needsFolding = true
            } else {
                finish()
            }
        }
        finish()
        return words
    }

    /// The full Unicode path for one word with non-ASCII letters.
    static func slowWords(_ text: String) -> [String] {
        let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        var words: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in folded.unicodeScalars {
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                current.append(scalar)
            } else if !current.isEmpty {
                words.append(String(current))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { words.append(String(current)) }
        return words
    }
}
