import Foundation
import LoketCore

/// Reads a decree's identity from its front matter: the issuing agency (from the letterhead or
/// the title), the decree number (`NOMOR ...`) and the date it was set (`tanggal 4 Nopember 2021`).
enum DecreeHeader {
    static let organisationWords = [
        "SEKRETARIAT", "DINAS", "BADAN", "KANTOR", "INSPEKTORAT", "SATUAN", "RUMAH SAKIT", "KECAMATAN",
        "KELURAHAN", "BIRO", "UPTD", "UNIT", "DIREKTORAT", "LEMBAGA",
    ]

    /// The agency name from the letterhead, e.g. `PEMERINTAH KOTA DENPASAR` + `SEKRETARIAT DAERAH`
    /// → `Sekretariat Daerah Kota Denpasar`; falls back to the `KEPUTUSAN ...` title.
    static func agencyName(lines: [String]) -> String? {
        for (index, line) in lines.prefix(80).enumerated() {
            let upper = line.trimmed.uppercased()
            guard upper.hasPrefix("PEMERINTAH ") else { continue }
            var region = String(upper.dropFirst("PEMERINTAH ".count))
            var organisation = ""
            for word in organisationWords {
                if let range = region.range(of: " " + word) {
                    organisation = String(region[range.lowerBound...]).trimmed
                    region = String(region[..<range.lowerBound]).trimmed
                    break
                }
            }
            if organisation.isEmpty {
                for next in lines[(index + 1)...].prefix(6) {
                    let candidate = next.trimmed.uppercased()
                    if organisationWords.contains(where: { candidate.hasPrefix($0) }) {
                        organisation = candidate
                        break
                    }
                }
            }
            guard !organisation.isEmpty, !region.isEmpty else { continue }
            return TitleCase.apply(organisation + " " + region)
        }
        // KEPUTUSAN SEKRETARIS DAERAH KOTA X → Sekretariat Daerah Kota X
        for (index, line) in lines.prefix(120).enumerated() {
            let upper = line.trimmed
            guard upper.hasPrefix("KEPUTUSAN "), upper == upper.uppercased() else { continue }
            var title = String(upper.dropFirst("KEPUTUSAN ".count))
            if index + 1 < lines.count, !lines[index + 1].trimmed.hasPrefix("NOMOR"),
                lines[index + 1].trimmed == lines[index + 1].trimmed.uppercased(), !lines[index + 1].trimmed.isEmpty
            {
                title += " " + lines[index + 1].trimmed
            }
            title = title.replacingOccurrences(of: "SEKRETARIS DAERAH SEKRETARIAT DAERAH", with: "SEKRETARIAT DAERAH")
            title = title.replacingOccurrences(of: "SEKRETARIS DAERAH", with: "SEKRETARIAT DAERAH")
            if title.hasPrefix("KEPALA ") { title = String(title.dropFirst("KEPALA ".count)) }
            return TitleCase.apply(title)
        }
        return nil
    }

    /// The decree number from the first `NOMOR ...` line at or after `start`, markup removed and
    /// spaces around `/` dropped: `NOMOR 000.8.3.2/ 26 /2024` → `000.8.3.2/26/2024`.
    static func number(lines: [String], from start: Int, to end: Int) -> (number: String, line: Int)? {
        guard start < end else { return nil }
        for index in start..<min(end, lines.count) where lines[index].containsASCIIInsensitive("nomor") {
            let line = lines[index].trimmed
            guard line.uppercased().hasPrefix("NOMOR") else { continue }
            var rest = line.dropFirst(5).drop { $0 == " " || $0 == ":" || $0 == "\t" }
            if rest.isEmpty { continue }
            rest = Substring(CellText.flatten(String(rest)))
            var number = String(rest)
            while number.contains(" /") || number.contains("/ ") {
                number = number.replacingOccurrences(of: " /", with: "/").replacingOccurrences(of: "/ ", with: "/")
            }
            return (number, index)
        }
        return nil
    }

    /// Month names as decrees spell them (old spellings, the `Okt.` abbreviation included).
    static let months: [(String, Int)] = [
        ("januari", 1), ("februari", 2), ("pebruari", 2), ("maret", 3), ("april", 4), ("mei", 5), ("juni", 6),
        ("djuni", 6), ("juli", 7), ("djuli", 7), ("agustus", 8), ("september", 9), ("oktober", 10), ("okt", 10),
        ("nopember", 11), ("november", 11), ("desember", 12),
    ]

    /// The month a word names: a spelling of ``months``, or one OCR edit away from exactly one
    /// month (`Apri1`, `Aprll`; `guessed` is then true). Words of fewer than four letters are
    /// only taken as written.
    static func month(_ word: String) -> (month: Int, guessed: Bool)? {
        if let exact = months.first(where: { $0.0 == word }) { return (exact.1, false) }
        guard word.count >= 4 else { return nil }
        let near = Set(months.filter { editDistance($0.0, word) <= 1 }.map(\.1))
        guard near.count == 1 else { return nil }
        return (near.first!, true)
    }

    /// The date the decree was set, from its signing block only: a line starting `Ditetapkan di`
    /// and `pada tanggal D Bulan YYYY` on it or on one of the next three lines (emphasis
    /// allowed). No other date of the text (a consultation forum's in the preamble, the
    /// appendix heading) is ever taken. What cannot be read is left out and reported: a month
    /// one edit away is taken with a warning; a missing year is the year of the decree number
    /// (`fallbackYear`); an unreadable month leaves the year alone (`2024`), with the day in the
    /// warning. Nil when the signing block gives no year at all.
    static func date(
        lines: [String], from start: Int, to end: Int, fallbackYear: Int?, warnings: inout [ImportWarning]
    ) -> String? {
        let range = start..<min(end, lines.count)
        for index in range where lines[index].containsASCIIInsensitive("ditetapkan") {
            guard CellText.flatten(lines[index]).lowercased().hasPrefix("ditetapkan di") else { continue }
            var block: [(line: Int, text: String)] = [(index, CellText.flatten(lines[index]).lowercased())]
            var next = index + 1
            while block.count < 4, next < range.upperBound {
                let text = CellText.flatten(lines[next]).lowercased()
                if !text.isEmpty { block.append((next, text)) }
                next += 1
            }
            guard let found = block.first(where: { $0.text.contains("tanggal") }) else { continue }
            let tail = found.text[found.text.range(of: "tanggal")!.upperBound...]
            return signingDate(
                words: tail.split { !$0.isLetter && !$0.isNumber }.map(String.init), line: found.line + 1,
                fallbackYear: fallbackYear, warnings: &warnings)
        }
        return nil
    }

    static func signingDate(words: [String], line: Int, fallbackYear: Int?, warnings: inout [ImportWarning])
        -> String?
    {
        func warn(_ message: String) { warnings.append(ImportWarning(line: line, message: message)) }
        var rest = words[...]
        var day: Int?
        if let first = rest.first, let value = Int(first), (1...31).contains(value) {
            day = value
            rest = rest.dropFirst()
        }
        var month: Int?
        var monthWord: String?
        if let word = rest.first, Int(word) == nil {
            monthWord = word
            rest = rest.dropFirst()
            if let read = Self.month(word) {
                month = read.month
                if read.guessed {
                    warn("nama bulan '\(word)' pada tanggal keputusan dibaca sebagai '\(Self.monthName(read.month))'")
                }
            }
        }
        var year = rest.first.flatMap { Int($0) }.flatMap { (1945...2100).contains($0) ? $0 : nil }
        if year == nil, let fallbackYear {
            year = fallbackYear
            warn("tanggal keputusan tanpa tahun; dipakai tahun \(fallbackYear) dari nomornya")
        } else if let written = year, let fallbackYear, written != fallbackYear {
            warn(
                "tahun tanggal keputusan (\(written)) berbeda dengan tahun pada nomornya (\(fallbackYear)); "
                    + "dipakai yang tertulis pada tanggal")
        }
        guard let year else { return nil }
        guard let month else {
            let what = monthWord.map { "bulan '\($0)' tidak terbaca" } ?? "bulannya tidak tertulis"
            warn(
                "tanggal keputusan tidak lengkap: \(what); disimpan tahunnya saja (\(year))"
                    + (day.map { ", tanggal \($0) tidak dipakai tanpa bulan" } ?? ""))
            return String(format: "%04d", year)
        }
        guard let day else {
            warn("tanggal keputusan tanpa hari; disimpan bulan dan tahunnya (\(monthName(month)) \(year))")
            return String(format: "%04d-%02d", year, month)
        }
        guard LocalDate(year: year, month: month, day: day) != nil else {
            warn("tanggal keputusan \(day) \(monthName(month)) \(year) tidak ada; disimpan bulan dan tahunnya")
            return String(format: "%04d-%02d", year, month)
        }
        return String(format: "%04d-%02d-%02d", year, month, day)
    }

    static func monthName(_ month: Int) -> String { months.first { $0.1 == month }!.0 }

    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a)
        let b = Array(b)
        var previous = Array(0...b.count)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...max(b.count, 1) where !b.isEmpty {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return a.isEmpty ? b.count : previous[b.count]
    }
}

/// Indonesian title case for names printed in capitals: `BAGIAN KESEJAHTERAAN RAKYAT (KESRA)`
/// → `Bagian Kesejahteraan Rakyat (KESRA)`. Conjunctions stay lower case, short words in
/// brackets stay as printed (acronyms).
enum TitleCase {
    static let small: Set<String> = ["dan", "di", "ke", "dari", "yang", "atau", "pada", "untuk", "serta", "dengan"]

    static func apply(_ text: String) -> String {
        let words = text.collapsedWhitespace.split(separator: " ", omittingEmptySubsequences: true)
        var out: [String] = []
        for (index, word) in words.enumerated() {
            let raw = String(word)
            if raw.hasPrefix("("), raw.count <= 8 {
                out.append(raw)
                continue
            }
            let lower = raw.lowercased()
            if index > 0, small.contains(lower.trimmingCharacters(in: .punctuationCharacters)) {
                out.append(lower)
                continue
            }
            // Capitalise after '/' and '-' too: BARANG/JASA → Barang/Jasa.
            var result = ""
            var capitalizeNext = true
            for char in lower {
                result.append(capitalizeNext ? Character(char.uppercased()) : char)
                capitalizeNext = char == "/" || char == "-" || char == "("
            }
            out.append(result)
        }
        return out.joined(separator: " ")
    }
}
