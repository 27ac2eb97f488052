import Foundation
import LoketCore

/// The `--format json` shape of a parsed catalog (`loket import --dry-run --format json`).
enum CatalogJSON {
    struct Root: Encodable {
        var agencies: [Agency]
    }

    struct Agency: Encodable {
        var source: String
        var name: String
        var decree: Decree
        var units: [Unit]
        var warnings: [Warning]
    }

    struct Decree: Encodable {
        var number: String?
        var date: String?
    }

    struct Unit: Encodable {
        var name: String
        var decree: Decree
        var services: [Service]
    }

    struct Service: Encodable {
        var name: String
        var line: Int
        var components: [ComponentRow]
        var timeLimit: TimeLimit

        enum CodingKeys: String, CodingKey {
            case name, line, components
            case timeLimit = "time_limit"
        }
    }

    struct ComponentRow: Encodable {
        var number: Int?
        var label: String
        var text: String
        var line: Int

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(number, forKey: .number)  // null, not absent, for an extra row
            try container.encode(label, forKey: .label)
            try container.encode(text, forKey: .text)
            try container.encode(line, forKey: .line)
        }

        enum CodingKeys: String, CodingKey { case number, label, text, line }
    }

    /// The raw jangka waktu and its reading (issue 3's shape): `kind`, `amount`/`unit` of a
    /// duration or of an extension's base (null otherwise), `options` of a choice, `extension`,
    /// `days_before` of a service tied to an event day (`before_event`, only there).
    struct TimeLimit: Encodable {
        var raw: String?
        var parse: TimeLimitParse?

        init(raw: String?) {
            self.raw = raw
            parse = raw.map(TimeLimitParser.parse)
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(raw, forKey: .raw)
            let reading = parse?.reading ?? .open(reason: nil)
            try container.encode(reading.kind, forKey: .kind)
            var main: TimeAmount?
            var options: [TimeLimitOption] = []
            var extensionAmount: TimeAmount?
            var daysBefore: Int?
            switch reading {
            case let .duration(amount): main = amount
            case let .choice(choices): options = choices
            case let .extended(base, extra):
                main = base
                extensionAmount = extra
            case .open: break
            case let .beforeEvent(days): daysBefore = days
            }
            try container.encode(main?.amount, forKey: .amount)
            try container.encode(main?.unit.rawValue, forKey: .unit)
            try container.encode(options.map(Amount.init), forKey: .options)
            try container.encode(extensionAmount.map { Amount(amount: $0) }, forKey: .extension)
            try container.encodeIfPresent(daysBefore, forKey: .daysBefore)
            try container.encode(parse?.warnings ?? [], forKey: .warnings)
        }

        enum CodingKeys: String, CodingKey {
            case raw, kind, amount, unit, options, `extension`, warnings
            case daysBefore = "days_before"
        }
    }

    struct Amount: Encodable {
        var amount: Int
        var unit: String
        var range: [Int]?
        var condition: String?

        init(amount: TimeAmount) {
            self.amount = amount.amount
            unit = amount.unit.rawValue
            range = amount.range.map { [$0.lowerBound, $0.upperBound] }
        }

        init(_ option: TimeLimitOption) {
            self.init(amount: option.amount)
            condition = option.condition
        }
    }

    struct Warning: Encodable {
        var line: Int
        var message: String
    }

    static func encode(_ catalogs: [ParsedCatalog]) throws -> String {
        let root = Root(
            agencies: catalogs.map { catalog in
                Agency(
                    source: catalog.source, name: catalog.agencyName,
                    decree: Decree(number: catalog.decree.number, date: catalog.decree.date),
                    units: catalog.units.map { unit in
                        Unit(
                            name: unit.name, decree: Decree(number: unit.decree.number, date: unit.decree.date),
                            services: unit.services.map { service in
                                Service(
                                    name: service.name, line: service.line,
                                    components: service.components.map {
                                        ComponentRow(number: $0.number, label: $0.label, text: $0.text, line: $0.line)
                                    },
                                    timeLimit: TimeLimit(raw: service.timeLimitRaw.map(rawTimeLimit))
                                )
                            }
                        )
                    },
                    warnings: catalog.warnings.map { Warning(line: $0.line, message: $0.message) }
                )
            })
        let encoder = JSONEncoder()
        // Sorted keys: the same bytes every run (unsorted, they follow per-process hash seeding).
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(root), as: UTF8.self)
    }
}

/// The raw jangka waktu: the cell's text on one line, whitespace collapsed.
func rawTimeLimit(_ text: String) -> String {
    text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
}
