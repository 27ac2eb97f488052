import Foundation

/// The time limit a request runs under: the service's reading and, for a choice, the officer's
/// pick. Holds the deadline and extension rules.
public struct RequestTimeLimit: Sendable, Hashable {
    public var reading: TimeLimitReading
    /// 0-based index of the chosen option when the reading is a choice; nil otherwise.
    public var optionIndex: Int?
    /// The event day of a service tied to one (`.beforeEvent`); nil otherwise.
    public var event: LocalDate?

    /// Checks the officer's pick against the reading. `option` is 1-based, as typed.
    ///
    /// - Throws: ``RequestRuleError/optionRequired(options:)`` when a choice has no pick,
    ///   ``RequestRuleError/optionOutOfRange(given:options:)``,
    ///   ``RequestRuleError/optionNotApplicable`` when a non-choice gets one.
    ///   For a reading before an event: ``RequestRuleError/eventRequired(daysBefore:)`` without
    ///   `event`, ``RequestRuleError/eventNotApplicable`` when another reading gets one.
    public init(reading: TimeLimitReading, option: Int?, event: LocalDate? = nil) throws(RequestRuleError) {
        self.reading = reading
        if case .beforeEvent(let days) = reading {
            guard let event else { throw .eventRequired(daysBefore: days) }
            self.event = event
        } else if event != nil {
            throw .eventNotApplicable
        }
        if case .choice(let options) = reading {
            guard let option else { throw .optionRequired(options: options) }
            // A range check, not `option - 1`: any Int may be typed (Int.min would overflow).
            guard (1...options.count).contains(option) else { throw .optionOutOfRange(given: option, options: options) }
            optionIndex = option - 1
        } else {
            if option != nil { throw .optionNotApplicable }
            optionIndex = nil
        }
    }

    /// The amount the clock runs for: the duration, the base of an extension, the chosen
    /// option; nil for an open limit.
    public var amount: TimeAmount? {
        switch reading {
        case .duration(let amount): return amount
        case .extended(let base, _): return base
        case .choice(let options): return optionIndex.map { options[$0].amount }
        case .open, .beforeEvent: return nil
        }
    }

    /// The extension the limit allows (`10 HK + 7 HK` → 7 HK), nil when none.
    public var allowedExtension: TimeAmount? {
        if case .extended(_, let extra) = reading { return extra }
        return nil
    }

    /// The deadline of documents complete at `completeAt` (DOMAIN.md deadline rules); nil for
    /// an open time limit. Before an event: the opening of the event day, whenever complete.
    public func deadline(completeAt: Date, in calendar: WorkingCalendar) -> Date? {
        DeadlineCalculator.deadline(
            for: reading, choiceIndex: optionIndex, event: event, from: completeAt, in: calendar)
    }

    /// For a service tied to an event day: a warning when `logged` is later than H-N (accepted,
    /// DOMAIN.md), nil when in time or not tied to an event. Throws when the event day has passed.
    public func eventWarning(logged: Date, in calendar: WorkingCalendar) throws(RequestRuleError) -> String? {
        guard case .beforeEvent(let days) = reading, let event else { return nil }
        if calendar.civil(logged).date > event { throw .eventPassed(event) }
        guard DeadlineCalculator.isLate(logged: logged, daysBefore: days, event: event, in: calendar) else {
            return nil
        }
        return Self.lateWarning(daysBefore: days, event: event)
    }

    /// `Permohonan masuk kurang dari H-5 ...`: the one wording, for the screen, the receipt and
    /// `loket deadline`.
    public static func lateWarning(daysBefore days: Int, event: LocalDate) -> String {
        let due = LocalDate(dayNumber: event.dayNumber - days)
        return "Permohonan masuk lewat dari H-\(days) (paling lambat \(due.iso) untuk acara \(event.iso)); "
            + "diterima, tetapi waktu penyiapannya kurang dari yang dijanjikan keputusan"
    }

    /// The extended deadline, after checking the extension rules: the limit allows one, it was
    /// not granted before, the request has a running clock and a deadline, and a reason is
    /// given. (Who may extend is the role check, ``Role/allows(_:)``.)
    public func extendedDeadline(
        of state: RequestState, reason: String?, in calendar: WorkingCalendar
    ) throws(RequestRuleError) -> Date {
        guard let extra = allowedExtension else {
            throw .extensionNotAllowed("jangka waktu layanan ini tidak mengenal perpanjangan")
        }
        if state.extended { throw .extensionNotAllowed("perpanjangan hanya boleh sekali dan sudah diberikan") }
        guard state.status.isClockRunning, let current = state.deadline else {
            throw .extensionNotAllowed(
                "permohonan berstatus \(state.status.rawValue); hanya permohonan diterima atau diproses yang dapat diperpanjang"
            )
        }
        if (reason?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "").isEmpty {
            throw .extensionNotAllowed("alasan perpanjangan wajib diisi (--reason)")
        }
        return DeadlineCalculator.deadline(extending: current, by: extra, in: calendar)
    }
}

/// One Persyaratan item of a card: its number as the officer sees it and its text.
public struct Requirement: Sendable, Hashable {
    /// The number the card shows: the decree's own (`5`, `b`) when every item has a distinct
    /// one, else the position from 1. `--missing 5` and the checklist's numbers mean this.
    public var label: String
    public var text: String

    public init(label: String, text: String) {
        self.label = label
        self.text = text
    }
}

/// The Persyaratan checklist of a card: component 1's text, one item per non-empty line,
/// leading list markers (`1.`, `a)`, `-`, `•`) removed.
public enum Requirements {
    public static func items(from text: String?) -> [String] { numbered(from: text).map(\.text) }

    /// An item as it goes into a list joined with `; `: its own closing punctuation
    /// (`Proposal Hibah;`) dropped, so that separators are never doubled.
    public static func listText(_ text: String) -> String {
        var text = text.trimmingCharacters(in: .whitespacesAndNewlines)
        while let last = text.last, ";,.".contains(last) {
            text.removeLast()
            text = text.trimmingCharacters(in: .whitespaces)
        }
        return text
    }

    /// The items with the numbers the card shows (``Requirement/label``): a decree that numbers
    /// its list 1, 2, 5 keeps 1, 2, 5, so that the officer ticks what the card says.
    public static func numbered(from text: String?) -> [Requirement] {
        guard let text else { return [] }
        var items: [(marker: String?, text: String)] = []
        for line in text.split(whereSeparator: \.isNewline) {
            var item = Substring(line).trimmingCharacters(in: .whitespaces)[...]
            var marker: String?
            if let end = item.firstIndex(where: { $0 == "." || $0 == ")" }),
                item.distance(from: item.startIndex, to: end) <= 3,
                item[..<end].allSatisfy({ $0.isNumber || $0.isLetter }),
                item.index(after: end) < item.endIndex, item[item.index(after: end)].isWhitespace
            {
                marker = String(item[..<end])
                item = item[item.index(after: end)...]
            } else if let first = item.first, "-•*·".contains(first) {
                item = item.dropFirst()
            }
            let clean = item.trimmingCharacters(in: .whitespaces)
            if !clean.isEmpty { items.append((marker, clean)) }
        }
        let markers = items.compactMap(\.marker)
        let own = markers.count == items.count && Set(markers.map { $0.lowercased() }).count == markers.count
        return items.enumerated().map { index, item in
            Requirement(label: own ? item.marker! : String(index + 1), text: item.text)
        }
    }
}
