import Foundation

/// What is not the limit (lead times, usage periods, office hours), grouping into segments and
/// tidying texts: the middle passes of ``TimeLimitTextParser``.
extension TimeLimitTextParser {
    // MARK: Things that are not the limit

    mutating func dropNonLimits(_ mentions: [TLMention]) -> [TLMention] {
        var kept: [TLMention] = []
        var previousEnd = 0
        for m in mentions {
            defer { previousEnd = m.end }
            // Applicant lead time: `paling lambat 3 hari kerja sebelum kegiatan`.
            if lower(m.end) == "sebelum" {
                var stop = m.end + 1
                while stop < min(n, m.end + 4), !separator[stop] { stop += 1 }
                let tail = TimeLimitLexer.join(tokens[m.start..<stop])
                warnings.append(
                    "«\(tail) ...» adalah batas waktu bagi pemohon, bukan jangka waktu layanan; diabaikan.")
                for k in m.start..<m.end { ignored[k] = true }
                continue
            }
            // Usage period: `Jangka waktu penggunaan ... adalah 2 hari`, `masa berlaku 1 tahun`.
            var usageStart: Int?
            var k = m.start - 1
            while k > previousEnd, !separator[k] {
                if ["penggunaan", "berlaku", "pemakaian"].contains(lower(k)),
                    ["waktu", "masa", "lama"].contains(lower(k - 1))
                {
                    usageStart = lower(k - 2) == "jangka" ? k - 2 : k - 1
                }
                k -= 1
            }
            if let s = usageStart {
                let phrase = TimeLimitLexer.join(tokens[s..<m.end])
                warnings.append("«\(phrase)» adalah masa penggunaan, bukan jangka waktu layanan; diabaikan.")
                for k in s..<m.end { ignored[k] = true }
                continue
            }
            kept.append(m)
        }
        // Availability: `selama 24 jam` next to another amount.
        if kept.count > 1 {
            kept.removeAll { m in
                guard m.amount.unit == .hours, m.amount.amount == 24, m.amount.range == nil,
                    lower(m.start - 1) == "selama"
                else { return false }
                warnings.append(
                    "«selama 24 jam» menyatakan layanan tersedia sepanjang hari, bukan jangka waktu; diabaikan.")
                for k in (m.start - 1)..<m.end { ignored[k] = true }
                return true
            }
        }
        return kept
    }

    // MARK: Grouping

    func between(_ a: TLMention, _ b: TLMention) -> [TLToken] {
        guard a.end < b.start else { return [] }
        return (a.end..<b.start).filter { !ignored[$0] }.map { tokens[$0] }
    }

    /// Merges `1 jam 15 menit` into one amount; finds `A + B` extension pairs.
    func group(_ mentions: [TLMention]) -> ([TLMention], [(Int, Int)]) {
        var result: [TLMention] = []
        for m in mentions {
            if var last = result.last, !last.immediate, !m.immediate, last.amount.range == nil, m.amount.range == nil {
                let gap = between(last, m).map(\.lower)
                if gap.isEmpty || gap == ["dan"], let factor = Self.combineFactor(last.amount.unit, m.amount.unit) {
                    last.amount = TimeAmount(last.amount.amount * factor + m.amount.amount, m.amount.unit)
                    last.end = m.end
                    last.warnings += m.warnings
                    result[result.count - 1] = last
                    continue
                }
            }
            result.append(m)
        }
        var pairs: [(Int, Int)] = []
        for k in result.indices.dropLast() {
            let gap = between(result[k], result[k + 1]).map(\.lower)
            if gap.contains("+") || gap.contains("diperpanjang") || gap.contains("perpanjangan")
                || gap.contains("ditambah")
            {
                pairs.append((k, k + 1))
            }
        }
        return (result, pairs)
    }

    static func combineFactor(_ big: TimeUnit, _ small: TimeUnit) -> Int? {
        switch (big, small) {
        case (.hours, .minutes): return 60
        case (.years, .months): return 12
        case (.weeks, .days): return 7
        default: return nil
        }
    }

    /// Adds amounts when their units can be added exactly; nil otherwise.
    static func sum(_ amounts: [TimeAmount]) -> TimeAmount? {
        guard let first = amounts.first else { return nil }
        let family: (TimeUnit) -> Int = { unit in
            switch unit {
            case .minutes, .hours: return 0
            case .days, .weeks: return 1
            case .workdays: return 2
            case .months, .years: return 3
            }
        }
        guard amounts.allSatisfy({ family($0.unit) == family(first.unit) }) else { return nil }
        let allSame = amounts.allSatisfy { $0.unit == first.unit }
        let unit: TimeUnit
        let scale: (TimeUnit) -> Int
        if allSame {
            unit = first.unit
            scale = { _ in 1 }
        } else {
            switch family(first.unit) {
            case 0:
                unit = .minutes
                scale = { $0 == .hours ? 60 : 1 }
            case 1:
                unit = .days
                scale = { $0 == .weeks ? 7 : 1 }
            default:
                unit = .months
                scale = { $0 == .years ? 12 : 1 }
            }
        }
        var high = 0
        var low = 0
        var anyRange = false
        for a in amounts {
            high += a.amount * scale(a.unit)
            low += (a.range?.lowerBound ?? a.amount) * scale(a.unit)
            if let r = a.range, r.lowerBound != r.upperBound { anyRange = true }
        }
        return TimeAmount(high, unit, range: anyRange ? low...high : nil)
    }

    // MARK: Texts

    /// Condition text of tokens `range`, without ignored/separator tokens and mentions.
    func conditionText(_ range: Range<Int>, excluding mentions: [TLMention], fromConditionWord: Bool = false) -> String
    {
        var picked: [TLToken] = []
        for k in range where !ignored[k] && !separator[k] {
            if mentions.contains(where: { k >= $0.start && k < $0.end }) { continue }
            picked.append(tokens[k])
        }
        if fromConditionWord,
            let c = picked.firstIndex(where: { Self.alternativeWords.contains($0.lower) || $0.lower == "untuk" }),
            c > 0
        {
            picked.removeFirst(c)
        }
        return Self.tidy(TimeLimitLexer.join(picked))
    }

    /// Trims punctuation, unbalanced brackets and filler words from both ends.
    static func tidy(_ s: String) -> String {
        // Remove unmatched brackets.
        var chars = Array(s)
        var stack: [Int] = []
        var drop = Set<Int>()
        for (k, c) in chars.enumerated() {
            if c == "(" {
                stack.append(k)
            } else if c == ")" {
                if stack.isEmpty { drop.insert(k) } else { stack.removeLast() }
            }
        }
        drop.formUnion(stack)
        chars = chars.enumerated().filter { !drop.contains($0.offset) }.map(\.element)
        var text = String(chars).split(separator: " ").joined(separator: " ")
        let edge: Set<Character> = [" ", ":", "=", ";", ",", ".", "-", "•"]
        var changed = true
        while changed {
            changed = false
            while let f = text.first, edge.contains(f) {
                text.removeFirst()
                changed = true
            }
            while let l = text.last, edge.contains(l) {
                text.removeLast()
                changed = true
            }
            if text.hasPrefix("("), text.hasSuffix(")") {
                let inner = String(text.dropFirst().dropLast())
                if !inner.contains("(") && !inner.contains(")") {
                    text = inner
                    changed = true
                }
            }
            var words = text.split(separator: " ").map(String.init)
            while true {
                let count = words.count
                if count >= 2, fillerPairs.contains(words[(count - 2)...].joined(separator: " ").lowercased()) {
                    words.removeLast(2)
                } else if let w = words.last, fillerWords.contains(w.lowercased()) {
                    words.removeLast()
                } else if count > 2, fillerPairs.contains(words[..<2].joined(separator: " ").lowercased()) {
                    words.removeFirst(2)
                } else if count > 1, fillerWords.contains(words[0].lowercased()) {
                    words.removeFirst()
                } else {
                    break
                }
                changed = true
            }
            text = words.joined(separator: " ")
        }
        return text
    }

    func segmentOf(_ m: TLMention, in segments: [TLSegment]) -> TLSegment {
        segments.first { m.start >= $0.start && m.start < $0.end } ?? TLSegment(start: 0, end: n, isDash: false)
    }

    func words(_ range: Range<Int>) -> [String] {
        range.filter { !ignored[$0] && !separator[$0] }.map { tokens[$0].lower }
    }
}
