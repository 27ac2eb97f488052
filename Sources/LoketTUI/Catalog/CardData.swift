/// The Standar Pelayanan card of one service, as the card screen draws it.
public struct CardData: Sendable, Hashable {
    /// One row of the decree's table, in the decree's order.
    public struct Row: Sendable, Hashable {
        /// Canonical component number 1-14, nil for an extra row (Maklumat, office hours, ...).
        public var number: Int?
        /// The decree's own label.
        public var label: String
        /// The cell text; list items are separated by line breaks.
        public var text: String

        public init(number: Int?, label: String, text: String) {
            self.number = number
            self.label = label
            self.text = text
        }
    }

    public var serviceID: Int64
    public var name: String
    public var unitName: String
    public var agencyName: String
    public var decreeNumber: String?
    /// ISO `YYYY-MM-DD`.
    public var decreeDate: String?
    public var timeLimitRaw: String?
    public var rows: [Row]

    public init(
        serviceID: Int64, name: String, unitName: String, agencyName: String, decreeNumber: String? = nil,
        decreeDate: String? = nil, timeLimitRaw: String?, rows: [Row]
    ) {
        self.serviceID = serviceID
        self.name = name
        self.unitName = unitName
        self.agencyName = agencyName
        self.decreeNumber = decreeNumber
        self.decreeDate = decreeDate
        self.timeLimitRaw = timeLimitRaw
        self.rows = rows
    }
}

/// Loads a card when it is opened (the store in the program, fixtures in tests). Nil when the
/// service no longer exists; a thrown error is shown on the card screen.
public typealias CardProvider = @Sendable (Int64) throws -> CardData?
