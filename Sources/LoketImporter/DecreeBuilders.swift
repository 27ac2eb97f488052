import LoketCore

// What the scanner builds while it reads a decree: rows, services, units.

struct RowBuilder {
    var component: Component?
    var label: String
    var raw: String
    var line: Int
    /// The label as read, piece by piece, for ``LabelSplit``.
    var labelPieces: [LabelSplit.Piece]

    init(component: Component?, label: String, raw: String, line: Int) {
        self.component = component
        self.label = label
        self.raw = raw
        self.line = line
        labelPieces = [LabelSplit.Piece(text: label, offset: 0)]
    }
}

struct ServiceBuilder {
    var name: String?
    var headingNumber: Int?
    var line: Int
    var block: Int
    var explicit = false
    var rows: [RowBuilder] = []
    var sawManufacturingHeading = false
    var manufacturingOffset: Int?
    var part: PartOfTable = .serviceDelivery
    /// The components of the rows so far, and the highest of them: kept as rows are added, so
    /// that a check per row does not read all the rows before it.
    private(set) var present: Set<Component> = []
    private(set) var highest = 0

    var hasManufacturingRows: Bool { highest >= 7 }
    func has(_ component: Component) -> Bool { present.contains(component) }

    mutating func append(_ row: RowBuilder, at index: Int? = nil) {
        if let component = row.component {
            present.insert(component)
            highest = max(highest, component.rawValue)
        }
        rows.insert(row, at: index ?? rows.count)
    }
}

struct UnitBuilder {
    var name: String
    var block: Int
    var services: [ServiceBuilder] = []
}
