/// The roots an Indonesian word may have once its common affixes are taken off, so that
/// `pinjam` finds `Peminjaman` and `izin` finds `perizinan`.
///
/// Not a full stemmer (no dictionary): every reading the rules allow is returned, and a match
/// needs a root shared by the query word and the word searched. Suffixes `-nya`, then one of
/// `-kan`, `-an`, `-i`; up to two prefixes among `di-`, `ke-`, `ber-`, `ter-`, `per-`,
/// `pe-`/`me-` (before l, m, n, r, w, y), `pem-`/`mem-` (b, f, v, p kept; a vowel brings back
/// the `p`: peminjam → pinjam), `pen-`/`men-` (c, d, j, z kept; a vowel brings back the `t`:
/// penulis → tulis), `peng-`/`meng-` (a vowel may bring back the `k`: pengirim → kirim),
/// `peny-`/`meny-` (the `s`: penyusun → susun), `penge-`/`menge-` (one-syllable roots). A root
/// keeps at least three letters. Words are folded already (``SearchFold``: lower case ASCII).
public enum IndonesianStem {
    /// The shortest root kept.
    static let minimumRoot = 3

    /// The word's possible roots, the word itself included, without duplicates.
    public static func roots(_ word: String) -> [String] {
        let letters = Array(word.utf8)
        var found: [[UInt8]] = []
        func add(_ candidate: [UInt8]) {
            if candidate.count >= minimumRoot, !found.contains(candidate) { found.append(candidate) }
        }
        for base in withoutSuffixes(letters) {
            add(base)
            for once in withoutPrefix(base) {
                add(once)
                for twice in withoutPrefix(once) { add(twice) }
            }
        }
        return found.map { String(decoding: $0, as: UTF8.self) }
    }

    static func withoutSuffixes(_ word: [UInt8]) -> [[UInt8]] {
        var bases = [word]
        if word.hasSuffix("nya") { bases.append(Array(word.dropLast(3))) }
        for base in bases {
            for suffix in ["kan", "an", "i"] where base.hasSuffix(suffix) {
                bases.append(Array(base.dropLast(suffix.utf8.count)))
            }
        }
        return bases.filter { $0.count >= minimumRoot }
    }

    static func withoutPrefix(_ word: [UInt8]) -> [[UInt8]] {
        var roots: [[UInt8]] = []
        func rest(after prefix: String) -> [UInt8]? {
            guard word.hasPrefix(prefix), word.count - prefix.utf8.count >= minimumRoot else { return nil }
            return Array(word.dropFirst(prefix.utf8.count))
        }
        for prefix in ["di", "ke", "ber", "ter", "per"] {
            if let rest = rest(after: prefix) { roots.append(rest) }
        }
        for nasal in ["pe", "me"] {
            if let rest = rest(after: nasal), let first = rest.first, "lmnrwy".utf8.contains(first) {
                roots.append(rest)
            }
            if let rest = rest(after: nasal + "m"), let first = rest.first {
                if "bfvp".utf8.contains(first) { roots.append(rest) }
                if isVowel(first) { roots.append([UInt8(ascii: "p")] + rest) }
            }
            if let rest = rest(after: nasal + "n"), let first = rest.first {
                if "cdjz".utf8.contains(first) { roots.append(rest) }
                if isVowel(first) { roots.append([UInt8(ascii: "t")] + rest) }
            }
            if let rest = rest(after: nasal + "ng"), let first = rest.first {
                roots.append(rest)
                if isVowel(first) { roots.append([UInt8(ascii: "k")] + rest) }
            }
            if let rest = rest(after: nasal + "ny"), let first = rest.first, isVowel(first) {
                roots.append([UInt8(ascii: "s")] + rest)
            }
            if let rest = rest(after: nasal + "nge") { roots.append(rest) }
        }
        return roots
    }

    static func isVowel(_ letter: UInt8) -> Bool { "aeiou".utf8.contains(letter) }
}

extension Array where Element == UInt8 {
    fileprivate func hasPrefix(_ text: String) -> Bool { starts(with: text.utf8) }
    fileprivate func hasSuffix(_ text: String) -> Bool {
        let suffix = Array(text.utf8)
        return count >= suffix.count && self[(count - suffix.count)...].elementsEqual(suffix)
    }
}
