import ArgumentParser
import Foundation
import LoketCore
import LoketPresentation
import LoketStore

/// `loket deadline --agency A --start "2026-11-23 10:00" "3 (tiga) hari kerja"`: reads a
/// jangka waktu and computes its deadline on the agency's working calendar.
struct DeadlineCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "deadline",
        abstract: "Hitung batas waktu dari teks jangka waktu pada kalender kerja instansi.",
        discussion: """
            Contoh: loket deadline --agency denpasar --start "2026-11-23 10:00" "3 (tiga) hari kerja"
            --start adalah waktu setempat di zona instansi (tanpa --start: sekarang).
            Layanan yang terikat hari acara (H-5): loket deadline --agency A --event 2026-12-10 "H-5"
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Option(name: .long, help: "Instansi:      nomor, kode, atau bagian dari namanya.")
    var agency: String

    @Option(name: .long, help: "Waktu mulai, waktu setempat instansi: \"YYYY-MM-DD HH:MM\" (bawaan: sekarang).")
    var start: String?

    @Option(name: .long, help: "Tanggal acara YYYY-MM-DD, untuk jangka waktu yang terikat hari acara (H-5).")
    var event: String?

    @Option(name: .long, help: "Format keluaran: text atau json.")
    var format: OutputFormat = .text

    @Argument(help: "Teks jangka waktu, misalnya \"3 (tiga) hari kerja\".")
    var text: String

    func run() async throws {
        let localStart = try start.map(LocalStart.parse)  // checked before the database is opened
        let eventDay = try event.map(EventDay.parse)
        var parse = TimeLimitParser.parse(text)
        do {
            _ = try RequestTimeLimit(reading: parse.reading, option: nil, event: eventDay)
        } catch .optionRequired {
        } catch {
            throw CLIError.usage(error.description)
        }
        let store = try Session.open(database, requiring: .viewCatalog).store
        let agency = try Resolve.agency(self.agency, in: store)
        let calendar = try store.workingCalendar(agencyID: agency.id)
        let startInstant = localStart.map { calendar.instant($0.date, second: $0.time.minutes * 60) } ?? Date()
        var result = DeadlineResult(parse: parse, start: startInstant, event: eventDay, calendar: calendar)
        if case .beforeEvent(let days) = parse.reading, let eventDay,
            DeadlineCalculator.isLate(logged: startInstant, daysBefore: days, event: eventDay, in: calendar)
        {
            parse.warnings.append(RequestTimeLimit.lateWarning(daysBefore: days, event: eventDay))
        }
        let covered = try store.nationalHolidayYears()
        let years = Set(
            result.allDeadlines.map { calendar.civil($0).date.year } + [calendar.civil(startInstant).date.year])
        for year in years.sorted() where !covered.contains(year) {
            parse.warnings.append(
                "Kalender libur nasional tahun \(year) belum tersedia: hari libur tahun itu tidak diperhitungkan. "
                    + "Perbarui program loket bila kalender barunya sudah terbit.")
        }
        result.parse = parse
        switch format {
        case .json: print(try result.json())
        case .text: print(result.text(raw: text, agency: agency), terminator: "")
        }
    }
}

/// A local start time typed by the user, in the agency's zone.
enum LocalStart {
    static func parse(_ text: String) throws -> (date: LocalDate, time: LocalTime) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let parts = trimmed.split(whereSeparator: { $0 == " " || $0 == "T" }).map(String.init)
        guard (1...2).contains(parts.count), let day = LocalDate(iso: parts[0]) else {
            throw CLIError.usage(
                "Waktu mulai '\(text)' tidak dikenali. Tulis sebagai \"YYYY-MM-DD HH:MM\", misalnya "
                    + "\"2026-11-23 10:00\" (waktu setempat instansi).")
        }
        var time = LocalTime(hour: 0)
        if parts.count == 2 {
            guard let parsed = LocalTime(parts[1]) else {
                throw CLIError.usage(
                    "Jam '\(parts[1])' pada waktu mulai tidak dikenali. Tulis sebagai HH:MM, misalnya 10:00.")
            }
            time = parsed
        }
        guard SupportedDates.contains(day), time.minutes < 1440 else {
            throw CLIError.usage(
                "Waktu mulai '\(text)' di luar jangkauan (tahun \(SupportedDates.text), jam 00:00-23:59). "
                    + "Periksa ketikannya.")
        }
        return (day, time)
    }
}

/// An event day typed by the user (`--event 2026-12-10`), in the agency's calendar.
enum EventDay {
    static func parse(_ text: String) throws -> LocalDate {
        guard let day = DateInput.parse(text) else {
            throw CLIError.usage(
                "Tanggal acara '\(text)' tidak dikenali. Tulis sebagai YYYY-MM-DD atau DD-MM-YYYY (tahun 2000-2200), "
                    + "misalnya --event 2026-12-10.")
        }
        return day
    }
}

/// A reading with its deadline(s), for text and JSON output.
struct DeadlineResult {
    var parse: TimeLimitParse
    var start: Date
    var event: LocalDate?
    var calendar: WorkingCalendar

    var reading: TimeLimitReading { parse.reading }

    /// The deadline of a duration, the base of an extension, the opening of the event day;
    /// nil for a choice or open.
    var deadline: Date? {
        switch reading {
        case .duration, .extended, .beforeEvent:
            DeadlineCalculator.deadline(for: reading, event: event, from: start, in: calendar)
        case .choice, .open: nil
        }
    }

    var extendedDeadline: Date? {
        guard case .extended(_, let extra) = reading, let base = deadline else { return nil }
        return DeadlineCalculator.deadline(extending: base, by: extra, in: calendar)
    }

    /// Every deadline the reading gives (for the holiday-coverage check).
    var allDeadlines: [Date] {
        var dates = [deadline, extendedDeadline].compactMap { $0 }
        if case .choice(let options) = reading { dates += options.map(optionDeadline) }
        return dates
    }

    func optionDeadline(_ option: TimeLimitOption) -> Date {
        DeadlineCalculator.deadline(adding: option.amount, to: start, in: calendar)
    }

    func text(raw: String, agency: AgencySummary) -> String {
        let format = { (date: Date) in IndonesianDateFormat.dateTime(date, in: calendar) }
        var out = "Instansi:      \(agency.name) (\(calendar.timeZone.identifier))\n"
        out += "Jangka waktu:  \(raw)\n"
        out += "Dibaca:        \(reading.indonesianSummary)\n"
        out += "Mulai:         \(format(start))\n"
        if case .open = reading {
        } else if case .beforeEvent = reading {
        } else if let opening = DeadlineCalculator.countingStart(start, in: calendar), opening != start {
            out += "Dihitung dari: \(format(opening)) (awal jam layanan berikutnya)\n"
        }
        switch reading {
        case .duration:
            out += "Batas waktu:   \(deadline.map(format) ?? "-")\n"
        case .extended(_, let extra):
            out += "Batas waktu:   \(deadline.map(format) ?? "-")\n"
            out += "Bila diperpanjang \(extra): \(extendedDeadline.map(format) ?? "-")\n"
        case .choice(let options):
            for (index, option) in options.enumerated() {
                let condition = option.condition.isEmpty ? "" : " (\(option.condition))"
                out +=
                    "Pilihan \(index + 1):".padding(toLength: 15, withPad: " ", startingAt: 0)
                    + "\(option.amount)\(condition): \(format(optionDeadline(option)))\n"
            }
        case .open:
            out += "Batas waktu:   tidak ada batas pasti; tetapkan tanggal target secara manual bila perlu.\n"
        case .beforeEvent:
            out += "Hari acara:    \(event.map { IndonesianDateFormat.date($0) } ?? "-")\n"
            out += "Batas waktu:   \(deadline.map(format) ?? "-") (awal jam layanan hari acara)\n"
        }
        for warning in parse.warnings { out += "Catatan:       \(warning)\n" }
        return out
    }

    func json() throws -> String {
        let iso = { (date: Date) in IndonesianDateFormat.iso8601(date, in: calendar.timeZone) }
        var options: [DeadlineJSON.Option]?
        if case .choice(let choices) = reading {
            options = choices.map {
                DeadlineJSON.Option(
                    condition: $0.condition, reading: .init(.duration($0.amount)), deadline: iso(optionDeadline($0)))
            }
        }
        let root = DeadlineJSON(
            reading: .init(reading), deadline: deadline.map(iso), options: options,
            extendedDeadline: extendedDeadline.map(iso), event: event?.iso, start: iso(start),
            timeZone: calendar.timeZone.identifier, warnings: parse.warnings)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(root), as: UTF8.self)
    }
}

/// `loket deadline --format json`.
struct DeadlineJSON: Encodable {
    var reading: Reading
    var deadline: String?
    var options: [Option]?
    var extendedDeadline: String?
    var event: String?
    var start: String
    var timeZone: String
    var warnings: [String]

    enum CodingKeys: String, CodingKey {
        case reading, deadline, options, event, start, warnings
        case extendedDeadline = "extended_deadline"
        case timeZone = "time_zone"
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(reading, forKey: .reading)
        // null for open; absent for a choice, whose deadlines are per option.
        if options == nil { try container.encode(deadline, forKey: .deadline) }
        try container.encodeIfPresent(options, forKey: .options)
        try container.encodeIfPresent(extendedDeadline, forKey: .extendedDeadline)
        try container.encodeIfPresent(event, forKey: .event)
        try container.encode(start, forKey: .start)
        try container.encode(timeZone, forKey: .timeZone)
        try container.encode(warnings, forKey: .warnings)
    }

    struct Option: Encodable {
        var condition: String
        var reading: Reading
        var deadline: String
    }

    /// `{"kind": "duration", "amount": 3, "unit": "workdays"}`; a range adds `"range": [1, 3]`,
    /// an extension `"extension": {...}`, open its `"reason"`.
    struct Reading: Encodable {
        var kind: String
        var amount: Int?
        var unit: String?
        var range: [Int]?
        var extensionAmount: CatalogJSON.Amount?
        var reason: String?
        var daysBefore: Int?

        init(_ reading: TimeLimitReading) {
            kind = reading.kind
            switch reading {
            case .duration(let amount):
                self.amount = amount.amount
                unit = amount.unit.rawValue
                range = amount.range.map { [$0.lowerBound, $0.upperBound] }
            case .extended(let base, let extra):
                amount = base.amount
                unit = base.unit.rawValue
                extensionAmount = CatalogJSON.Amount(amount: extra)
            case .choice: break
            case .open(let reason): self.reason = reason
            case .beforeEvent(let days): daysBefore = days
            }
        }

        enum CodingKeys: String, CodingKey {
            case kind, amount, unit, range, reason
            case extensionAmount = "extension"
            case daysBefore = "days_before"
        }
    }
}
