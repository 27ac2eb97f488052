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
        if word.hasSuffix(Self.nya) { bases.append(Array(word.dropLast(3))) }
        for base in bases {
            for suffix in Self.suffixes where base.hasSuffix(suffix) {
                bases.append(Array(base.dropLast(suffix.count)))
            }
        }
        return bases.filter { $0.count >= minimumRoot }
    }

    static func withoutPrefix(_ word: [UInt8]) -> [[UInt8]] {
        // Every prefix starts with one of d k b t p m: most words are done here.
        guard let first = word.first, Self.prefixStarts.contains(first) else { return [] }
        var roots: [[UInt8]] = []
        func rest(after prefix: [UInt8]) -> ArraySlice<UInt8>? {
            guard word.count - prefix.count >= minimumRoot, word.starts(with: prefix) else { return nil }
            return word.dropFirst(prefix.count)
        }
        for prefix in Self.plain {
            if let rest = rest(after: prefix) { roots.append(Array(rest)) }
        }
        for nasal in Self.nasals {
            if let rest = rest(after: nasal.bare), let first = rest.first, Self.keepAfterBare.contains(first) {
                roots.append(Array(rest))
            }
            if let rest = rest(after: nasal.m), let first = rest.first {
                if Self.keepAfterM.contains(first) { roots.append(Array(rest)) }
                if isVowel(first) { roots.append([Self.p] + rest) }
            }
            if let rest = rest(after: nasal.n), let first = rest.first {
                if Self.keepAfterN.contains(first) { roots.append(Array(rest)) }
                if isVowel(first) { roots.append([Self.t] + rest) }
            }
            if let rest = rest(after: nasal.ng), let first = rest.first {
                roots.append(Array(rest))
                if isVowel(first) { roots.append([Self.k] + rest) }
            }
            if let rest = rest(after: nasal.ny), let first = rest.first, isVowel(first) {
                roots.append([Self.s] + rest)
            }
            if let rest = rest(after: nasal.nge) { roots.append(Array(rest)) }
        }
        return roots
    }

    // The affixes as bytes, built once.
    private static let nya = Array("nya".utf8)
    private static let suffixes = ["kan", "an", "i"].map { Array($0.utf8) }
    private static let plain = ["di", "ke", "ber", "ter", "per"].map { Array($0.utf8) }
    private static let nasals = ["pe", "me"].map { base in
        let bytes = Array(base.utf8)
        return (
            bare: bytes, m: bytes + Array("m".utf8), n: bytes + Array("n".utf8), ng: bytes + Array("ng".utf8),
            ny: bytes + Array("ny".utf8), nge: bytes + Array("nge".utf8)
        )
    }
    private static let prefixStarts = Set("dkbtpm".utf8)
    private static let keepAfterBare = Set("lmnrwy".utf8)
    private static let keepAfterM = Set("bfvp".utf8)
    private static let keepAfterN = Set("cdjz".utf8)
    private static let (p, t, k, s) = (UInt8(ascii: "p"), UInt8(ascii: "t"), UInt8(ascii: "k"), UInt8(ascii: "s"))

    static func isVowel(_ letter: UInt8) -> Bool {
        letter == 0x61 || letter == 0x65 || letter == 0x69 || letter == 0x6F || letter == 0x75  // a e i o u
    }
}

extension Array where Element == UInt8 {
    fileprivate func hasSuffix(_ suffix: [UInt8]) -> Bool {
        count >= suffix.count && self[(count - suffix.count)...].elementsEqual(suffix)
    }
}
