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
///   The reason is the cleaned text.
/// - **Before an event**: `H-5`, `Disesuaikan dengan waktu (H-3)` (an `H`, a dash and a number,
///   written together) is `.beforeEvent(daysBefore:)`: the deadline is the opening of the event
///   day the pemohon names.
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
        if let number = MalformedNumber.find(in: raw) {
            return TimeLimitParse(
                reading: .open(reason: nil),
                warnings: [
                    "Jangka waktu tidak terbaca: «\(number)» bukan jumlah bulat positif (tanda minus, "
                        + "pecahan atau eksponen). Tulis jumlahnya dengan angka bulat, misalnya «5 hari kerja»."
                ])
        }
        var parser = TimeLimitTextParser(raw: raw)
        if let days = parser.eventDaysBefore {
            return refuseImplausible(TimeLimitParse(reading: .beforeEvent(daysBefore: days)))
        }
        return refuseImplausible(parser.run())
    }

    /// The longest amount a reading may hold per unit: about ten years of office time. A text
    /// beyond it (`100000 jam`, a mistyped `999 tahun`) is a typing or OCR error, not a promise;
    /// it reads as unreadable (open, with a warning) rather than as a deadline decades away.
    public static func plausibleMaximum(_ unit: TimeUnit) -> Int {
        switch unit {
        case .minutes: return 600_000
        case .hours: return 20_000
        case .days, .workdays: return 3_660
        case .weeks: return 520
        case .months: return 120
        case .years: return 10
        }
    }

    static func refuseImplausible(_ parse: TimeLimitParse) -> TimeLimitParse {
        let amounts: [TimeAmount]
        switch parse.reading {
        case .duration(let a): amounts = [a]
        case .extended(let base, let extra): amounts = [base, extra]
        case .choice(let options): amounts = options.map(\.amount)
        case .open: amounts = []
        case .beforeEvent(let days): amounts = [TimeAmount(days, .days)]
        }
        guard let bad = amounts.first(where: { $0.amount > plausibleMaximum($0.unit) }) else { return parse }
        return TimeLimitParse(
            reading: .open(reason: nil),
            warnings: parse.warnings + [
                "Jangka waktu \(bad) terlalu panjang (lebih dari sekitar 10 tahun); periksa teksnya. "
                    + "Dibaca sebagai tanpa batas pasti."
            ])
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

extension TimeLimitTextParser {
    /// The N of an event day written `H-N` (an `H`, a dash and a number, together), wherever it
    /// stands: `(H-5)`, `H-5 hari`, `paling lambat H-7`. The text is then tied to the event day,
    /// whatever amount follows the `H-` (`H-5 hari` is not 5 days from intake).
    var eventDaysBefore: Int? {
        let n = tokens.count
        for k in 0..<max(0, n - 2)
        where tokens[k].lower == "h" && tokens[k + 1].text == "-" && !tokens[k + 1].spaceBefore
            && !tokens[k + 2].spaceBefore
        {
            if let days = tokens[k + 2].number { return days }
        }
        return nil
    }
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
            var warning: String?
            if lower(k) == "kerja" {
                unit = .workdays
                k += 1
            } else if k < n, tokens[k].isWord, Self.isMistypedKerja(lower(k)) {
                unit = .workdays
                warning = "Kata «\(tokens[k].text)» dibaca sebagai «kerja» (hari kerja); periksa ejaannya."
                k += 1
            } else if lower(k) == "kalender" {
                k += 1
            }
            if k + 2 < n + 0, lower(k) == "(", lower(k + 1) == "hk", lower(k + 2) == ")" {
                unit = .workdays
                k += 3
            }
            return (unit, k, warning)
        case "hk": return (.workdays, j + 1, nil)
        case "kerja": return (.workdays, j + 1, "Kata «hari» tidak tertulis; «kerja» dibaca sebagai hari kerja.")
        case "minggu", "pekan": return (.weeks, j + 1, nil)
        case "bulan": return (.months, j + 1, nil)
        case "tahun": return (.years, j + 1, nil)
        default: return nil
        }
    }

    /// `kreja`, `kerj`, `kerjaa`, `kerha`: one edit (or one swap of neighbours) from `kerja`.
    static func isMistypedKerja(_ word: String) -> Bool {
        let a = Array("kerja")
        let b = Array(word)
        guard b.first == "k", abs(a.count - b.count) <= 1, word != "kerja" else { return false }
        // Damerau-Levenshtein distance ≤ 1 (optimal string alignment).
        var d = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { d[i][0] = i }
        for j in 0...b.count { d[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
                }
            }
        }
        return d[a.count][b.count] <= 1
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
}
