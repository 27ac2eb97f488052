import Foundation
import LoketCore

/// What the new-request form needs of a service.
public struct IntakeInfo: Sendable {
    public var serviceID: Int64
    public var serviceName: String
    public var unitName: String
    public var agencyName: String
    /// The Persyaratan checklist, with the card's own numbers.
    public var requirements: [Requirement]
    /// The jangka waktu in force (a supervisor's override, else the decree's), as written.
    public var timeLimitText: String?
    public var reading: TimeLimitReading
    /// The agency's working calendar: the form computes the deadline it would get, live.
    public var calendar: WorkingCalendar

    public init(
        serviceID: Int64, serviceName: String, unitName: String, agencyName: String, requirements: [Requirement],
        timeLimitText: String?, reading: TimeLimitReading, calendar: WorkingCalendar
    ) {
        self.serviceID = serviceID
        self.serviceName = serviceName
        self.unitName = unitName
        self.agencyName = agencyName
        self.requirements = requirements
        self.timeLimitText = timeLimitText
        self.reading = reading
        self.calendar = calendar
    }
}

/// A pemohon the database knows.
public struct KnownApplicant: Sendable, Hashable {
    public var id: Int64
    public var name: String
    public var nik: String?
    public var phone: String?
    public var address: String?

    public init(id: Int64, name: String, nik: String? = nil, phone: String? = nil, address: String? = nil) {
        self.id = id
        self.name = name
        self.nik = nik
        self.phone = phone
        self.address = address
    }
}

/// What the form sends to log a request.
public struct RequestDraft: Sendable, Hashable {
    public var serviceID: Int64
    public var name: String
    public var nik: String
    public var phone: String
    public var address: String
    public var note: String
    /// A known pemohon the officer accepted.
    public var applicantID: Int64?
    /// 0-based positions of the Persyaratan not brought.
    public var missing: [Int]
    /// 1-based option of a choice time limit.
    public var option: Int?
    /// The event day of a service tied to one (`H-5`).
    public var event: LocalDate?

    public init(
        serviceID: Int64, name: String, nik: String = "", phone: String = "", address: String = "", note: String = "",
        applicantID: Int64? = nil, missing: [Int] = [], option: Int? = nil, event: LocalDate? = nil
    ) {
        self.event = event
        self.serviceID = serviceID
        self.name = name
        self.nik = nik
        self.phone = phone
        self.address = address
        self.note = note
        self.applicantID = applicantID
        self.missing = missing
        self.option = option
    }
}

/// Which requests the list shows.
public struct RequestQuery: Sendable, Hashable {
    public enum Scope: Int, Sendable, Hashable, CaseIterable {
        /// Assigned to the user.
        case mine
        /// Of the user's units (all units for an admin or a user of every unit).
        case myUnits
    }

    public enum Focus: Int, Sendable, Hashable, CaseIterable {
        /// Newest first.
        case all
        /// Running (diterima, diproses), nearest deadline first; so are the next two.
        case open
        case overdue
        case dueToday
    }

    public var scope: Scope
    public var focus: Focus
    public var status: RequestStatus?
    /// A number, a name, a NIK or a telephone (empty: no search).
    public var text: String
    /// Keyset paging: the rows after this one (newest first), nil for the first page.
    public var after: RequestRow.Key?
    public var limit: Int

    public init(
        scope: Scope = .myUnits, focus: Focus = .all, status: RequestStatus? = nil, text: String = "",
        after: RequestRow.Key? = nil, limit: Int = 50
    ) {
        self.scope = scope
        self.focus = focus
        self.status = status
        self.text = text
        self.after = after
        self.limit = limit
    }
}

/// A row of the requests list.
public struct RequestRow: Sendable, Hashable {
    /// The position of a row in the list's order (the keyset of paging): its receipt instant
    /// (newest first), or its deadline for the running focuses (nearest first), and its id.
    public struct Key: Sendable, Hashable {
        public var date: Date
        public var id: Int64

        public init(date: Date, id: Int64) {
            self.date = date
            self.id = id
        }
    }

    public var id: Int64
    public var number: String
    public var applicantName: String
    public var serviceName: String
    public var unitName: String
    public var status: RequestStatus
    public var receivedAt: Date
    public var deadline: Date?
    public var finishedAt: Date?
    public var assignee: String?
    public var agencyID: Int64
    public var unitID: Int64

    /// The keyset position of the row in a list of `focus`.
    public func key(_ focus: RequestQuery.Focus) -> Key {
        focus == .all ? Key(date: receivedAt, id: id) : Key(date: deadline ?? receivedAt, id: id)
    }

    public init(
        id: Int64, number: String, applicantName: String, serviceName: String, unitName: String,
        status: RequestStatus, receivedAt: Date, deadline: Date?, finishedAt: Date?, assignee: String?, agencyID: Int64,
        unitID: Int64 = 0
    ) {
        self.unitID = unitID
        self.id = id
        self.number = number
        self.applicantName = applicantName
        self.serviceName = serviceName
        self.unitName = unitName
        self.status = status
        self.receivedAt = receivedAt
        self.deadline = deadline
        self.finishedAt = finishedAt
        self.assignee = assignee
        self.agencyID = agencyID
    }
}

/// One page of the requests list.
public struct RequestPage: Sendable {
    public var rows: [RequestRow]
    /// More rows follow the last one.
    public var hasMore: Bool
    /// The agencies' calendars, for urgency and time left.
    public var calendars: [Int64: WorkingCalendar]

    public init(rows: [RequestRow], hasMore: Bool, calendars: [Int64: WorkingCalendar]) {
        self.rows = rows
        self.hasMore = hasMore
        self.calendars = calendars
    }
}

/// Everything the request screen shows about one request.
public struct RequestView: Sendable {
    public struct Item: Sendable, Hashable {
        public var position: Int
        public var label: String
        public var text: String
        public var brought: Bool
        public var completedAt: Date?

        public init(position: Int, label: String, text: String, brought: Bool, completedAt: Date? = nil) {
            self.position = position
            self.label = label
            self.text = text
            self.brought = brought
            self.completedAt = completedAt
        }
    }

    public struct Entry: Sendable, Hashable {
        public var event: RequestEvent
        public var actor: String
        public var assignee: String?

        public init(event: RequestEvent, actor: String, assignee: String? = nil) {
            self.event = event
            self.actor = actor
            self.assignee = assignee
        }
    }

    public var id: Int64
    public var number: String
    public var status: RequestStatus
    public var serviceID: Int64
    public var serviceName: String
    public var unitID: Int64
    public var unitName: String
    public var agencyName: String
    public var applicant: KnownApplicant
    public var receivedAt: Date
    public var completeAt: Date?
    public var deadline: Date?
    public var finishedAt: Date?
    public var extended: Bool
    public var assignee: String?
    public var timeLimitText: String?
    /// The amount the clock runs for (nil: open), the chosen option's condition, the extension allowed.
    public var amount: TimeAmount?
    public var optionCondition: String?
    public var allowedExtension: TimeAmount?
    public var items: [Item]
    public var history: [Entry]
    public var closingReason: String?
    public var calendar: WorkingCalendar
    /// The slip as the receipt key prints it.
    public var receipt: Receipt

    /// Events seen: a change sent with it is refused when someone else changed the request since.
    public var version: Int { history.count }
    public var missing: [Item] { items.filter { !$0.brought } }
    public var zone: TimeZone { calendar.timeZone }

    public init(
        id: Int64, number: String, status: RequestStatus, serviceID: Int64, serviceName: String, unitID: Int64,
        unitName: String,
        agencyName: String, applicant: KnownApplicant, receivedAt: Date, completeAt: Date?, deadline: Date?,
        finishedAt: Date?, extended: Bool, assignee: String?, timeLimitText: String?, amount: TimeAmount?,
        optionCondition: String?, allowedExtension: TimeAmount?, items: [Item], history: [Entry],
        closingReason: String?, calendar: WorkingCalendar, receipt: Receipt
    ) {
        self.id = id
        self.number = number
        self.status = status
        self.serviceID = serviceID
        self.serviceName = serviceName
        self.unitID = unitID
        self.unitName = unitName
        self.agencyName = agencyName
        self.applicant = applicant
        self.receivedAt = receivedAt
        self.completeAt = completeAt
        self.deadline = deadline
        self.finishedAt = finishedAt
        self.extended = extended
        self.assignee = assignee
        self.timeLimitText = timeLimitText
        self.amount = amount
        self.optionCondition = optionCondition
        self.allowedExtension = allowedExtension
        self.items = items
        self.history = history
        self.closingReason = closingReason
        self.calendar = calendar
        self.receipt = receipt
    }
}

/// A change the request screen's dialogs make.
public enum RequestChange: Sendable, Hashable {
    /// Some missing Persyaratan arrived (0-based positions); the last one starts the clock.
    case bring([Int])
    case status(RequestStatus, reason: String)
    case note(String)
    case contact(phone: String, address: String)
    case extend(reason: String)
    case assign(account: String)
}

/// Someone a request can be handed to.
public struct Officer: Sendable, Hashable {
    public var account: String
    public var name: String

    public init(account: String, name: String) {
        self.account = account
        self.name = name
    }
}

/// Where a tanda terima went.
public enum PrintOutcome: Sendable, Hashable {
    /// Sent to the counter's printer with this command.
    case printed(command: String)
    /// No printer set: saved to this file.
    case saved(path: String)
}
