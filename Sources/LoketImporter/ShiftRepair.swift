import LoketCore

/// Puts back text that the PDF extraction shifted into the wrong row, where the decree's intent
/// can be told, and warns either way.
///
/// The case that can be told: the Biaya/Tarif cell opens with a time phrase (`... Maksimal 7 hari`)
/// before its fee phrase (`Tanpa dipungut biaya`). That text is the end of the jangka waktu (or
/// all of it, when the table lost its jangka waktu row), so it moves there. A row whose label
/// merges `Jangka Waktu` and `Biaya/Tarif` is split at the fee phrase the same way.
enum ShiftRepair {
    static let feePhrases = [
        "tanpa dipungut biaya", "tidak dipungut biaya", "gratis", "tidak ada biaya", "tanpa biaya",
    ]

    static func apply(to components: inout [ParsedComponent], serviceLine: Int, warnings: inout [ImportWarning]) {
        let time = Component.jangkaWaktu.rawValue
        let fee = Component.biaya.rawValue

        // A row whose label names both components: `Jangka Waktu Pelayanan Biaya/Tarif`.
        if let merged = components.firstIndex(where: { row in
            let key = row.label.lowercased()
            return key.contains("jangka") && (key.contains("biaya") || key.contains("tarif"))
        }), !components.contains(where: { $0.number == time && $0.line != components[merged].line }) {
            let row = components[merged]
            if let split = feeStart(in: row.text) {
                let before = String(row.text[..<split]).trimmed
                let after = String(row.text[split...]).trimmed
                let labelSplit =
                    row.label.range(of: "Biaya", options: .caseInsensitive)?.lowerBound ?? row.label.endIndex
                components[merged] = ParsedComponent(
                    number: time, label: String(row.label[..<labelSplit]).trimmed, text: before, line: row.line
                )
                if !components.contains(where: { $0.number == fee }) {
                    components.insert(
                        ParsedComponent(
                            number: fee, label: String(row.label[labelSplit...]).trimmed, text: after,
                            line: row.line),
                        at: merged + 1
                    )
                }
                warnings.append(
                    ImportWarning(
                        line: row.line,
                        message: "baris yang menggabungkan Jangka Waktu dan Biaya/Tarif dipisah pada frasa biaya"
                    ))
            }
        }

        guard let feeIndex = components.firstIndex(where: { $0.number == fee }) else { return }
        let feeRow = components[feeIndex]
        let flat = feeRow.text.replacingOccurrences(of: "\n", with: " ")
        guard let split = feeStart(in: flat), split > flat.startIndex else { return }
        let prefix = String(flat[..<split]).trimmed
        guard TimePhrase.containsDuration(prefix) else {
            if components.first(where: { $0.number == time }).map({ !TimePhrase.containsDuration($0.text) }) ?? true {
                warnings.append(
                    ImportWarning(
                        line: feeRow.line,
                        message:
                            "sel Biaya/Tarif diawali teks lain ('\(prefix.prefix(60))'); periksa apakah itu sisa baris lain"
                    ))
            }
            return
        }
        components[feeIndex].text = String(flat[split...]).trimmed
        if let timeIndex = components.firstIndex(where: { $0.number == time }) {
            let existing = components[timeIndex].text.replacingOccurrences(of: "\n", with: " ")
            components[timeIndex].text = (existing + " " + prefix).trimmed
            warnings.append(
                ImportWarning(
                    line: feeRow.line,
                    message: "teks jangka waktu yang tergeser ke sel Biaya/Tarif dikembalikan ke Jangka Waktu (baris "
                        + "\(components[timeIndex].line))"
                ))
        } else {
            components.insert(
                ParsedComponent(number: time, label: "Jangka Waktu Pelayanan", text: prefix, line: feeRow.line),
                at: feeIndex
            )
            warnings.append(
                ImportWarning(
                    line: feeRow.line,
                    message:
                        "tabel tanpa baris Jangka Waktu: teks jangka waktu di sel Biaya/Tarif dipindah ke Jangka Waktu"
                ))
        }
    }

    static func feeStart(in text: String) -> String.Index? {
        let lower = text.lowercased()
        var best: String.Index?
        for phrase in feePhrases {
            if let range = lower.range(of: phrase) {
                let offset = lower.distance(from: lower.startIndex, to: range.lowerBound)
                let index = text.index(text.startIndex, offsetBy: offset)
                if best.map({ index < $0 }) ?? true { best = index }
            }
        }
        return best
    }
}

/// Whether a text holds a duration: a number (digits or an Indonesian number word) followed by a
/// time unit (`menit`, `jam`, `hari`, `minggu`, `bulan`, `tahun`).
enum TimePhrase {
    static let units: Set<String> = ["menit", "jam", "hari", "hk", "minggu", "pekan", "bulan", "tahun"]
    static let numberWords: Set<String> = [
        "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh", "sebelas",
        "belas", "puluh",
    ]

    static func containsDuration(_ text: String) -> Bool {
        let words = text.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
        for (index, word) in words.enumerated() where units.contains(word) && index > 0 {
            let window = words[max(0, index - 3)..<index]
            if window.contains(where: { Int($0) != nil || numberWords.contains($0) }) { return true }
        }
        return false
    }
}
