import Foundation
import GRDB
import LoketCore

// The values the request store takes and returns: a new request, summaries, details, filters.

/// What the counter types to log a request.
public struct NewRequest: Sendable, Hashable {
    public var serviceID: Int64
    public var applicant: ApplicantInput
    /// 1-based option of a choice time limit.
    public var option: Int?
    /// Persyaratan the pemohon did not bring: each a 1-based item number or part of its text.
    public var missing: [String]
    public var note: String?
    /// A known pemohon (``Store/searchApplicants(nik:phone:name:)``): the fields of `applicant`
    /// left empty are taken from it.
    public var applicantID: Int64?
    /// The event day of a service tied to one (jangka waktu `H-5`): required there, refused elsewhere.
    public var event: LocalDate?

    public init(
        serviceID: Int64, applicant: ApplicantInput, option: Int? = nil, missing: [String] = [], note: String? = nil,
        applicantID: Int64? = nil, event: LocalDate? = nil
    ) {
        self.event = event
        self.serviceID = serviceID
        self.applicant = applicant
        self.option = option
        self.missing = missing
        self.note = note
        self.applicantID = applicantID
    }
}

/// A request as lists show it.
public struct RequestSummary: Sendable, Hashable {
    public var id: Int64
    public var number: String
    public var status: RequestStatus
    public var serviceID: Int64
    public var serviceName: String
    public var unitID: Int64
    public var unitName: String
    public var agencyID: Int64
    public var agencyCode: String
    public var applicantName: String
    public var receivedAt: Date
    public var completeAt: Date?
    public var deadline: Date?
    public var extended: Bool
    public var finishedAt: Date?
    /// The responsible officer's account.
    public var assignee: String?
    /// The agency's IANA zone (for showing the instants).
    public var timeZone: String
    /// Set by ``Store/logRequest(_:by:at:)`` only: what the counter should know about the
    /// pemohon found (e.g. a known NIK recorded under another name). Also in the event note.
    public var notice: String? = nil

    /// Not finished and past its deadline at `now`.
    public func isOverdue(at now: Date) -> Bool {
        guard status.isClockRunning, let deadline else { return false }
        return now > deadline
    }

    /// Finished (selesai or later) after its deadline.
    public var finishedLate: Bool {
        guard let finishedAt, let deadline, status == .selesai || status == .diserahkan else { return false }
        return finishedAt > deadline
    }
}

/// A Persyaratan item of a request's checklist.
public struct ChecklistItem: Sendable, Hashable {
    /// 0-based position in the card's list.
    public var position: Int
    /// The number the card shows (``LoketCore/Requirement/label``).
    public var label: String
    public var text: String
    public var brought: Bool
    /// When a missing item was brought later.
    public var completedAt: Date?

    public init(position: Int, label: String, text: String, brought: Bool, completedAt: Date? = nil) {
        self.position = position
        self.label = label
        self.text = text
        self.brought = brought
        self.completedAt = completedAt
    }
}

/// One history entry with the account that made it.
public struct RequestHistoryEntry: Sendable, Hashable {
    public var event: RequestEvent
    public var actor: String
    /// The account of `event.assigneeID`, when the event sets one.
    public var assignee: String?
}

/// Everything about one request: for `request show`, the receipt and the TUI.
public struct RequestDetail: Sendable, Hashable {
    public var summary: RequestSummary
    public var agencyName: String
    public var timeZone: String
    public var applicantID: Int64
    public var applicant: Applicant
    /// The jangka waktu in force when the request was logged (override, else the decree's text).
    public var timeLimitRaw: String?
    /// The amount the clock runs for (nil: open), the chosen option's condition, the allowed extension.
    public var timeLimit: TimeAmount?
    public var optionCondition: String?
    public var allowedExtension: TimeAmount?
    /// The event day of a service tied to one, and the N of its `H-N`.
    public var event: LocalDate?
    public var eventDaysBefore: Int?
    public var catalogRevision: Int
    public var items: [ChecklistItem]
    public var history: [RequestHistoryEntry]
    /// Component 6 of the card (Penanganan Pengaduan), for the receipt.
    public var complaintChannel: String?
    public var closingReason: String?
    public var note: String?

    public var missingItems: [ChecklistItem] { items.filter { !$0.brought } }

    /// The warning of a request logged later than H-N, for the screen and the receipt.
    public var eventWarning: String? {
        guard let event, let days = eventDaysBefore, let zone = TimeZone(identifier: timeZone) else { return nil }
        let calendar = WorkingCalendar.standard(timeZone: zone)  // only its zone is used: the day of logging
        guard DeadlineCalculator.isLate(logged: summary.receivedAt, daysBefore: days, event: event, in: calendar)
        else { return nil }
        return RequestTimeLimit.lateWarning(daysBefore: days, event: event)
    }

    /// How many events the request has: a change made with this number fails when someone else
    /// changed the request meanwhile.
    public var version: Int { history.count }

    /// The officer who logged the request (the first event's actor).
    public var loggedBy: String? { history.first?.actor }
}

/// Filters of `request list`.
public struct RequestFilter: Sendable, Hashable {
    public var status: RequestStatus?
    public var unitID: Int64?
    /// Only running requests past their deadline at `now`.
    public var overdue = false
    /// Only running requests whose deadline falls between `now` and `now + dueWithin` seconds.
    public var dueWithin: TimeInterval?
    /// At most this many, newest first (running ones, `overdue` or `dueWithin`: nearest deadline
    /// first) (nil: all).
    public var limit: Int? = 1000

    public init(
        status: RequestStatus? = nil, unitID: Int64? = nil, overdue: Bool = false, dueWithin: TimeInterval? = nil,
        limit: Int? = 1000
    ) {
        self.status = status
        self.unitID = unitID
        self.overdue = overdue
        self.dueWithin = dueWithin
        self.limit = limit
    }
}

/// A row of the overdue board.
public struct OverdueRequest: Sendable, Hashable {
    public var summary: RequestSummary
    public var lateness: Lateness
}

/// The service as a request is logged against it: its latest revision and card parts.
struct ServiceContext {
    var serviceID: Int64
    var serviceRevisionID: Int64
    var unitID: Int64
    var agencyID: Int64
    var agencyCode: String
    var timeZone: String
    var timeLimitRaw: String?
    var requirements: [Requirement]
}

/// The rows of a listing, and the ones that could not be read (reported by id: one damaged row
/// never hides the others).
public struct Listing<Element: Sendable>: Sendable, RandomAccessCollection {
    public var rows: [Element]
    public var unreadable: [UnreadableRow]

    public init(rows: [Element], unreadable: [UnreadableRow] = []) {
        self.rows = rows
        self.unreadable = unreadable
    }

    public var startIndex: Int { rows.startIndex }
    public var endIndex: Int { rows.endIndex }
    public subscript(position: Int) -> Element { rows[position] }

    /// Decodes each row with `decode`, keeping the unreadable ones aside.
    static func decoding(_ rows: [Row], _ decode: (Row) throws -> Element) throws -> Listing {
        var listing = Listing(rows: [])
        for row in rows {
            do {
                listing.rows.append(try decode(row))
            } catch StoreError.unreadableRow(let unreadable) {
                listing.unreadable.append(unreadable)
            }
        }
        return listing
    }
}
