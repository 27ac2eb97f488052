import Foundation
import LoketCore

/// Reads a Standar Pelayanan decree extracted from PDF to text into a ``ParsedCatalog``.
///
/// The importer is written for the format, not for particular files. It scans the lines once:
/// unit headings set the current Bagian, a part-A sub-heading or an explicit `Jenis Layanan :`
/// heading opens a service, `N.<TAB>Label<TAB>Value` rows fill it, TAB-led lines continue a row
/// (or start one whose number was lost, when their label names another component), and bare
/// lines wait until the next structural line tells whether they were the rest of a cell or the
/// heading of the next service. Components are mapped by label first and by row number (with
/// part B's restart at 1) only when the label is unreadable.
public enum DecreeParser {
    /// No decree comes near this size (the longest seed has 220 kB): a larger file is refused,
    /// before it is read when the caller knows its size, whatever it holds.
    public static let maximumBytes = 20_000_000

    /// Parses the bytes of a file; throws on an empty, binary or non-decree file.
    public static func parse(data: Data, source: String) throws(ImportError) -> ParsedCatalog {
        let text = try SourceLines.decode(data, source: source)
        return try parse(text: text, source: source)
    }

    public static func parse(text: String, source: String) throws(ImportError) -> ParsedCatalog {
        if text.allSatisfy(\.isWhitespace) { throw .empty(source: source) }
        var scanner = DecreeScanner(lines: SourceLines(text: text).lines, source: source)
        scanner.run()
        let catalog = scanner.catalog()
        if catalog.serviceCount == 0 { throw .notADecree(source: source) }
        return catalog
    }
}

/// The single pass over the lines (``DecreeParser``); ``DecreeScanner/catalog()`` assembles what it found.
struct DecreeScanner {
    let lines: [String]
    let source: String
    var warnings: [ImportWarning] = []
    var units: [UnitBuilder] = []
    var currentUnit: Int?
    var current: ServiceBuilder?
    var pending: [(line: Int, text: String)] = []
    var block = 0
    var blockStarts: [Int] = [0]
    var explicitHeadingsInBlock = false
    var blockHasContent = false
    /// Lines whose "muncul lagi" warning turned out wrong (see ``splitLongLabels(_:)``), dropped at
    /// the end in one pass.
    var withdrawnRepeats: Set<Int> = []

    init(lines: [String], source: String) {
        self.lines = lines
        self.source = source
    }

    mutating func warn(_ line: Int, _ message: String) {
        warnings.append(ImportWarning(line: line, message: message))
    }

    mutating func run() {
        for (index, line) in lines.enumerated() {
            let number = index + 1
            var kind = LineClassifier.classify(line)
            if case let .unit(name) = kind, index + 1 < lines.count {
                // A unit title wrapped onto the next line: `... DAN SUMBER` / `DAYA ALAM SEKRETARIAT ...`.
                let next = lines[index + 1].trimmed
                if !next.isEmpty, !next.contains("\t"), next == next.uppercased(),
                    line.trimmed == line.trimmed.uppercased(),
                    case let .unit(longer) = LineClassifier.classify(line.trimmed + " " + next),
                    longer.count > name.count
                {
                    kind = .unit(longer)
                }
            }
            switch kind {
            case .blank, .tableNoise:
                continue
            case let .closer(startsDecree):
                finishService()
                pending.removeAll()
                if startsDecree, blockHasContent { startBlock(at: index) }
            case let .unit(name):
                finishService()
                pending.removeAll()
                selectUnit(name)
            case let .partHeading(part):
                handlePartHeading(part, line: number)
            case let .explicitHeading(headingNumber, name):
                finishService()
                pending.removeAll()
                explicitHeadingsInBlock = true
                current = ServiceBuilder(
                    name: name, headingNumber: headingNumber, line: number, block: block,
                    explicit: true)
            case let .row(rowNumber, label, value):
                handleRow(number: rowNumber, label: label, value: value, line: number)
            case let .continuation(label, value):
                handleContinuation(label: label, value: value, line: number)
            case let .text(text):
                pending.append((number, text))
            }
        }
        finishService()
        pending.removeAll()
    }

    mutating func startBlock(at index: Int) {
        block += 1
        blockStarts.append(index)
        currentUnit = nil
        explicitHeadingsInBlock = false
        blockHasContent = false
    }

    mutating func selectUnit(_ name: String) {
        let key = NameKey.compact(name)
        if let existing = units.firstIndex(where: { NameKey.compact($0.name) == key }) {
            currentUnit = existing
        } else {
            units.append(UnitBuilder(name: name, block: block))
            currentUnit = units.count - 1
        }
    }

    mutating func handlePartHeading(_ part: PartOfTable, line: Int) {
        switch part {
        case .serviceDelivery:
            if var service = current, !service.hasManufacturingRows, !service.sawManufacturingHeading {
                // A part-A heading inside part A (or between rows 6 and 7) is only a divider.
                flushPendingIntoCell()
                service.part = .serviceDelivery
                current = service
                return
            }
            let heading = headingFromPending()
            finishService()
            current = ServiceBuilder(
                name: heading?.name, headingNumber: heading?.number, line: heading?.line ?? line,
                block: block)
        case .manufacturing:
            flushPendingIntoCell()
            guard var service = current else { return }
            service.sawManufacturingHeading = true
            service.part = .manufacturing
            service.manufacturingOffset = nil
            current = service
        }
    }

    /// The heading of a service that does not announce itself: the last bare line before its
    /// table (joined with the line before when a `**...**` heading wraps).
    mutating func headingFromPending() -> (name: String, number: Int?, line: Int)? {
        defer { pending.removeAll() }
        guard var last = pending.last else { return nil }
        var text = last.text
        if text.hasSuffix("**"), !text.hasPrefix("**"), pending.count >= 2 {
            let previous = pending[pending.count - 2]
            if previous.text.hasPrefix("**") {
                text = previous.text + " " + text
                last = (previous.line, text)
            }
        }
        let (number, body) = Heading.stripNumbering(CellText.flatten(text))
        let name = Heading.cleanName(body)
        guard !name.isEmpty, name.count <= 300, name.contains(where: \.isLetter) else { return nil }
        if explicitHeadingsInBlock, number == nil { return nil }
        return (name, number, last.line)
    }

    mutating func finishService() {
        adoptLooseTimeLimit()
        guard let service = current else { return }
        current = nil
        guard !service.rows.isEmpty else { return }
        blockHasContent = true
        if currentUnit == nil {
            units.append(UnitBuilder(name: "", block: service.block))
            currentUnit = units.count - 1
        }
        units[currentUnit!].services.append(service)
    }

    /// A table without a jangka waktu row whose limit the extraction left after it as loose
    /// lines, the label's words scattered among them (`Waktu 1 (satu) hari kerja` / `Jangka` /
    /// `3.`): when the bare lines after the table name the jangka waktu (`jangka`, `waktu`) and
    /// hold a duration, they are its row: the label's words and a lone row number are set aside,
    /// the rest is the cell. Warned with the lines.
    mutating func adoptLooseTimeLimit() {
        guard let service = current, !service.rows.isEmpty, !service.has(.jangkaWaktu), !pending.isEmpty,
            pending.count <= 8
        else { return }
        let text = pending.map(\.text).joined(separator: " ")
        let words = CellText.flatten(text).split(separator: " ").map(String.init)
        let labelWords: Set<String> = ["jangka", "waktu", "pelayanan", "penyelesaian"]
        guard words.contains(where: { ["jangka", "waktu"].contains($0.lowercased()) }),
            TimePhrase.containsDuration(text)
        else { return }
        var rest = words
        for word in ["jangka", "waktu", "pelayanan", "penyelesaian"] {
            if let index = rest.firstIndex(where: { $0.lowercased() == word }) { rest.remove(at: index) }
        }
        rest.removeAll { $0.hasSuffix(".") && LineClassifier.isRowNumber(String($0.dropLast())) }
        let value = rest.joined(separator: " ")
        guard TimePhrase.containsDuration(value), !rest.contains(where: { labelWords.contains($0.lowercased()) }) else {
            return
        }
        let first = pending.first { TimePhrase.containsDuration($0.text) }?.line ?? pending[0].line
        let lines = pending.map { String($0.line) }.joined(separator: ", ")
        warn(
            first,
            "jangka waktu layanan '\(service.name ?? "")' terbaca dari baris lepas sesudah tabelnya "
                + "(baris \(lines)): '\(value)'")
        pending.removeAll()
        // In its place in the table: after the rows of components 1 and 2.
        let position = current!.rows.lastIndex { ($0.component?.rawValue ?? 0) > 0 && $0.component!.rawValue < 3 }
        current!.append(
            RowBuilder(component: .jangkaWaktu, label: "Jangka Waktu", raw: value, line: first),
            at: position.map { $0 + 1 } ?? 0)
    }

    /// Bare lines seen inside a table turn out to be the rest of the current cell.
    mutating func flushPendingIntoCell() {
        guard !pending.isEmpty else { return }
        defer { pending.removeAll() }
        guard current != nil, !current!.rows.isEmpty else { return }
        for item in pending {
            appendToLastRow(item.text)
        }
    }

    mutating func appendToLastRow(_ text: String) {
        guard !text.isEmpty, current != nil, !current!.rows.isEmpty else { return }
        var row = current!.rows.removeLast()
        var addition = text
        // A page break re-opens the editor's markup mid-sentence; do not let it start a new item.
        for opener in ["<p>", "<ul style=\"list-style-type: none\">", "<ol style=\"list-style-type: none\">"]
        where addition.hasPrefix(opener) {
            addition = String(addition.dropFirst(opener.count))
        }
        if row.raw.hasSuffix("-"), let first = addition.first, first.isLetter || first.isNumber {
            row.raw += addition
        } else {
            row.raw += row.raw.isEmpty ? addition : " " + addition
        }
        current!.rows.append(row)
    }

    func componentByNumber(_ number: Int, in service: inout ServiceBuilder) -> Component? {
        guard number >= 1 else { return nil }
        if service.part == .manufacturing {
            if service.manufacturingOffset == nil { service.manufacturingOffset = number == 1 ? 6 : 0 }
            return Component(rawValue: number + service.manufacturingOffset!)
        }
        return Component(rawValue: number)
    }

    /// A table whose rows reached this component is complete: a Persyaratan row after it starts
    /// a new table even without a heading (seed 003's tables whose heading the extraction lost).
    static let completeTable = Component.jumlahPelaksana.rawValue

    /// A label that is a time limit rather than a component's name: a duration that reads.
    static func isTimeLimit(_ label: String) -> Bool {
        guard !label.isEmpty, label.count <= 120, TimePhrase.containsDuration(label) else { return false }
        return !TimeLimitParser.parse(CellText.flatten(label)).reading.isUnreadable
    }

    static func recognise(_ label: String) -> Component? {
        let key = label.lowercased().filter(\.isLetter)
        // `Jaminan` alone could be 12 or 13: let the row number decide.
        if key == "jaminan" { return nil }
        return Component.recognise(label)
    }

    mutating func handleRow(number: Int?, label: String, value: String, line: Int) {
        var recognised = Self.recognise(label)
        if current == nil {
            // Rows outside any service (an up-front list laid out as a table) are not components,
            // unless a table starts without any heading at all.
            guard recognised == .persyaratan, let heading = headingFromPending() else {
                pending.removeAll()
                return
            }
            current = ServiceBuilder(
                name: heading.name, headingNumber: heading.number, line: heading.line, block: block)
        }
        if current!.rows.isEmpty, recognised == nil, !current!.explicit {
            // A sub-heading that opened no table (a diktum listing the components, say): a row
            // that names no component is not the start of one.
            current = nil
            pending.removeAll()
            return
        }
        // A Persyaratan row after a complete table (``completeTable``), or after a table of part A
        // only that already has its Persyaratan, starts the next service's table. Its name is
        // the bare line right above it when that line reads as a title (``Heading/isPlainTitle(_:)``);
        // else the up-front list gives it at assembly.
        // (A label that only mentions Persyaratan later, `Dasar Hukum ... tentang Persyaratan ...`,
        // is not one: ``LabelSplit`` sorts those out.)
        let key = LabelSplit.key(label)
        let newTable =
            recognised == .persyaratan && (key.hasPrefix("persyara") || key.hasPrefix("syarat"))
            && (current!.highest >= Self.completeTable
                || (current!.has(.persyaratan) && current!.highest >= Component.pengaduan.rawValue))
        var title: (name: String, number: Int?, line: Int)?
        if newTable, !explicitHeadingsInBlock, let last = pending.last, Heading.isPlainTitle(last.text) {
            let (number, body) = Heading.stripNumbering(CellText.flatten(last.text))
            title = (Heading.cleanName(body), number, last.line)
            pending.removeLast()
        }
        flushPendingIntoCell()
        if newTable {
            finishService()
            current = ServiceBuilder(
                name: title?.name, headingNumber: title?.number, line: title?.line ?? line, block: block)
        }
        // Taken out of `current` while it changes, so that adding a row does not copy the rows.
        var service = current!
        current = nil
        if recognised == nil, !service.has(.jangkaWaktu), Self.isTimeLimit(label) {
            // The label column holds the jangka waktu itself (its label arrives elsewhere, or not at
            // all): `6<TAB>1 (satu) hari kerja`, the number being debris.
            warn(
                line,
                "label '\(CellText.flatten(label))' berisi jangka waktu, bukan nama komponen; baris ini dibaca "
                    + "sebagai komponen 3 (Jangka Waktu Pelayanan)"
                    + (number.map { ", bukan nomor barisnya \($0)" } ?? ""))
            let cell = [label, value].filter { !$0.isEmpty }.joined(separator: " ")
            service.append(RowBuilder(component: .jangkaWaktu, label: "", raw: cell, line: line))
            current = service
            return
        }
        var byNumber: Component?
        if let number { byNumber = componentByNumber(number, in: &service) }
        if recognised == nil, let byNumber {
            if !label.isEmpty {
                warn(
                    line,
                    "label '\(CellText.flatten(label))' tidak dikenali; dipakai nomor baris: \(byNumber.canonicalLabel)"
                )
            }
            recognised = byNumber
        } else if recognised == nil {
            warn(
                line,
                "baris tanpa nomor dan label yang dikenali disimpan sebagai baris tambahan: '\(CellText.flatten(label))'"
            )
        }
        // Cumulative stutter: the extraction re-rendered the previous row a little longer.
        if let last = service.rows.last, last.raw.count >= 20, value.count >= last.raw.count,
            value.hasPrefix(String(last.raw.prefix(40))), label.hasPrefix(last.label)
        {
            service.rows[service.rows.count - 1].raw = value
            service.rows[service.rows.count - 1].label = label
            service.rows[service.rows.count - 1].labelPieces = [LabelSplit.Piece(text: label, offset: 0)]
            warn(line, "baris yang diulang oleh ekstraksi PDF digabung dengan baris \(last.line)")
            current = service
            return
        }
        if let component = recognised, service.has(component) {
            warn(
                line,
                "komponen \(component.rawValue) (\(component.canonicalLabel)) muncul lagi; "
                    + "baris ini disimpan sebagai baris tambahan")
            recognised = nil
        }
        service.append(RowBuilder(component: recognised, label: label, raw: value, line: line))
        current = service
    }

    mutating func handleContinuation(label: String, value: String, line: Int) {
        guard current != nil, !current!.rows.isEmpty else {
            pending.append((line, [label, value].filter { !$0.isEmpty }.joined(separator: " ")))
            return
        }
        flushPendingIntoCell()
        // Only the component: a copy of the row would make the append below copy its text.
        let lastComponent = current!.rows.last!.component
        if !label.isEmpty, let component = Self.recognise(label), component != lastComponent,
            !current!.has(component), component.rawValue > (lastComponent?.rawValue ?? 0)
        {
            warn(line, "baris tanpa nomor dibaca sebagai komponen \(component.rawValue) (\(component.canonicalLabel))")
            if component == .biaya, value.isEmpty,
                ShiftRepair.feePhrases.contains(where: { CellText.flatten(label).lowercased().hasPrefix($0) })
            {
                // `<TAB>Tanpa dipungut biaya`: the fee itself in the label column, not a label.
                current!.append(RowBuilder(component: component, label: "", raw: label, line: line))
                return
            }
            current!.append(RowBuilder(component: component, label: label, raw: value, line: line))
            return
        }
        if !label.isEmpty {
            let index = current!.rows.count - 1
            current!.rows[index].label += " " + label
            current!.rows[index].labelPieces.append(
                LabelSplit.Piece(text: label, offset: current!.rows[index].raw.utf8.count))
        }
        appendToLastRow(value)
    }
}
