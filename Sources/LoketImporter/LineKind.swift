import LoketCore

/// What one line of a decree is, as far as the table structure goes.
enum LineKind: Equatable {
    case blank
    /// `---\t-----\t---` page-break rules, `No\tKomponen\tUraian` column headers.
    case tableNoise
    /// The sub-heading of part A (service delivery) or part B (manufacturing) of a table.
    case partHeading(PartOfTable)
    /// A line after which no table continues: a decree title, a Lampiran header, a Maklumat, the
    /// closing section.
    case closer(startsDecree: Bool)
    /// A unit (Bagian, Bidang, ...) heading, with the unit's name.
    case unit(String)
    /// `Jenis Layanan : 3. Name` / `1. Jenis Pelayanan: Name`: a service heading that says so.
    case explicitHeading(number: Int?, name: String)
    /// `N.\tLabel\tValue`: a component row (number field may be garbled or empty of digits).
    case row(number: Int?, label: String, value: String)
    /// `\tLabel\tValue` or `\t\tValue`: the wrapped rest of a row, or a row whose number is lost.
    case continuation(label: String, value: String)
    /// Anything else: prose, a heading that does not say it is one, page debris.
    case text(String)
}

enum PartOfTable: Equatable {
    case serviceDelivery
    case manufacturing
}

enum LineClassifier {
    static func classify(_ line: String) -> LineKind {
        let trimmedLine = line.trimmed
        if trimmedLine.isEmpty { return .blank }
        let fields: [String] = line.split(separator: "\t", omittingEmptySubsequences: false).map { String($0).trimmed }
        let nonEmpty = fields.filter { !$0.isEmpty }
        if nonEmpty.allSatisfy(isRule) { return .tableNoise }
        if nonEmpty.count >= 2, isColumnHeader(nonEmpty) { return .tableNoise }

        let first = fields[0]
        let hasTabs = fields.count > 1
        if !hasTabs || !isRowNumber(first) {
            if let part = partHeading(nonEmpty.joined(separator: ""), isTabbed: hasTabs) { return .partHeading(part) }
        }
        // A TAB-led line is the rest of a cell (`\t\tmaklumat pelayanannya, ...`), never a closer.
        if !(hasTabs && first.isEmpty), let closer = closer(trimmedLine) { return closer }
        if hasTabs, first.isEmpty {
            let rest = Array(fields.dropFirst())
            let label = rest.first ?? ""
            let value = rest.dropFirst().filter { !$0.isEmpty }.joined(separator: " ")
            return .continuation(label: label, value: value)
        }
        if hasTabs, isRowNumber(first) || isGarbledNumber(first) {
            let label = fields.count > 1 ? fields[1] : ""
            let value = fields.dropFirst(2).filter { !$0.isEmpty }.joined(separator: " ")
            return .row(number: rowNumber(first), label: label, value: value)
        }
        if let unit = UnitHeading.name(in: trimmedLine) { return .unit(unit) }
        if let heading = explicitHeading(trimmedLine) { return heading }
        if hasTabs {
            // Garbage in the number column (`* ·`, `S`): keep the row, the label decides.
            let label = fields.count > 1 ? fields[1] : ""
            if Component.recognise(label) != nil {
                let value = fields.dropFirst(2).filter { !$0.isEmpty }.joined(separator: " ")
                return .row(number: nil, label: label, value: value)
            }
            return .continuation(label: "", value: nonEmpty.joined(separator: " "))
        }
        return .text(trimmedLine)
    }

    static func isRule(_ field: String) -> Bool {
        field.allSatisfy { $0 == "-" || $0 == ":" || $0 == "|" || $0 == " " }
    }

    static func isColumnHeader(_ fields: [String]) -> Bool {
        let a = fields[0].lowercased().trimmingCharacters(in: .punctuationCharacters)
        let b = fields[1].lowercased()
        return (a == "no" || a == "nomor") && (b.hasPrefix("komponen") || b.hasPrefix("nama") || b.hasPrefix("nan"))
    }

    /// `1`, `1.`, `5 .`, `4. 5.`, `14`: row number fields.
    static func isRowNumber(_ field: String) -> Bool {
        guard !field.isEmpty, field.count <= 12 else { return false }
        var sawDigit = false
        for char in field {
            if char.isNumber { sawDigit = true } else if char != "." && char != " " { return false }
        }
        return sawDigit
    }

    /// OCR look-alikes of a number (`Э.`, `б.`, `i.`, `ο.`): one non-digit character and a dot.
    static func isGarbledNumber(_ field: String) -> Bool {
        field.count == 2 && field.hasSuffix(".") && field.first.map { !$0.isNumber } == true
    }

    /// The first number of a row-number field, with non-ASCII digits (Arabic-Indic `٥`) read.
    static func rowNumber(_ field: String) -> Int? {
        var value: Int?
        for char in field {
            if let digit = char.wholeNumberValue {
                value = (value ?? 0) * 10 + digit
            } else if value != nil {
                break
            }
        }
        return value
    }

    static func partHeading(_ joined: String, isTabbed: Bool) -> PartOfTable? {
        guard joined.utf8.count < 400,
            joined.containsASCIIInsensitive("service") || joined.containsASCIIInsensitive("paian")
                || joined.containsASCIIInsensitive("manufa") || joined.containsASCIIInsensitive("pengelola"),
            joined.count < 260
        else { return nil }
        let compact = String(joined.uppercased().filter { $0.isLetter })
        let deliveryMarks = [
            "SERVICEDELIVERY", "SERVICEDILIVERY", "PENYAMPAIANPELAYANAN", "PENYAMPAIANLAYANAN",
            "PAIANLAYANAN",
        ]
        let manufacturingMarks = ["MANUFACTUR", "MANUFAKTUR", "PENGELOLAANPELAYANAN", "PENGELOLAANLAYANAN"]
        let isDelivery = deliveryMarks.contains { compact.contains($0) }
        let isManufacturing = manufacturingMarks.contains { compact.contains($0) }
        guard isDelivery != isManufacturing, !compact.contains("MELIPUTI") else { return nil }
        // A sentence of prose that mentions service delivery is not a heading.
        if !isTabbed, !compact.contains("KOMPONEN"), joined.count > 90 { return nil }
        return isDelivery ? .serviceDelivery : .manufacturing
    }

    static func closer(_ line: String) -> LineKind? {
        let upper = line.uppercased()
        if line.hasPrefix("KEPUTUSAN "), line == upper, line.count < 160, !upper.contains(" TENTANG ") {
            return .closer(startsDecree: true)
        }
        if upper.hasPrefix("LAMPIRAN"), line.count < 200 { return .closer(startsDecree: false) }
        if startsWithWord("MAKLUMAT PELAYANAN", in: upper) || upper.hasPrefix("C. PENUTUP") {
            return .closer(startsDecree: false)
        }
        return nil
    }

    /// Whether `text` starts with `phrase` as whole words (`MAKLUMAT PELAYANAN`, not
    /// `MAKLUMAT PELAYANANNYA`).
    static func startsWithWord(_ phrase: String, in text: String) -> Bool {
        guard text.hasPrefix(phrase) else { return false }
        return text.dropFirst(phrase.count).first.map { !$0.isLetter } ?? true
    }

    /// `Jenis Layanan : 2. Name`, `1. Jenis Pelayanan: Name`, `- b. Jenis Pelayanan : Name`.
    static func explicitHeading(_ line: String) -> LineKind? {
        guard line.containsASCIIInsensitive("jenis") else { return nil }
        let flat = CellText.flatten(line)
        let (number, afterNumber) = Heading.stripNumbering(flat)
        let lower = afterNumber.lowercased()
        for keyword in ["jenis layanan", "jenis pelayanan"] where lower.hasPrefix(keyword) {
            var rest = afterNumber.dropFirst(keyword.count).drop { $0 == " " }
            guard rest.first == ":" else { return nil }
            rest = rest.dropFirst().drop { $0 == " " }
            let (innerNumber, name) = Heading.stripNumbering(String(rest))
            let cleaned = Heading.cleanName(name)
            guard !cleaned.isEmpty else { return nil }
            return .explicitHeading(number: number ?? innerNumber, name: cleaned)
        }
        return nil
    }
}

enum Heading {
    /// Drops a leading list marker: `- `, `1. `, `IV.`, `b. `, `**2. `; returns the number it had.
    static func stripNumbering(_ text: String) -> (Int?, String) {
        var rest = Substring(text.trimmed)
        while let first = rest.first, first == "-" || first == "*" || first == "•" || first == " " {
            rest = rest.dropFirst()
        }
        let token = rest.prefix { $0 != "." && $0 != ")" && $0 != " " }
        let afterToken = rest.dropFirst(token.count)
        guard let marker = afterToken.first, marker == "." || marker == ")", !token.isEmpty else {
            return (nil, String(rest))
        }
        let body = afterToken.dropFirst().drop { $0 == " " }
        if let value = Int(token) { return (value, String(body)) }
        if token.count == 1, let letter = token.first, letter.isASCII, letter.isLetter {
            if letter.isLowercase { return (Int(letter.asciiValue! - 96), String(body)) }
            if Heading.romanValue(String(token)) == nil { return (Int(letter.asciiValue! - 64), String(body)) }
        }
        if let roman = romanValue(String(token)) { return (roman, String(body)) }
        return (nil, String(rest))
    }

    static func romanValue(_ token: String) -> Int? {
        let values: [Character: Int] = ["I": 1, "V": 5, "X": 10, "L": 50]
        guard !token.isEmpty, token.count <= 6, token.allSatisfy({ values[$0] != nil }) else { return nil }
        var total = 0
        let digits = token.map { values[$0]! }
        for (index, digit) in digits.enumerated() {
            total += index + 1 < digits.count && digits[index + 1] > digit ? -digit : digit
        }
        return total
    }

    /// Whether a bare line can be the name of the service whose table follows it: a short line
    /// that starts with a capital letter and does not end mid-sentence (`,`, `;`, `:`, `-`, a
    /// lower-case `dan`/`atau`), and is not a page header (`- 12 -`, `Halaman 3`) or a lone
    /// number. Text that continues the previous cell usually fails one of these.
    static func isPlainTitle(_ text: String) -> Bool {
        let (_, body) = stripNumbering(CellText.flatten(text))
        let flat = body.trimmed
        guard (3...200).contains(flat.count), let first = flat.first(where: { !"*\"'(".contains($0) }),
            first.isLetter, first.isUppercase
        else { return false }
        if let last = flat.last, ",;:-/".contains(last) { return false }
        let lower = flat.lowercased()
        if lower.hasPrefix("halaman") || lower.hasPrefix("hal.") || lower.hasPrefix("lampiran") { return false }
        if let lastWord = lower.split(separator: " ").last,
            ["dan", "atau", "yang", "di", "ke", "dari"].contains(lastWord)
        {
            return false
        }
        return flat.count(where: \.isLetter) >= 3
    }

    /// A service name as printed: markup gone, trailing `.`/`;`/`:` dropped.
    static func cleanName(_ text: String) -> String {
        var name = CellText.flatten(text)
        while let last = name.last, last == "." || last == ";" || last == ":" || last == "," || last == " " {
            name.removeLast()
        }
        return name
    }
}

/// Recognises the line that opens a unit's part of the decree.
enum UnitHeading {
    static let unitWords = ["BAGIAN", "BIDANG", "SUBBAGIAN", "SUB BAGIAN", "SEKSI", "UPTD", "UPT"]
    static let tailWords = [
        " SETDA", " SEKRETARIAT", " SEKRETARIA ", " PADA ", " DI LINGKUNGAN", " KOTA ", " KABUPATEN ",
    ]

    static func name(in line: String) -> String? {
        guard line.utf8.count < 400,
            line.containsASCIIInsensitive("bagian") || line.containsASCIIInsensitive("bidang")
                || line.containsASCIIInsensitive("seksi") || line.containsASCIIInsensitive("upt")
        else { return nil }
        let flat = CellText.flatten(line)
        let upper = flat.uppercased()
        // A. Pelayanan Bagian Tata Pemerintahan Setda Kota Denpasar
        if let (_, body) = Optional(Heading.stripNumbering(flat)), body.count < flat.count,
            body.uppercased().hasPrefix("PELAYANAN "), let unit = unitPhrase(String(body.dropFirst("PELAYANAN ".count)))
        {
            return unit
        }
        // Tentang : Penetapan Standar Pelayanan Bagian Pemerintahan Pada Sekretariat Daerah ...
        if upper.hasPrefix("TENTANG"), let range = upper.range(of: "STANDAR PELAYANAN ") {
            var rest = String(flat[range.upperBound...])
            if rest.uppercased().hasPrefix("PUBLIK ") { rest = String(rest.dropFirst("PUBLIK ".count)) }
            if let unit = unitPhrase(rest) { return unit }
        }
        // STANDAR PELAYANAN PUBLIK BAGIAN PEMERINTAHAN SEKRETARIAT DAEAH KABUPATEN BALANGAN
        if upper.hasPrefix("STANDAR PELAYANAN "), flat == upper {
            var rest = String(flat.dropFirst("STANDAR PELAYANAN ".count))
            if rest.hasPrefix("PUBLIK ") { rest = String(rest.dropFirst("PUBLIK ".count)) }
            if let unit = unitPhrase(rest) { return unit }
        }
        // • BAGIAN PEMERINTAHAN
        var bare = Substring(flat)
        if bare.first == "•" { bare = bare.dropFirst().drop { $0 == " " } }
        if bare == bare.uppercased(), bare.count < 120, unitWords.contains(where: { bare.hasPrefix($0 + " ") }),
            !bare.contains("\t")
        {
            return TitleCase.apply(String(bare))
        }
        return nil
    }

    /// `Bagian Tata Pemerintahan Setda Kota Denpasar` → `Bagian Tata Pemerintahan`.
    static func unitPhrase(_ text: String) -> String? {
        let upper = text.uppercased()
        guard unitWords.contains(where: { upper.hasPrefix($0 + " ") }) else { return nil }
        var end = text.endIndex
        for tail in tailWords {
            if let range = upper.range(of: tail), range.lowerBound < end,
                upper.distance(from: upper.startIndex, to: range.lowerBound) > 7
            {
                end = text.index(
                    text.startIndex, offsetBy: upper.distance(from: upper.startIndex, to: range.lowerBound))
            }
        }
        let phrase = String(text[..<end]).trimmed
        return phrase == phrase.uppercased() ? TitleCase.apply(phrase) : phrase
    }
}
