/// How a cell is drawn: terminal attributes plus a colour role the backend maps to a colour
/// pair when the terminal has colours (and `NO_COLOR` is unset).
public struct Style: Hashable, Sendable {
    public struct Attributes: OptionSet, Hashable, Sendable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }

        public static let bold = Attributes(rawValue: 1 << 0)
        public static let reverse = Attributes(rawValue: 1 << 1)
        public static let underline = Attributes(rawValue: 1 << 2)
        public static let dim = Attributes(rawValue: 1 << 3)
    }

    /// What a cell means; the backend picks the colour.
    public enum Role: UInt8, Hashable, Sendable, CaseIterable {
        case normal, bar, selection, heading, accent, muted, warning
    }

    public var attributes: Attributes
    public var role: Role

    public init(_ attributes: Attributes = [], role: Role = .normal) {
        self.attributes = attributes
        self.role = role
    }

    public static let normal = Style()
    /// Top and bottom bars.
    public static let bar = Style(.reverse, role: .bar)
    /// The selected row of a list.
    public static let selection = Style(.reverse, role: .selection)
    public static let heading = Style(.bold, role: .heading)
    public static let accent = Style(.bold, role: .accent)
    public static let muted = Style(.dim, role: .muted)
    public static let warning = Style(.bold, role: .warning)
}
