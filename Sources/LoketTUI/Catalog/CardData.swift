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

    /// A supervisor's jangka waktu in force instead of the decree's.
    public struct Override: Sendable, Hashable {
        public var text: String
        public var reason: String?
        public var setBy: String?

        public init(text: String, reason: String? = nil, setBy: String? = nil) {
            self.text = text
            self.reason = reason
            self.setBy = setBy
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
    public var timeLimitOverride: Override?

    public init(
        serviceID: Int64, name: String, unitName: String, agencyName: String, decreeNumber: String? = nil,
        decreeDate: String? = nil, timeLimitRaw: String?, rows: [Row],
        timeLimitOverride: Override? = nil
    ) {
        self.serviceID = serviceID
        self.name = name
        self.unitName = unitName
        self.agencyName = agencyName
        self.decreeNumber = decreeNumber
        self.decreeDate = decreeDate
        self.timeLimitRaw = timeLimitRaw
        self.rows = rows
        self.timeLimitOverride = timeLimitOverride
    }
}
