import LoketCore

/// Gives back to the procedure the text that the PDF extraction pushed into the head of the
/// jangka waktu cell.
///
/// A jangka waktu cell sometimes starts with the last steps of the procedure (component 2, the
/// row above it) and only ends with the limit: `Membuat Perjanjian Kerjasama ... Melaporkan
/// kepada Menteri ... Sampai dengan tercapai kesepakatan ...`, `1. Mensosialisasikan ... 3.
/// Menyampaikan laporan ke Bagian Organisasi 1 (satu) hari kerja`. The limit is the shortest
/// tail of the cell that reads exactly as the whole cell (the same duration, choice or
/// extension; for an open limit, a known phrase again), taken back over the words that
/// introduce an amount (`paling lambat`, `maksimal`). What comes before it moves to the end of
/// the procedure when it is either
/// - long (``minimumLength`` characters or more) and holds no duration of its own: whole steps,
///   never a qualifier such as `Apabila sudah teranggarkan di APBD ... selama 3 bulan`; or
/// - one to three words without digits, the first a capital, that finish the procedure's last
///   sentence (the procedure does not end with `.`, `;` or `:`): `Organisasi 2 (dua) hari kerja`.
/// Text about the limit itself (`Total jangka waktu ... adalah :`, `... = 1 Hari Kerja`) never moves.
/// Each move is a warning with the lines of both rows. Nothing is dropped.
enum ProcedureShiftRepair {
    static let minimumLength = 150
    /// Cells with more words than this are left alone (the search tries every tail).
    static let maximumWords = 400
    static let introducers: Set<String> = [
        "paling", "lambat", "lama", "maksimal", "maksimum", "selambat-lambatnya", "selama", "kurang", "lebih",
        "sekitar", "dalam", "waktu",
    ]

    static func apply(to components: inout [ParsedComponent], warnings: inout [ImportWarning]) {
        guard let timeIndex = components.firstIndex(where: { $0.number == Component.jangkaWaktu.rawValue }),
            timeIndex > 0, components[timeIndex - 1].number == Component.prosedur.rawValue
        else { return }
        let row = components[timeIndex]
        let procedure = components[timeIndex - 1]
        let flat = CellText.flatten(row.text)
        let words = flat.split(separator: " ").map(String.init)
        guard words.count >= 2, words.count <= maximumWords else { return }
        // Only a cell that can hold either kind of shifted text is searched (the search parses tails).
        let endsOpen = procedure.text.trimmed.last.map { !".;:".contains($0) } ?? false
        let capitalWord = words[0].first?.isUppercase == true && !words[0].contains(where: \.isNumber)
        guard flat.count >= minimumLength || (endsOpen && capitalWord) else { return }
        let whole = TimeLimitParser.parse(words.joined(separator: " ")).reading
        guard !whole.isUnreadable else { return }
        guard
            var start = (1..<words.count).reversed().first(where: { k in
                same(TimeLimitParser.parse(words[k...].joined(separator: " ")).reading, whole)
            })
        else { return }
        // Back over the words that introduce the amount, and over its digits (`1 (satu) hari`).
        while start > 0, introducers.contains(words[start - 1].lowercased()) || words[start - 1].allSatisfy(\.isNumber)
        {
            start -= 1
        }
        guard start > 0 else { return }
        let prefix = words[..<start].joined(separator: " ")
        // Text about the limit itself (`Total jangka waktu ... adalah :`) is not procedure.
        let lower = prefix.lowercased()
        guard !lower.contains("jangka waktu"), !lower.contains("waktu penyelesaian"), !prefix.contains("=") else {
            return
        }
        let long = prefix.count >= minimumLength && !TimePhrase.containsDuration(prefix)
        let short =
            start <= 3 && !prefix.contains(where: \.isNumber) && endsOpen && prefix.first?.isUppercase == true
        guard long || short else { return }
        let limit = words[start...].joined(separator: " ")
        components[timeIndex - 1].text = CellText.clean(CellText.flatten(procedure.text) + " " + prefix)
        components[timeIndex].text = CellText.clean(limit)
        warnings.append(
            ImportWarning(
                line: row.line,
                message:
                    "sel Jangka Waktu (baris \(row.line)) diawali teks prosedur yang tergeser "
                    + "(\(TimeLimitRowRepair.quoted(prefix))); teks itu dipindah ke akhir Sistem, Mekanisme dan "
                    + "Prosedur (baris \(procedure.line)); jangka waktunya \(TimeLimitRowRepair.quoted(limit))"))
    }

    /// The same reading; for open limits, both a known phrase (the reason is the text itself).
    static func same(_ a: TimeLimitReading, _ b: TimeLimitReading) -> Bool {
        if case .open(let x?) = a, case .open(let y?) = b { return !x.isEmpty && !y.isEmpty }
        return a == b
    }
}
