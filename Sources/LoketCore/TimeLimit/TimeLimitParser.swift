import Foundation

/// Reads a jangka waktu text (one cell of a Standar Pelayanan table) into a
/// `TimeLimitReading` plus Indonesian warnings.
///
/// Input: the raw cell text, HTML stripped and whitespace collapsed by the importer (the parser
/// strips tags, Markdown bold and entities again, defensively). List markers (`1.`, `•`, `-`,
/// `;`) should be kept: they separate options and steps.
///
/// ## What is recognised
/// - Amounts: digits (`3`), number words (`tiga`, `dua belas`, `empat puluh lima`, `seratus`),
///   both (`3 (tiga)`, `tiga (3)`: the digit wins, a disagreement such as `2 (satu)` is
///   warned about), a word alone in brackets (`(satu) hari`), OCR `l (satu)` = 1.
/// - Units, any case: `menit`, `jam`, `hari`, `hari kerja`, `HK`, `Hari Kerja (HK)`,
///   `minggu`/`pekan`, `bulan`, `tahun`; `5 (lima) kerja` (missing `hari`) = 5 workdays with a
///   warning; `3 x 24 jam` = 3 days.
/// - Ranges `1-3 jam`, `3 - 5 Hari Kerja`, `1 — 5`, `3 sampai 4 bulan`, `3 s/d 5 hari`: the
///   amount is the upper bound and the range is kept.
/// - Sums of adjacent amounts in falling units: `1 Jam 15 Menit` = 75 minutes,
///   `1 tahun 6 bulan` = 18 months, `1 minggu 2 hari` = 9 days.
/// - `A + B` (or `A ... diperpanjang B`): `.extended(base: A, extension: B)`.
/// - `Maksimal`, `paling lama`, `selambat-lambatnya`, `Jangka waktu ... adalah`: filler.
///
/// ## Decisions (DOMAIN.md is silent)
/// - **A single amount with a qualifier is a `.duration`.** The qualifier is kept as a warning:
///   conditions (`2 hari (tergantung keberadaan Pimpinan)`, `1 hari kerja (jika substansi
///   sudah sesuai)`, `Apabila sudah teranggarkan di APBD ... selama 3 bulan`), notes
///   (`1 jam (sesuai kebutuhan)`, `40 menit setipa judul SOP-AP`), estimates (`kurang lebih`),
///   minimums (`minimal 5 (lima) kerja`: no real upper limit) and other start events
///   (`sejak disposisi ...`, `setelah Nota BBM diterima`, `setelah akhir tahun anggaran`: the
///   officer must check the start date).
/// - **Immediate** (`langsung`, `saat itu juga`, `seketika`) is 0 minutes: the deadline is the
///   moment the complete application is received (moved into office hours).
/// - **Several amounts** are either *alternatives* (a `.choice`, the officer picks one) or
///   *steps* of one process (summed). They are steps when the items use process words
///   (`proses`, `reviu`, `disposisi`, `persiapan`, `pelaksanaan`, `penerimaan`, `input`,
///   `evaluasi`, `validasi`, `verifikasi`, `tahap`, ...) and no item is labelled as an
///   alternative (`X : 1 hari`, `jika`, `apabila`, `bila`, `via`, `atau`). Otherwise they are
///   alternatives: that is also the default, because letting the officer pick is never
///   silently wrong. A `Total ...` amount, when one is written, wins over the steps.
/// - **Steps without a total** are summed. Where one step has alternatives (a heading followed
///   by `- Tender = 25 HK - Seleksi = 50 HK`, or `20 hari untuk tender dan 40 hari untuk
///   seleksi` inside one item), the result is a `.choice` with one option per path, each the
///   sum of its steps (ranges sum bound by bound). Steps whose units cannot be added
///   (`7 hari` + `1 bulan`) give the longest step, with a warning.
/// - **Open**: no fixed limit for `Sampai ... selesai / tercapai kesepakatan`, budget windows
///   (`teranggarkan di APBD ... Januari s/d Desember`), `sesuai kebutuhan` / `disesuaikan` without
///   an amount, service-day statements (`Setiap Hari Kerja`), capacity (`10 buah KTP per hari`),
///   and event-relative limits (`H-5`, warned: counted back from the event, not from intake).
///   The reason is the cleaned text. Empty text is `.open(reason: nil)` with a warning; text
///   with no amount and no known phrase is `.open(reason: nil)` with
///   `Jangka waktu tidak terbaca: ...`.
/// - **Not the limit, ignored with a warning**: office hours (`Senin s/d Kamis, dari Jam 08.30
///   s/d 16.00 Wita`, `jam kantor 08.00 s/d 15.30 WIB`, `Istirahat Jam 12.30 s/d 14.00`),
///   availability (`selama 24 jam` next to another amount), the applicant's lead time
///   (`paling lambat 3 hari kerja sebelum ...`), usage periods (`Jangka waktu penggunaan ...
///   adalah 2 hari`).
public enum TimeLimitParser {
    public static func parse(_ raw: String) -> TimeLimitParse {
        var parser = TimeLimitTextParser(raw: raw)
        return parser.run()
    }
}

// MARK: - Implementation

struct TLMention {
    var start: Int
    var end: Int
    var amount: TimeAmount
    var warnings: [String]
    var immediate = false
}

struct TLSegment {
    var start: Int
    var end: Int
    var isDash: Bool
    var mentions: [Int] = []
}

struct TimeLimitTextParser {
    let raw: String
    let cleaned: String
    var tokens: [TLToken]
    var ignored: [Bool]
    var separator: [Bool]
    var warnings: [String] = []

    static let conditionWords: Set<String> = ["jika", "apabila", "bila", "kalau", "tergantung", "bergantung"]
    static let alternativeWords: Set<String> = ["jika", "apabila", "bila", "kalau", "via", "atau"]
    static let stepWords: Set<String> = [
        "proses", "reviu", "review", "disposisi", "persiapan", "pelaksanaan", "penerimaan", "input", "diinput",
        "evaluasi", "validasi", "verifikasi", "tahap", "tahapan", "pengumuman", "penyusunan", "pemeriksaan",
    ]
    static let qualifierStarts: Set<String> = [
        "jika", "apabila", "bila", "kalau", "tergantung", "bergantung", "sesuai", "untuk", "setiap", "setipa", "per",
        "sejak", "setelah", "terhitung", "karena", "dengan", "kecuali",
    ]
    static let anchorWords: Set<String> = ["sejak", "setelah", "terhitung"]
    static let estimateWords: Set<String> = [
        "kurang", "sekitar", "estimasi", "estimasikan", "diestimasikan", "perkiraan", "diperkirakan", "kira",
    ]
    /// Words and word pairs that only introduce an amount (`Maksimal`, `paling lama`,
    /// `dibutuhkan waktu`); trimmed from the ends of condition texts.
    static let fillerWords: Set<String> = [
        "adalah", "selama", "maksimal", "maksimum", "selambat-lambatnya", "yaitu", "yakni",
    ]
    static let fillerPairs: Set<String> = ["paling lama", "paling lambat", "kurang lebih", "dibutuhkan waktu"]
    static let months: Set<String> = [
        "januari", "februari", "pebruari", "maret", "april", "mei", "juni", "juli", "agustus", "september",
        "oktober", "november", "nopember", "desember",
    ]
    static let bulletChars: Set<String> = ["•", "·", "●", "▪", "◦", "", "✓", "✔", "*", "»"]

    init(raw: String) {
        self.raw = raw
        cleaned = TimeLimitLexer.clean(raw)
        tokens = TimeLimitLexer.tokenize(cleaned)
        ignored = Array(repeating: false, count: tokens.count)
        separator = Array(repeating: false, count: tokens.count)
    }

    var n: Int { tokens.count }

    func lower(_ i: Int) -> String { i >= 0 && i < n ? tokens[i].lower : "" }

    // MARK: Run

    mutating func run() -> TimeLimitParse {
        if cleaned.isEmpty {
            return TimeLimitParse(reading: .open(reason: nil), warnings: ["Jangka waktu kosong."])
        }
        markClockTimes()
        markSeparators()
        var mentions = scanMentions()
        mentions = dropNonLimits(mentions)
        let (grouped, extensionPairs) = group(mentions)
        mentions = grouped
        var segments = buildSegments()
        for (k, m) in mentions.enumerated() {
            if let s = segments.firstIndex(where: { m.start >= $0.start && m.start < $0.end }) {
                segments[s].mentions.append(k)
            }
        }
        let reading = decide(mentions: mentions, segments: segments, extensionPairs: extensionPairs)
        var seen = Set<String>()
        let unique = warnings.filter { seen.insert($0).inserted }
        return TimeLimitParse(reading: reading, warnings: unique)
    }

    // MARK: Office hours

    /// Clock times (`08.30`, `16:00`) are office hours, never durations. They, and the words
    /// that only make sense around them (`jam`, `pukul`, `s/d`, `WITA`), are ignored.
    mutating func markClockTimes() {
        var clocks: [String] = []
        var i = 0
        while i + 2 < n {
            let a = tokens[i]
            let dot = tokens[i + 1]
            let b = tokens[i + 2]
            if let h = a.number, a.text.count <= 2, h <= 24, dot.text == "." || dot.text == ":", !dot.spaceBefore,
                let m = b.number, b.text.count == 2, m <= 59, !b.spaceBefore
            {
                ignored[i] = true
                ignored[i + 1] = true
                ignored[i + 2] = true
                clocks.append(a.text + dot.text + b.text)
                if ["jam", "pukul", "pkl"].contains(lower(i - 1)) { ignored[i - 1] = true }
                if ["wita", "wib", "wit"].contains(lower(i + 3)) { ignored[i + 3] = true }
                if ["s/d", "-", "sampai", "hingga", "sd"].contains(lower(i - 1)), i >= 2, ignored[i - 2] {
                    ignored[i - 1] = true
                }
                i += 3
            } else {
                i += 1
            }
        }
        if !clocks.isEmpty {
            warnings.append(
                "Teks memuat jam layanan (\(clocks.joined(separator: ", "))); "
                    + "jam tersebut bukan jangka waktu dan diabaikan."
            )
        }
    }

    // MARK: Separators

    /// List markers (`1.` followed by a space), bullets, `;` and dash bullets (` - Tender`)
    /// separate items.
    mutating func markSeparators() {
        for i in 0..<n where !ignored[i] {
            let t = tokens[i]
            if t.number != nil, t.text.count <= 2, i + 1 < n, tokens[i + 1].text == ".", !tokens[i + 1].spaceBefore,
                i + 2 >= n || tokens[i + 2].spaceBefore, i == 0 || t.spaceBefore
            {
                separator[i] = true
                separator[i + 1] = true
            } else if t.text == ";" || Self.bulletChars.contains(t.text) {
                separator[i] = true
            } else if t.text == "-", i == 0 || (t.spaceBefore && tokens[i - 1].number == nil),
                i + 1 < n, tokens[i + 1].isWord, tokens[i + 1].spaceBefore
            {
                separator[i] = true
            }
        }
    }

    func buildSegments() -> [TLSegment] {
        var segments: [TLSegment] = []
        var start = 0
        var dash = false
        var i = 0
        while i <= n {
            if i == n || separator[i] {
                if i > start { segments.append(TLSegment(start: start, end: i, isDash: dash)) }
                if i < n {
                    // Skip the whole separator run (`1` + `.`, `; -`); the item is a dash item
                    // when the run holds a dash bullet.
                    var j = i
                    dash = false
                    while j < n, separator[j] {
                        if tokens[j].text == "-" { dash = true }
                        j += 1
                    }
                    start = j
                    i = j
                    continue
                }
            }
            i += 1
        }
        return segments
    }

    // MARK: Amounts

    func bracketClose(after j: Int) -> Int? {
        guard j < n, tokens[j].text == "(" else { return nil }
        var k = j + 1
        while k < n, k <= j + 5 {
            if tokens[k].text == ")" { return k > j + 1 ? k : nil }
            guard tokens[k].isWord else { return nil }
            k += 1
        }
        return nil
    }

    func parseNumber(_ i: Int) -> (value: Int, next: Int, warning: String?)? {
        guard i < n, !ignored[i], !separator[i] else { return nil }
        let t = tokens[i]
        if let v = t.number {
            if let close = bracketClose(after: i + 1) {
                var warning: String?
                if let (wv, wn) = NumberWords.parse(tokens, at: i + 2), wn == close, wv != v {
                    let shown = TimeLimitLexer.join(tokens[i...close])
                    warning = "Angka dan kata tidak sama: «\(shown)»; dipakai angka \(v)."
                }
                return (v, close + 1, warning)
            }
            return (v, i + 1, nil)
        }
        if t.isWord {
            if let (wv, wn) = NumberWords.parse(tokens, at: i) {
                if wn + 2 < n, tokens[wn].text == "(", let d = tokens[wn + 1].number, tokens[wn + 2].text == ")" {
                    let warning =
                        d == wv
                        ? nil
                        : "Angka dan kata tidak sama: «\(TimeLimitLexer.join(tokens[i...(wn + 2)]))»; "
                            + "dipakai angka \(d)."
                    return (d, wn + 3, warning)
                }
                return (wv, wn, nil)
            }
            if t.lower == "l" || t.lower == "i", i + 1 < n, tokens[i + 1].text == "(",
                let (wv, wn) = NumberWords.parse(tokens, at: i + 2), wn < n, tokens[wn].text == ")"
            {
                return (wv, wn + 1, "«\(TimeLimitLexer.join(tokens[i...wn]))» dibaca sebagai angka \(wv).")
            }
        }
        if t.text == "(", let (wv, wn) = NumberWords.parse(tokens, at: i + 1), wn < n, tokens[wn].text == ")" {
            let shown = TimeLimitLexer.join(tokens[i...wn])
            return (wv, wn + 1, "Angka tidak tertulis: «\(shown)»; dipakai kata (\(wv)).")
        }
        return nil
    }

    func parseUnit(_ j: Int) -> (unit: TimeUnit, next: Int, warning: String?)? {
        guard j < n, !ignored[j], !separator[j] else { return nil }
        switch tokens[j].lower {
        case "menit", "mnt": return (.minutes, j + 1, nil)
        case "jam": return (.hours, j + 1, nil)
        case "hari":
            var unit = TimeUnit.days
            var k = j + 1
            if lower(k) == "kerja" {
                unit = .workdays
                k += 1
            } else if lower(k) == "kalender" {
                k += 1
            }
            if k + 2 < n + 0, lower(k) == "(", lower(k + 1) == "hk", lower(k + 2) == ")" {
                unit = .workdays
                k += 3
            }
            return (unit, k, nil)
        case "hk": return (.workdays, j + 1, nil)
        case "kerja": return (.workdays, j + 1, "Kata «hari» tidak tertulis; «kerja» dibaca sebagai hari kerja.")
        case "minggu", "pekan": return (.weeks, j + 1, nil)
        case "bulan": return (.months, j + 1, nil)
        case "tahun": return (.years, j + 1, nil)
        default: return nil
        }
    }

    func parseAmount(_ i: Int) -> TLMention? {
        guard let (v1, n1, w1) = parseNumber(i) else { return nil }
        var warns = w1.map { [$0] } ?? []
        var j = n1
        // `3 x 24 jam` = 3 days.
        if j + 2 < n, lower(j) == "x" || lower(j) == "×", tokens[j + 1].number == 24, lower(j + 2) == "jam" {
            warns.append("«\(TimeLimitLexer.join(tokens[i..<(j + 3)]))» dibaca sebagai \(v1) hari.")
            return TLMention(start: i, end: j + 3, amount: TimeAmount(v1, .days), warnings: warns)
        }
        var value = v1
        var low: Int?
        if j < n, ["-", "s/d", "sd", "sampai", "hingga"].contains(lower(j)), !ignored[j] {
            var k = j + 1
            if lower(j) == "sampai", lower(k) == "dengan" { k += 1 }
            if let (v2, n2, w2) = parseNumber(k), v2 > v1, parseUnit(n2) != nil {
                low = v1
                value = v2
                j = n2
                if let w2 { warns.append(w2) }
            }
        }
        guard let (unit, end, uw) = parseUnit(j) else { return nil }
        if let uw { warns.append(uw) }
        if unit == .hours, value > 24 {
            warns.append(
                "«\(value) jam» lebih dari sehari; "
                    + "dihitung sebagai jam kerja. Periksa apakah yang dimaksud menit atau hari."
            )
        }
        return TLMention(
            start: i, end: end, amount: TimeAmount(value, unit, range: low.map { $0...value }),
            warnings: warns)
    }

    func immediate(at i: Int) -> TLMention? {
        guard !ignored[i], !separator[i] else { return nil }
        let w = tokens[i].lower
        if w == "saat", lower(i + 1) == "itu", lower(i + 2) == "juga" {
            return TLMention(start: i, end: i + 3, amount: TimeAmount(0, .minutes), warnings: [], immediate: true)
        }
        guard w == "langsung" || w == "seketika" else { return nil }
        let prevOK = i == 0 || separator[i - 1] || [":", "="].contains(tokens[i - 1].text)
        let nextOK = i + 1 >= n || separator[i + 1] || [";", ".", ",", "("].contains(tokens[i + 1].text)
        guard prevOK && nextOK else { return nil }
        return TLMention(start: i, end: i + 1, amount: TimeAmount(0, .minutes), warnings: [], immediate: true)
    }

    func scanMentions() -> [TLMention] {
        var result: [TLMention] = []
        var i = 0
        while i < n {
            if let m = parseAmount(i) ?? immediate(at: i) {
                result.append(m)
                i = m.end
            } else {
                i += 1
            }
        }
        return result
    }

    func text(_ m: TLMention) -> String { TimeLimitLexer.join(tokens[m.start..<m.end]) }

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
        // Event-relative: `(H-5)`.
        for k in 0..<max(0, n - 2)
        where tokens[k].lower == "h" && tokens[k + 1].text == "-" && tokens[k + 2].number != nil
            && !tokens[k + 1].spaceBefore
        {
            let d = tokens[k + 2].number!
            warnings.append(
                "Jangka waktu mengacu pada hari pelaksanaan acara (H-\(d)), dihitung mundur dari acara, bukan dari "
                    + "permohonan; tetapkan tanggal target secara manual.")
            return .open(reason: reason)
        }
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
