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

    static let months: [(String, Int)] = [
        ("januari", 1), ("februari", 2), ("pebruari", 2), ("maret", 3), ("april", 4), ("mei", 5), ("juni", 6),
        ("juli", 7), ("agustus", 8), ("september", 9), ("oktober", 10), ("nopember", 11), ("november", 11),
        ("desember", 12),
    ]

    /// The date the decree was set: the first `tanggal D Month YYYY` after `start`. A month name
    /// garbled by the extraction (`Mgril`) is matched within two edits and reported; a missing
    /// year is taken from `fallbackYear` (the year in the decree number) and reported.
    static func date(
        lines: [String], from start: Int, to end: Int, fallbackYear: Int?, warnings: inout [ImportWarning]
    ) -> String? {
        guard start < end else { return nil }
        // The date the decree was set (`Ditetapkan di ... pada tanggal`, `Tanggal : ...`) before any
        // other date the text mentions.
        let range = start..<min(end, lines.count)
        let preferred = range.filter { index in
            guard lines[index].containsASCIIInsensitive("tanggal") else { return false }
            let lower = lines[index].trimmed.lowercased()
            return lower.contains("pada tanggal") || lower.hasPrefix("tanggal") || lower.hasPrefix("ditetapkan")
        }
        for index in preferred + range where lines[index].containsASCIIInsensitive("tanggal") {
            let lower = CellText.flatten(lines[index]).lowercased()
            guard let anchor = lower.range(of: "tanggal") else { continue }
            var tail = String(lower[anchor.upperBound...])
            if tail.trimmed.isEmpty || tail.trimmed == ":", index + 1 < lines.count {
                tail += " " + lines[index + 1].lowercased()
            }
            let words = tail.split { !$0.isLetter && !$0.isNumber }.map(String.init)
            guard let dayIndex = words.firstIndex(where: { Int($0).map { (1...31).contains($0) } ?? false }),
                dayIndex + 1 < words.count
            else { continue }
            let day = Int(words[dayIndex])!
            let monthWord = words[dayIndex + 1]
            var month = months.first { $0.0 == monthWord }?.1
            if month == nil, monthWord.count >= 3, Int(monthWord) == nil {
                let guess = months.min { editDistance($0.0, monthWord) < editDistance($1.0, monthWord) }!
                if editDistance(guess.0, monthWord) <= 2 {
                    month = guess.1
                    warnings.append(
                        ImportWarning(
                            line: index + 1,
                            message: "nama bulan '\(monthWord)' pada tanggal keputusan dibaca sebagai '\(guess.0)'"
                        ))
                }
            }
            guard let month else { continue }
            var year = dayIndex + 2 < words.count ? Int(words[dayIndex + 2]) : nil
            if year.map({ !(1945...2100).contains($0) }) ?? true {
                guard let fallbackYear else { continue }
                year = fallbackYear
                warnings.append(
                    ImportWarning(
                        line: index + 1,
                        message: "tanggal keputusan tanpa tahun; dipakai tahun \(fallbackYear) dari nomornya"
                    ))
            }
            return String(format: "%04d-%02d-%02d", year!, month, day)
        }
        return nil
    }

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
