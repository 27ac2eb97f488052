import Foundation
import LoketCore

// The second half of reading a decree: the scanned units and services assembled into a
// ParsedCatalog (names from the up-front list, long labels split, rows repaired, warnings).

extension DecreeScanner {
    mutating func catalog() -> ParsedCatalog {
        // The scanner's warnings by line: each service's repairs see (and may supersede) only those
        // of its own rows, so that assembling many services does not read every warning each time.
        var scanned = Dictionary(grouping: warnings, by: \.line)
        warnings = []
        var assembled: [ImportWarning] = []
        let agency = DecreeHeader.agencyName(lines: lines) ?? defaultAgencyName()
        var decrees: [DecreeInfo] = []
        for (index, start) in blockStarts.enumerated() {
            let end = index + 1 < blockStarts.count ? blockStarts[index + 1] : lines.count
            let number = DecreeHeader.number(lines: lines, from: start, to: end)
            let year = number.flatMap { found in
                found.number.split { !$0.isNumber }.compactMap { Int($0) }.last { (1945...2100).contains($0) }
            }
            let date = DecreeHeader.date(lines: lines, from: start, to: end, fallbackYear: year, warnings: &warnings)
            if date == nil { warn(start + 1, "tanggal keputusan tidak terbaca") }
            if number == nil { warn(start + 1, "nomor keputusan tidak ditemukan") }
            decrees.append(DecreeInfo(number: number?.number, date: date))
        }
        var parsedUnits: [ParsedUnit] = []
        for unit in units where !unit.services.isEmpty {
            let lists = unit.services.contains { $0.name == nil } ? upFrontList(block: unit.block) : []
            var services: [ParsedService] = []
            var previousNumber = 0
            for (index, service) in unit.services.enumerated() {
                var builder = service
                let position = builder.headingNumber ?? (previousNumber + 1)
                previousNumber = position
                if builder.name == nil {
                    builder.name = nameFromList(lists, position: position, services: unit.services, index: index)
                }
                assembled += warnings
                warnings = Set(builder.rows.map(\.line)).sorted().flatMap { scanned.removeValue(forKey: $0) ?? [] }
                services.append(assemble(builder))
                assembled += warnings
                warnings = []
            }
            let name = unit.name.isEmpty ? agency : unit.name
            let decree = decrees[min(unit.block, decrees.count - 1)]
            parsedUnits.append(ParsedUnit(name: name, decree: decree, services: services))
        }
        return ParsedCatalog(
            source: source, agencyName: agency, decree: decrees.first ?? DecreeInfo(number: nil, date: nil),
            units: parsedUnits,
            warnings: (assembled + warnings + scanned.values.joined())
                .filter { !(withdrawnRepeats.contains($0.line) && $0.message.contains("muncul lagi")) }
                .sorted { ($0.line, $0.message) < ($1.line, $1.message) }
        )
    }

    func defaultAgencyName() -> String {
        var name = source
        if let dot = name.lastIndex(of: ".") { name = String(name[..<dot]) }
        return name
    }

    /// The service names listed up front in a decree block (`NO. | NAMA BAGIAN | JENIS PELAYANAN`):
    /// used only for a table that has no heading of its own.
    func upFrontList(block: Int) -> [String] {
        let start = blockStarts[block]
        let end = block + 1 < blockStarts.count ? blockStarts[block + 1] : lines.count
        var collecting = false
        var text = ""
        for index in start..<end {
            let line = lines[index]
            let upper = line.uppercased()
            if !collecting {
                if upper.contains("JENIS PELAYANAN"), line.contains("\t"), upper.contains("NO") { collecting = true }
                continue
            }
            if upper.contains("KOMPONEN STANDAR") || upper.contains("JENIS LAYANAN") { break }
            let fields: [String] = line.split(separator: "\t").map { String($0).trimmed }.filter { !$0.isEmpty }
            guard let lastField = fields.last(where: { !LineClassifier.isRowNumber($0) }) else { continue }
            var piece = lastField
            while let first = piece.first, first == "." || first == " " { piece.removeFirst() }
            text += " " + piece
        }
        guard collecting else { return [] }
        var items: [String] = []
        for chunk in text.split(separator: ";") {
            for part in String(chunk).components(separatedBy: "): ") {
                var item = CellText.flatten(part)
                if part != String(chunk), !item.hasSuffix(")"), chunk.contains(part + "): ") { item += ")" }
                let (_, body) = Heading.stripNumbering(item)
                var name = body
                if name.lowercased().hasPrefix("dan ") { name = String(name.dropFirst(4)) }
                name = Heading.cleanName(name)
                if !name.isEmpty { items.append(name) }
            }
        }
        return items
    }

    mutating func nameFromList(_ list: [String], position: Int, services: [ServiceBuilder], index: Int) -> String {
        let line = services[index].line
        if position >= 1, position <= list.count {
            let name = list[position - 1]
            warn(line, "layanan tanpa judul; namanya diambil dari daftar jenis pelayanan: \(name)")
            return name
        }
        // Two list items glued together: `Capaian Indek RB Fasilitasi Penilaian ...`.
        if position >= 2, position - 2 < list.count, index > 0, let previousName = services[index - 1].name {
            let glued = list[position - 2]
            if NameKey.compact(glued).hasPrefix(NameKey.compact(previousName)), glued.count > previousName.count {
                let rest = Heading.cleanName(String(glued.dropFirst(previousName.count)))
                if !rest.isEmpty {
                    warn(line, "layanan tanpa judul; namanya diambil dari daftar jenis pelayanan: \(rest)")
                    return rest
                }
            }
        }
        warn(line, "layanan tanpa judul dan tanpa nama di daftar jenis pelayanan")
        return "Layanan tanpa judul (baris \(line))"
    }

    /// Gives the text folded into long labels back to the cells (see ``LabelSplit``).
    mutating func splitLongLabels(_ rows: [RowBuilder]) -> [RowBuilder] {
        var rows = rows
        for index in rows.indices {
            let row = rows[index]
            guard let split = LabelSplit.split(pieces: row.labelPieces, raw: row.raw) else { continue }
            rows[index].label = split.label
            rows[index].raw = split.raw
            rows[index].labelPieces = [LabelSplit.Piece(text: split.label, offset: 0)]
            var message =
                "label baris \(row.line) memuat teks sel (\(TimeLimitRowRepair.quoted(split.moved))); "
                + "teks itu dipindah ke isi sel dan labelnya menjadi '\(split.label)'"
            if let marker = split.marker { message += " (penanda '\(marker)' di depan label dibuang)" }
            // The component came from the folded text: the label itself names another one.
            // (A row whose folded text named a component already read is an extra row so far.)
            if let named = Self.recognise(split.label), let folded = Self.recognise(row.label), named != folded,
                row.component == folded || row.component == nil,
                !rows.contains(where: { $0.component == named })
            {
                rows[index].component = named
                withdrawnRepeats.insert(row.line)
                message +=
                    "; baris ini dibaca sebagai komponen \(named.rawValue) (\(named.canonicalLabel)), "
                    + "bukan \(folded.rawValue) (\(folded.canonicalLabel)) yang terbaca dari teks yang terbawa"
            }
            warn(row.line, message)
        }
        return rows
    }

    mutating func assemble(_ service: ServiceBuilder) -> ParsedService {
        var components = splitLongLabels(service.rows).map { row in
            ParsedComponent(
                number: row.component?.rawValue, label: CellText.flatten(row.label), text: CellText.clean(row.raw),
                line: row.line
            )
        }
        TimeLimitRowRepair.apply(to: &components, warnings: &warnings)
        ShiftRepair.apply(to: &components, serviceLine: service.line, warnings: &warnings)
        ProcedureShiftRepair.apply(to: &components, warnings: &warnings)
        let present = Set(components.compactMap(\.number))
        let missing = Component.allCases.filter { !present.contains($0.rawValue) }
        if !present.contains(where: { $0 >= 7 }) {
            // A table of part A only (penyampaian pelayanan): imported, the missing listed in one line.
            warn(
                service.line,
                "layanan '\(service.name ?? "")' tanpa bagian B; tidak memuat komponen "
                    + missing.map { "\($0.rawValue) (\($0.canonicalLabel))" }.joined(separator: ", "))
        } else {
            for component in missing {
                warn(
                    service.line,
                    "layanan '\(service.name ?? "")' tidak memuat komponen \(component.rawValue) "
                        + "(\(component.canonicalLabel))")
            }
        }
        if let time = components.first(where: { $0.number == Component.jangkaWaktu.rawValue }), time.text.isEmpty {
            warn(time.line, "jangka waktu kosong pada layanan '\(service.name ?? "")'")
        }
        return ParsedService(name: service.name ?? "", line: service.line, components: components)
    }
}
