/// What the importer reads from one decree file: a pure value, before it reaches the store.
///
/// A file normally holds one decree of one agency. Some files paste several decrees of the same
/// agency together (one per Bagian); each ``ParsedUnit`` then carries its own ``DecreeInfo``.
public struct ParsedCatalog: Sendable, Hashable {
    /// The file name the catalog was read from.
    public var source: String
    /// The agency (instansi) that issued the decree, e.g. `Sekretariat Daerah Kota Denpasar`.
    public var agencyName: String
    /// The decree of the file (the first one when the file holds several).
    public var decree: DecreeInfo
    public var units: [ParsedUnit]
    public var warnings: [ImportWarning]

    public init(
        source: String, agencyName: String, decree: DecreeInfo, units: [ParsedUnit], warnings: [ImportWarning]
    ) {
        self.source = source
        self.agencyName = agencyName
        self.decree = decree
        self.units = units
        self.warnings = warnings
    }

    public var serviceCount: Int { units.reduce(0) { $0 + $1.services.count } }
}

/// A decree's number and date (`ditetapkan ... tanggal`).
public struct DecreeInfo: Sendable, Hashable, Codable {
    /// As printed, whitespace collapsed, e.g. `188.4/726/ORG/2021`.
    public var number: String?
    /// ISO date `YYYY-MM-DD` from the signing block (`Ditetapkan di ... pada tanggal ...`); when
    /// only part of it is readable, the reduced ISO form of what is certain (`YYYY-MM`, `YYYY`);
    /// nil when the signing block gives no year.
    public var date: String?

    public init(number: String?, date: String?) {
        self.number = number
        self.date = date
    }
}

/// An organisational unit (Bagian, Bidang, Subbagian) with its services.
public struct ParsedUnit: Sendable, Hashable {
    public var name: String
    /// The decree this unit's standard was set by.
    public var decree: DecreeInfo
    public var services: [ParsedService]

    public init(name: String, decree: DecreeInfo, services: [ParsedService]) {
        self.name = name
        self.decree = decree
        self.services = services
    }
}

/// One service (jenis pelayanan) and its component rows, in the decree's order.
public struct ParsedService: Sendable, Hashable {
    public var name: String
    /// 1-based line of the service's heading in the file (or of its table's first line when the
    /// decree has no heading for it).
    public var line: Int
    public var components: [ParsedComponent]

    public init(name: String, line: Int, components: [ParsedComponent]) {
        self.name = name
        self.line = line
        self.components = components
    }

    /// The component with this canonical number, if the decree has it.
    public func component(_ kind: Component) -> ParsedComponent? {
        components.first { $0.number == kind.rawValue }
    }

    /// The raw jangka waktu text (component 3), whitespace collapsed; nil when the decree lacks it.
    public var timeLimitRaw: String? { component(.jangkaWaktu)?.text }
}

/// One row of a service's table.
public struct ParsedComponent: Sendable, Hashable {
    /// The canonical component number 1-14, or nil for an extra row the decree adds.
    public var number: Int?
    /// The decree's own label, whitespace collapsed.
    public var label: String
    /// Clean text: no markup, no page debris; list items on separate lines.
    public var text: String
    /// 1-based line where the row starts.
    public var line: Int

    public init(number: Int?, label: String, text: String, line: Int) {
        self.number = number
        self.label = label
        self.text = text
        self.line = line
    }
}

/// Something the importer noticed and could not place or had to guess. Shown in the import
/// report with its line number; the message is in Bahasa Indonesia.
public struct ImportWarning: Sendable, Hashable, Codable {
    public var line: Int
    public var message: String

    public init(line: Int, message: String) {
        self.line = line
        self.message = message
    }
}
