import Foundation

/// A token of a jangka waktu text. Tokens keep their original spelling (for condition texts
/// shown to officers) and a lower-cased form for matching.
struct TLToken: Sendable, Hashable {
    enum Kind: Sendable, Hashable {
        case number(Int)
        case word, punct
    }

    var text: String
    var lower: String
    var kind: Kind
    /// True when whitespace preceded the token in the cleaned text.
    var spaceBefore: Bool

    var number: Int? { if case .number(let n) = kind { return n } else { return nil } }
    var isWord: Bool { kind == .word }
    var isPunct: Bool { kind == .punct }
}

enum TimeLimitLexer {
    /// Cleans a raw cell defensively: strips HTML tags and Markdown bold, decodes the common
    /// entities, unifies dashes (`—`, `–` → `-`) and collapses whitespace. The importer is
    /// expected to have done most of this already; doing it again is harmless.
    static func clean(_ raw: String) -> String {
        var out = ""
        out.reserveCapacity(raw.count)
        var inTag = false
        let chars = Array(raw)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if inTag {
                if c == ">" {
                    inTag = false
                    out.append(" ")
                }
            } else if c == "<", i + 1 < chars.count, chars[i + 1].isLetter || chars[i + 1] == "/" || chars[i + 1] == "!"
            {
                inTag = true
            } else {
                out.append(c)
            }
            i += 1
        }
        let replacements: [(String, String)] = [
            ("&nbsp;", " "), ("&amp;", "&"), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"),
            ("**", " "), ("\u{2014}", "-"), ("\u{2013}", "-"), ("\u{2212}", "-"), ("\u{00A0}", " "),
            ("\u{2019}", "'"), ("\u{2018}", "'"),
        ]
        for (from, to) in replacements where out.contains(from) {
            out = out.replacingOccurrences(of: from, with: to)
        }
        return out.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// Splits cleaned text into numbers (ASCII digit runs), words (letter runs, with inner
    /// apostrophes and slashes: `Jum'at`, `s/d`, `tender/seleksi`) and single punctuation marks.
    static func tokenize(_ text: String) -> [TLToken] {
        var tokens: [TLToken] = []
        let chars = Array(text)
        var i = 0
        var space = false
        while i < chars.count {
            let c = chars[i]
            if c.isWhitespace {
                space = true
                i += 1
                continue
            }
            var j = i + 1
            let kind: TLToken.Kind
            if c.isASCII && c.isNumber {
                while j < chars.count, chars[j].isASCII, chars[j].isNumber { j += 1 }
                let digits = String(chars[i..<j])
                kind = .number(Int(digits.prefix(9)) ?? 0)
            } else if c.isLetter {
                while j < chars.count {
                    let d = chars[j]
                    if d.isLetter {
                        j += 1
                    } else if d == "'" || d == "/", j + 1 < chars.count, chars[j + 1].isLetter {
                        j += 2
                    } else {
                        break
                    }
                }
                kind = .word
            } else {
                kind = .punct
            }
            let piece = String(chars[i..<j])
            tokens.append(TLToken(text: piece, lower: piece.lowercased(), kind: kind, spaceBefore: space))
            space = false
            i = j
        }
        return tokens
    }

    /// Joins tokens back into text with their original spacing.
    static func join(_ tokens: some Sequence<TLToken>) -> String {
        var out = ""
        for t in tokens {
            if t.spaceBefore && !out.isEmpty { out.append(" ") }
            out.append(t.text)
        }
        return out
    }
}

/// Indonesian number words: `satu` ... `sembilan`, `sepuluh`, `sebelas`, `dua belas` ...
/// `sembilan belas`, `dua puluh` ... `sembilan puluh sembilan`, `seratus`, `dua ratus ...`,
/// `seribu`, `dua ribu ...`.
enum NumberWords {
    static let units: [String: Int] = [
        "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8, "sembilan": 9,
    ]

    /// Parses a number word sequence starting at `i`; returns the value and the index after it.
    static func parse(_ tokens: [TLToken], at i: Int) -> (value: Int, next: Int)? {
        var i = i
        var total = 0
        var matched = false
        // Thousands.
        if let (v, n) = below1000(tokens, i), n < tokens.count, tokens[n].lower == "ribu" {
            total += v * 1000
            i = n + 1
            matched = true
        } else if i < tokens.count, tokens[i].lower == "seribu" {
            total += 1000
            i += 1
            matched = true
        }
        if let (v, n) = below1000(tokens, i) {
            total += v
            i = n
            matched = true
        }
        return matched ? (total, i) : nil
    }

    private static func below1000(_ tokens: [TLToken], _ i: Int) -> (Int, Int)? {
        guard i < tokens.count else { return nil }
        var i = i
        var total = 0
        var matched = false
        if tokens[i].lower == "seratus" {
            total = 100
            i += 1
            matched = true
        } else if let u = units[tokens[i].lower], i + 1 < tokens.count, tokens[i + 1].lower == "ratus" {
            total = u * 100
            i += 2
            matched = true
        }
        if let (v, n) = below100(tokens, i) {
            total += v
            i = n
            matched = true
        }
        return matched ? (total, i) : nil
    }

    private static func below100(_ tokens: [TLToken], _ i: Int) -> (Int, Int)? {
        guard i < tokens.count else { return nil }
        let w = tokens[i].lower
        if w == "sepuluh" { return (10, i + 1) }
        if w == "sebelas" { return (11, i + 1) }
        guard let u = units[w] else { return nil }
        if i + 1 < tokens.count {
            switch tokens[i + 1].lower {
            case "belas": return (10 + u, i + 2)
            case "puluh":
                if i + 2 < tokens.count, let u2 = units[tokens[i + 2].lower] { return (u * 10 + u2, i + 3) }
                return (u * 10, i + 2)
            default: break
            }
        }
        return (u, i + 1)
    }
}
