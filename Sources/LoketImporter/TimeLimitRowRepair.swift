import LoketCore

/// Puts back a jangka waktu cell that the PDF extraction spread over the rows after it.
///
/// The jangka waktu row (component 3) of a scanned table is often where the text layer slips:
/// its label wraps over two or three lines (`Jangka Waktu` / `Pelayanan`), the number column
/// picks up OCR debris (`٥.`, `1`, `3.` on the wrapped line), and the value wraps with it. The
/// scanner then opens new rows for pieces of one cell. Three shapes are repaired here, in this
/// order, each only when the structure says so and each with a warning naming the lines:
///
/// 1. *A misread row number after the jangka waktu row.* A row right after component 3 whose
///    label names no component (a wrapped `Pelayanan`) got a component from its number only, and
///    that number is contradicted later in the table: a later row is labelled with that
///    component and was pushed aside as a repeat, or a later row carries a smaller number
///    (`٥.` before `4. Biaya/Tarif`). The number was debris: the row becomes an extra row again,
///    and the labelled row gets its component back.
/// 2. *The tail of the previous cell in the jangka waktu row.* The jangka waktu row holds a piece
///    of text with no duration that continues the previous cell mid-sentence (it starts in lower
///    case, the previous cell does not end a sentence), and the very next row is labelled
///    Jangka Waktu again and holds a duration. The piece goes to the end of the previous cell and
///    the second row becomes component 3.
/// 3. *The rest of the jangka waktu in extra rows.* The jangka waktu reads open (no duration, or
///    only the start of a sentence), and the extra rows right after it, with no label or one that
///    names no component, carry the rest of the cell: they are joined to component 3, up to the
///    last one that holds a duration, when the joined text then reads as a time limit.
///
/// Nothing is dropped: moved text keeps its words, rows not joined stay extra rows.
enum TimeLimitRowRepair {
    static func apply(to components: inout [ParsedComponent], warnings: inout [ImportWarning]) {
        releaseMisreadNumbers(in: &components, warnings: &warnings)
        moveTailOfPreviousCell(in: &components, warnings: &warnings)
        joinContinuationRows(in: &components, warnings: &warnings)
    }

    static var time: Int { Component.jangkaWaktu.rawValue }

    /// A label that names no component, or names the jangka waktu itself (a wrapped label).
    static func isTimeLabelOrNone(_ label: String) -> Bool {
        let component = Component.recognise(label)
        return component == nil || component == .jangkaWaktu
    }

    static func reads(_ text: String) -> Bool {
        if case .open = TimeLimitParser.parse(text).reading { return false }
        return true
    }

    static func quoted(_ text: String) -> String {
        let flat = CellText.flatten(text)
        return flat.count > 60 ? "'\(flat.prefix(60))...'" : "'\(flat)'"
    }

    /// Drops the scanner's first guess about where the rows on `lines` belong (`... muncul lagi;
    /// baris ini disimpan sebagai baris tambahan`, `... dipakai nomor baris: ...`): the repair's
    /// own warning, which names the same lines, says where they went.
    static func supersede(lines: [Int], in warnings: inout [ImportWarning]) {
        let lines = Set(lines)
        warnings.removeAll { warning in
            lines.contains(warning.line)
                && (warning.message.contains("disimpan sebagai baris tambahan")
                    || warning.message.contains("tidak dikenali; dipakai nomor baris"))
        }
    }

    // MARK: - 1. Misread row numbers

    static func releaseMisreadNumbers(in components: inout [ParsedComponent], warnings: inout [ImportWarning]) {
        guard let timeIndex = components.firstIndex(where: { $0.number == time }) else { return }
        var index = timeIndex + 1
        while index < components.count, isTimeLabelOrNone(components[index].label) {
            defer { index += 1 }
            guard let number = components[index].number, number != time,
                let component = Component(rawValue: number), Component.recognise(components[index].label) == nil
            else { continue }
            let later = components.indices.dropFirst(index + 1)
            let labelled = later.first { other in
                components[other].number == nil && Component.recognise(components[other].label) == component
            }
            let smaller = later.first { other in
                components[other].number.map { $0 > time && $0 < number } ?? false
            }
            guard labelled != nil || smaller != nil else { continue }
            let row = components[index]
            components[index].number = nil
            var message =
                "nomor baris \(row.line) salah baca: label '\(row.label)' tidak dikenali dan nomornya memberi "
            if let labelled {
                components[labelled].number = number
                supersede(lines: [row.line, components[labelled].line], in: &warnings)
                message +=
                    "komponen \(number), yang dilabeli baris \(components[labelled].line); baris "
                    + "\(components[labelled].line) dibaca sebagai komponen \(number) (\(component.canonicalLabel)), "
                    + "baris \(row.line) menjadi baris tambahan setelah Jangka Waktu"
            } else if let smaller {
                supersede(lines: [row.line], in: &warnings)
                message +=
                    "komponen \(number) sebelum baris \(components[smaller].line) bernomor "
                    + "\(components[smaller].number!); baris \(row.line) menjadi baris tambahan setelah Jangka Waktu"
            }
            warnings.append(ImportWarning(line: row.line, message: message))
        }
    }

    // MARK: - 2. The tail of the previous cell

    static func moveTailOfPreviousCell(in components: inout [ParsedComponent], warnings: inout [ImportWarning]) {
        guard let timeIndex = components.firstIndex(where: { $0.number == time }), timeIndex > 0,
            timeIndex + 1 < components.count
        else { return }
        let row = components[timeIndex]
        let next = components[timeIndex + 1]
        let previous = components[timeIndex - 1]
        guard next.number == nil, Component.recognise(next.label) == .jangkaWaktu,
            !TimePhrase.containsDuration(row.text), !reads(row.text),
            TimePhrase.containsDuration(next.text), reads(next.text),
            isTail(row.text, of: previous.text)
        else { return }
        let tail = CellText.flatten(row.text)
        components[timeIndex - 1].text = previous.text + " " + tail
        components.remove(at: timeIndex)
        components[timeIndex].number = time
        supersede(lines: [next.line], in: &warnings)
        let target = previous.number.flatMap(Component.init(rawValue:)).map { "\($0.rawValue) (\($0.canonicalLabel))" }
        warnings.append(
            ImportWarning(
                line: row.line,
                message:
                    "teks \(quoted(tail)) di baris Jangka Waktu \(row.line) adalah sambungan sel "
                    + "\(target.map { "komponen \($0)" } ?? "sebelumnya") (baris \(previous.line)) dan dipindah ke sana; "
                    + "baris \(next.line) yang juga berlabel Jangka Waktu dibaca sebagai komponen 3"
            ))
    }

    /// Whether `text` continues `previous` mid-sentence: `previous` does not end a sentence or a
    /// list item, and `text` starts with a lower-case word.
    static func isTail(_ text: String, of previous: String) -> Bool {
        let flat = CellText.flatten(text)
        guard let first = flat.first, first.isLetter, first.isLowercase else { return false }
        guard let last = previous.trimmed.last else { return false }
        return !".;:!?)".contains(last)
    }

    // MARK: - 3. The rest of the cell in extra rows

    static func joinContinuationRows(in components: inout [ParsedComponent], warnings: inout [ImportWarning]) {
        guard let timeIndex = components.firstIndex(where: { $0.number == time }) else { return }
        let row = components[timeIndex]
        guard !reads(row.text) else { return }
        var end = timeIndex
        var index = timeIndex + 1
        while index < components.count, components[index].number == nil,
            isTimeLabelOrNone(components[index].label)
        {
            if TimePhrase.containsDuration(components[index].text) { end = index }
            index += 1
        }
        guard end > timeIndex else { return }
        let pieces = components[(timeIndex + 1)...end]
        let joined = CellText.clean(([row.text] + pieces.map(\.text)).map(CellText.flatten).joined(separator: " "))
        guard reads(joined) else { return }
        components[timeIndex].text = joined
        let labels = pieces.map(\.label).filter { !$0.isEmpty }
        if !labels.isEmpty { components[timeIndex].label = ([row.label] + labels).joined(separator: " ") }
        components.removeSubrange((timeIndex + 1)...end)
        supersede(lines: pieces.map(\.line), in: &warnings)
        let lines = pieces.map { String($0.line) }.joined(separator: ", ")
        warnings.append(
            ImportWarning(
                line: row.line,
                message:
                    "sel Jangka Waktu (baris \(row.line), \(quoted(row.text))) berlanjut di baris tambahan \(lines); "
                    + "teksnya digabung ke Jangka Waktu"
            ))
    }
}
