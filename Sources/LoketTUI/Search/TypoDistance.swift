/// Typing mistakes a search forgives: letters missed, doubled, swapped or mistyped
/// (`rekomendsi` → rekomendasi, `hibh` → hibah). One edit for a word of 4 to 7 letters, two
/// from 8; shorter words must be typed right.
public enum TypoDistance {
    /// The edits allowed for a query word of `length` letters.
    public static func allowance(_ length: Int) -> Int {
        length >= 8 ? 2 : (length >= 4 ? 1 : 0)
    }

    /// The edits (insert, delete, replace, swap two neighbours) from `query` to `word`, or to
    /// the start of `word` when `prefix` is true (a word still being typed); nil when more than
    /// `limit`.
    public static func distance(_ query: [UInt8], _ word: [UInt8], limit: Int, prefix: Bool = false) -> Int? {
        let m = query.count
        let n = word.count
        if m == 0 { return 0 }
        if !prefix, abs(m - n) > limit { return nil }
        if n < m - limit { return nil }
        // Optimal string alignment, three rows.
        let width = n + 1
        var before = [Int](repeating: 0, count: width)
        var previous = Array(0...n)
        var current = [Int](repeating: 0, count: width)
        for i in 1...m {
            current[0] = i
            var rowMinimum = i
            for j in 1..<width {
                let cost = query[i - 1] == word[j - 1] ? 0 : 1
                var value = Swift.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, query[i - 1] == word[j - 2], query[i - 2] == word[j - 1] {
                    value = Swift.min(value, before[j - 2] + 1)
                }
                current[j] = value
                rowMinimum = Swift.min(rowMinimum, value)
            }
            if rowMinimum > limit { return nil }
            (before, previous, current) = (previous, current, before)
        }
        let best = prefix ? previous.min() ?? m : previous[n]
        return best <= limit ? best : nil
    }
}
