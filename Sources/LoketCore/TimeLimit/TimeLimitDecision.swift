import Foundation

/// The last pass of ``TimeLimitTextParser``: from the amounts found to one reading (duration,
/// choice, steps summed, extension, open).
extension TimeLimitTextParser {
    // MARK: Decide

    mutating func decide(mentions: [TLMention], segments: [TLSegment], extensionPairs: [(Int, Int)]) -> TimeLimitReading
    {
        if mentions.isEmpty { return openReading() }

        if mentions.count == 2, let (a, b) = extensionPairs.first {
            let base = mentions[a]
            let ext = mentions[b]
            warnings += base.warnings + ext.warnings
            warnings.append(
                "Jangka waktu \(base.amount) dapat diperpanjang \(ext.amount) (sekali, oleh atasan, dengan alasan).")
            return .extended(base: base.amount, extension: ext.amount)
        }

        if mentions.count == 1 {
            return single(mentions[0], segments: segments)
        }

        // A written total wins.
        for (k, m) in mentions.enumerated() {
            let seg = segmentOf(m, in: segments)
            let from = k > 0 ? max(seg.start, mentions[k - 1].end) : seg.start
            let before = words(from..<m.start)
            if before.contains(where: { ["total", "jumlah", "keseluruhan", "seluruhnya"].contains($0) }) {
                let others = mentions.enumerated().filter { $0.offset != k }.map(\.element.amount)
                warnings += m.warnings
                warnings.append("Dipakai total yang tertulis (\(m.amount)); rincian tahap tidak dijumlahkan.")
                if let s = Self.sum(others), s.unit == m.amount.unit, s.amount != m.amount.amount {
                    warnings.append("Jumlah rincian (\(s)) berbeda dengan total tertulis (\(m.amount)).")
                }
                return .duration(m.amount)
            }
        }

        let bearing = segments.filter { !$0.mentions.isEmpty }
        var labelled = false
        var alternativeWord = false
        var stepWord = false
        for seg in bearing {
            let first = mentions[seg.mentions[0]]
            if words(seg.start..<first.start).contains(":") { labelled = true }
            let ws = words(seg.start..<seg.end)
            if ws.contains(where: { Self.alternativeWords.contains($0) }) { alternativeWord = true }
            if ws.contains(where: { Self.stepWords.contains($0) }) { stepWord = true }
        }
        if stepWord && !labelled && !alternativeWord {
            return steps(mentions: mentions, segments: segments)
        }
        return choice(mentions: mentions, segments: segments)
    }

    /// Splits a segment holding several amounts into one token range per amount.
    func split(_ seg: TLSegment, _ mentions: [TLMention]) -> [(mention: TLMention, range: Range<Int>)] {
        let ms = seg.mentions.map { mentions[$0] }
        guard ms.count > 1 else { return ms.map { ($0, seg.start..<seg.end) } }
        let prefixStyle = words(seg.start..<ms[0].start).contains { Self.conditionWords.contains($0) }
        var bounds: [Int] = [seg.start]
        for k in 0..<(ms.count - 1) {
            let a = ms[k]
            let b = ms[k + 1]
            var cut: Int?
            for j in stride(from: b.start - 1, through: a.end, by: -1) where !ignored[j] {
                if [",", "dan", "atau", "sedangkan", "serta"].contains(tokens[j].lower) {
                    cut = j
                    break
                }
            }
            if cut == nil, prefixStyle {
                for j in stride(from: b.start - 1, through: a.end, by: -1)
                where Self.conditionWords.contains(tokens[j].lower) || tokens[j].lower == "untuk" {
                    cut = j
                    break
                }
            }
            bounds.append(cut ?? b.start)
        }
        bounds.append(seg.end)
        return ms.enumerated().map { k, m in
            var lower = bounds[k]
            // A cutting conjunction or comma belongs to neither side.
            if k > 0, lower < n, [",", "dan", "atau", "sedangkan", "serta"].contains(tokens[lower].lower) {
                lower += 1
            }
            return (m, lower..<bounds[k + 1])
        }
    }

    mutating func choice(mentions: [TLMention], segments: [TLSegment]) -> TimeLimitReading {
        var options: [TimeLimitOption] = []
        var heading: String?
        for (index, seg) in segments.enumerated() {
            let segWords = words(seg.start..<seg.end)
            if seg.mentions.isEmpty {
                // A non-first item ending with ':' heads the items after it.
                if index > 0, segWords.last == ":" {
                    heading = conditionText(seg.start..<seg.end, excluding: [])
                }
                continue
            }
            let parts = split(seg, mentions)
            let currentHeading = heading
            for (k, part) in parts.enumerated() {
                let m = part.mention
                warnings += m.warnings
                var range = part.range
                // A trailing 'Heading :' after the last amount heads the items that follow.
                if k == parts.count - 1, segWords.last == ":", m.end < seg.end {
                    heading = conditionText(m.end..<seg.end, excluding: [])
                    range = part.range.lowerBound..<m.end
                }
                let prefix = conditionText(range.lowerBound..<m.start, excluding: mentions, fromConditionWord: true)
                let suffix = conditionText(m.end..<range.upperBound, excluding: mentions)
                var condition = [prefix, suffix].filter { !$0.isEmpty }.joined(separator: " ")
                if let h = currentHeading, !h.isEmpty {
                    condition = condition.isEmpty ? h : h + ": " + condition
                }
                if condition.isEmpty { condition = "Pilihan \(options.count + 1)" }
                if m.immediate {
                    warnings.append(
                        "«\(text(m))» dibaca sebagai segera (0 menit): tenggat = saat permohonan lengkap diterima.")
                }
                let option = TimeLimitOption(amount: m.amount, condition: condition)
                if !options.contains(option) { options.append(option) }
            }
        }
        if options.count == 1 { return .duration(options[0].amount) }
        return .choice(options)
    }

    mutating func steps(mentions: [TLMention], segments: [TLSegment]) -> TimeLimitReading {
        // Each step is a list of alternatives (amount, label).
        var stepList: [[(TimeAmount, String)]] = []
        var headingOpen = false
        var seenMention = false
        for seg in segments {
            if seg.mentions.isEmpty {
                if seenMention {
                    headingOpen = true
                    stepList.append([])
                }
                continue
            }
            seenMention = true
            let parts = split(seg, mentions).map { part -> (TimeAmount, String) in
                warnings += part.mention.warnings
                let prefix = conditionText(part.range.lowerBound..<part.mention.start, excluding: mentions)
                let suffix = conditionText(part.mention.end..<part.range.upperBound, excluding: mentions)
                return (part.mention.amount, [prefix, suffix].filter { !$0.isEmpty }.joined(separator: " "))
            }
            if headingOpen && seg.isDash {
                stepList[stepList.count - 1] += parts
            } else {
                headingOpen = false
                if stepList.last?.isEmpty == true { stepList.removeLast() }
                stepList.append(parts)
            }
        }
        stepList.removeAll { $0.isEmpty }
        let stepTexts = stepList.map { $0.map { "\($0.0)" }.joined(separator: " / ") }
        let summable = Self.sum(stepList.flatMap { $0.map(\.0) }) != nil
        if summable {
            warnings.append(
                "Tidak ada total tertulis: jangka waktu dijumlahkan dari \(stepList.count) tahap "
                    + "(\(stepTexts.joined(separator: " + ")))."
            )
            if mentions.contains(where: { $0.amount.range != nil }) {
                warnings.append("Tahap berupa rentang dijumlahkan per batas; tenggat memakai batas atas.")
            }
        }

        // Paths: one alternative per step.
        let pathCount = stepList.reduce(1) { $0 * max(1, $1.count) }
        var paths: [[(TimeAmount, String)]] = [[]]
        if pathCount > 24 {
            // Too many combinations to offer: keep the longest alternative of every step.
            warnings.append(
                "Terlalu banyak kombinasi pilihan (\(pathCount)); dipakai pilihan terpanjang di setiap tahap.")
            paths = [stepList.map { step in step.max { $0.0.approximateMinutes < $1.0.approximateMinutes }! }]
        } else {
            for step in stepList {
                paths = paths.flatMap { path in step.map { path + [$0] } }
            }
        }
        let multi = stepList.contains { $0.count > 1 }
        if multi {
            warnings.append(
                "Satu tahap memuat beberapa pilihan; setiap jalur dijumlahkan tersendiri dan petugas memilih.")
        }
        var options: [TimeLimitOption] = []
        for path in paths {
            let amounts = path.map(\.0)
            let labels = zip(stepList, path).filter { $0.0.count > 1 }.map { Self.shortLabel($0.1.1) }
            let amount: TimeAmount
            if let s = Self.sum(amounts) {
                amount = s
            } else {
                amount = amounts.max { $0.approximateMinutes < $1.approximateMinutes }!
                let list = amounts.map(\.description).joined(separator: " + ")
                warnings.append(
                    "Jangka waktu terdiri dari \(amounts.count) tahap (\(list)) dengan satuan berbeda sehingga "
                        + "tidak dapat dijumlahkan; dipakai tahap terpanjang (\(amount)). "
                        + "Periksa apakah tahap-tahap itu berurutan."
                )
            }
            options.append(TimeLimitOption(amount: amount, condition: labels.joined(separator: ", ")))
        }
        if options.count == 1 { return .duration(options[0].amount) }
        return .choice(options)
    }

    /// Shortens long quoted text in warnings (keeps the start and the end).
    static func quote(_ s: String, limit: Int = 120) -> String {
        guard s.count > limit else { return s }
        return String(s.prefix(limit / 2 - 2)) + " … " + String(s.suffix(limit / 2 - 2))
    }

    /// The label of an alternative inside a step: `Tender = 25 HK` → `Tender`.
    static func shortLabel(_ s: String) -> String {
        s.isEmpty ? "Pilihan" : s
    }

    mutating func single(_ m: TLMention, segments: [TLSegment]) -> TimeLimitReading {
        warnings += m.warnings
        let seg = segmentOf(m, in: segments)
        let prefixWords = words(seg.start..<m.start)
        if let c = prefixWords.firstIndex(where: { Self.conditionWords.contains($0) }) {
            let range = (seg.start..<m.start).filter { !ignored[$0] && !separator[$0] }
            let from = range[c]
            let text = Self.tidy(
                TimeLimitLexer.join(
                    tokens[from..<m.start].enumerated().filter {
                        !ignored[from + $0.offset]
                    }.map(\.element)))
            warnings.append("Jangka waktu bersyarat: «\(Self.quote(text))».")
        }
        if prefixWords.contains("minimal") || prefixWords.contains("minimum") || prefixWords.contains("sekurang") {
            warnings.append(
                "Teks menyebut batas minimal («\(text(m))»), bukan batas paling lama; "
                    + "tidak ada batas atas yang pasti.")
        }
        if prefixWords.contains(where: { Self.estimateWords.contains($0) }) {
            warnings.append("Jangka waktu berupa perkiraan («\(text(m))»).")
        }
        if m.immediate {
            warnings.append(
                "«\(text(m))» dibaca sebagai segera (0 menit): tenggat = saat permohonan lengkap diterima.")
        }
        let suffixWords = words(m.end..<seg.end)
        if let first = suffixWords.first(where: { !["."].contains($0) }),
            Self.qualifierStarts.contains(first) || first == "("
        {
            let suffix = conditionText(m.end..<seg.end, excluding: [m])
            if !suffix.isEmpty {
                if suffixWords.contains(where: { Self.anchorWords.contains($0) }) {
                    warnings.append(
                        "Jangka waktu dihitung dari peristiwa lain («\(Self.quote(suffix))»), "
                            + "bukan dari permohonan lengkap; periksa tanggal mulai."
                    )
                } else if suffixWords.contains(where: { Self.conditionWords.contains($0) }) {
                    warnings.append("Jangka waktu bersyarat: «\(Self.quote(suffix))».")
                } else {
                    warnings.append("Keterangan jangka waktu: «\(Self.quote(suffix))».")
                }
            }
        }
        return .duration(m.amount)
    }

    mutating func openReading() -> TimeLimitReading {
        let all = words(0..<n)
        let reason = cleaned
        let joined = " " + all.joined(separator: " ") + " "
        if (joined.contains(" sampai ") || joined.contains(" hingga "))
            && ["selesai", "tercapai", "kesepakatan", "tuntas"].contains(where: { all.contains($0) })
        {
            return .open(reason: reason)
        }
        if all.contains(where: {
            ["teranggarkan", "apbd", "apbn", "anggaran"].contains($0) || Self.months.contains($0)
        }) {
            return .open(reason: reason)
        }
        if joined.contains(" sesuai kebutuhan ") || all.contains("disesuaikan") || joined.contains(" tidak ditentukan ")
            || joined.contains(" tidak terbatas ") || joined.contains(" tidak tentu ")
            || joined.contains(" tanpa batas ")
        {
            return .open(reason: reason)
        }
        if joined.contains(" setiap hari ") {
            warnings.append("Teks menyatakan hari layanan, bukan jangka waktu.")
            return .open(reason: reason)
        }
        if let k = all.firstIndex(of: "per"), k + 1 < all.count,
            ["hari", "jam", "minggu", "bulan"].contains(all[k + 1])
        {
            warnings.append("Teks menyatakan kapasitas layanan, bukan jangka waktu.")
            return .open(reason: reason)
        }
        warnings.append("Jangka waktu tidak terbaca: «\(Self.quote(cleaned, limit: 200))».")
        return .open(reason: nil)
    }
}
