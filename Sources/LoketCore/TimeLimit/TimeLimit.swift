import Foundation

/// The unit of a jangka waktu.
public enum TimeUnit: String, Sendable, Codable, CaseIterable {
    case minutes, hours, days, workdays, weeks, months, years

    /// Indonesian name for screens.
    public var indonesianName: String {
        switch self {
        case .minutes: return "menit"
        case .hours: return "jam"
        case .days: return "hari"
        case .workdays: return "hari kerja"
        case .weeks: return "minggu"
        case .months: return "bulan"
        case .years: return "tahun"
        }
    }

    /// A rough length in minutes, used only to compare amounts of different units (e.g. to
    /// pick the longest stage); never used for deadlines. 1 workday = 1 day, 1 month = 30 days.
    var approximateMinutes: Int {
        switch self {
        case .minutes: return 1
        case .hours: return 60
        case .days, .workdays: return 1_440
        case .weeks: return 10_080
        case .months: return 43_200
        case .years: return 525_600
        }
    }
}

/// An amount of time. A range (`1-3 jam`, `3 sampai 4 bulan`) keeps its bounds in `range`
/// while `amount` is the upper bound, which is what deadlines use.
public struct TimeAmount: Sendable, Hashable, Codable, CustomStringConvertible {
    public var amount: Int
    public var unit: TimeUnit
    public var range: ClosedRange<Int>?

    public init(_ amount: Int, _ unit: TimeUnit, range: ClosedRange<Int>? = nil) {
        self.amount = amount
        self.unit = unit
        self.range = range
    }

    public init(amount: Int, unit: TimeUnit, range: ClosedRange<Int>? = nil) {
        self.init(amount, unit, range: range)
    }

    /// E.g. `3 hari kerja`, `1-3 jam`.
    public var description: String {
        if let r = range, r.lowerBound != r.upperBound {
            return "\(r.lowerBound)-\(r.upperBound) \(unit.indonesianName)"
        }
        return "\(amount) \(unit.indonesianName)"
    }

    var approximateMinutes: Int { amount * unit.approximateMinutes }
}

/// One option of a choice: its amount and the condition under which it applies, as written
/// in the decree (e.g. `jika ada koordinasi dengan OPD lain`, `Seleksi`).
public struct TimeLimitOption: Sendable, Hashable, Codable {
    public var amount: TimeAmount
    public var condition: String

    public init(amount: TimeAmount, condition: String) {
        self.amount = amount
        self.condition = condition
    }
}

/// What a jangka waktu text means.
public enum TimeLimitReading: Sendable, Hashable, Codable {
    /// A single duration (possibly with a qualifier that the parse reports as a warning).
    case duration(TimeAmount)
    /// Alternatives; the officer picks one at intake.
    case choice([TimeLimitOption])
    /// A base duration plus an extension a supervisor may grant once, with a reason.
    case extended(base: TimeAmount, extension: TimeAmount)
    /// No fixed limit (the officer may set a target date by hand, or leave none).
    case open(reason: String?)
    /// Tied to an event day the pemohon names at intake (`Disesuaikan dengan waktu (H-5)`): the
    /// request must come in at least `daysBefore` days before it; the deadline is the opening of
    /// the event day (DOMAIN.md, "before an event").
    case beforeEvent(daysBefore: Int)

    /// `duration`, `choice`, `extension`, `open` or `before_event`.
    public var kind: String {
        switch self {
        case .duration: return "duration"
        case .choice: return "choice"
        case .extended: return "extension"
        case .open: return "open"
        case .beforeEvent: return "before_event"
        }
    }

    /// The longest amount the reading can give (the conservative figure for reports): the
    /// amount of a duration, base + extension when both share a unit (else the base), the
    /// longest option of a choice; nil when open or before an event (no duration from intake).
    public var longest: TimeAmount? {
        switch self {
        case .duration(let a): return a
        case .extended(let base, let ext):
            return base.unit == ext.unit ? TimeAmount(base.amount + ext.amount, base.unit) : base
        case .choice(let options):
            return options.map(\.amount).max { $0.approximateMinutes < $1.approximateMinutes }
        case .open, .beforeEvent: return nil
        }
    }
}

/// The result of parsing: the reading plus warnings in Bahasa Indonesia for the officer or
/// the importer (qualifiers, ignored office hours, guesses). The raw text is kept by the
/// caller and shown beside the reading.
public struct TimeLimitParse: Sendable, Hashable, Codable {
    public var reading: TimeLimitReading
    public var warnings: [String]

    public init(reading: TimeLimitReading, warnings: [String] = []) {
        self.reading = reading
        self.warnings = warnings
    }
}
