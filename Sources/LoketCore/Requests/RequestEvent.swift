import Foundation

/// What one history entry of a request records. Raw values are stored.
public enum RequestEventKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// Logged at the counter: the first event, carrying the initial status, deadline (if the
    /// documents were complete) and officer.
    case dibuat
    /// The missing documents were brought: status diterima, complete-at and deadline set.
    case berkasLengkap = "berkas_lengkap"
    /// A status change (diproses, selesai, diserahkan, ditolak, dibatalkan).
    case status
    /// The deadline was extended (once, by a supervisor, with a reason).
    case perpanjangan
    /// The request was handed to another officer.
    case penugasan
    /// A note, nothing else changes.
    case catatan
}

/// One entry of a request's append-only history: who, when, what changed (from → to), note.
///
/// Every field that changes the request row is carried by the event that changes it, so the
/// row can be rebuilt from the events alone (``RequestState/replay(_:)``). A nil field means
/// "unchanged" except where the kind says otherwise.
public struct RequestEvent: Sendable, Hashable, Codable {
    public var kind: RequestEventKind
    public var at: Date
    /// The user who did it.
    public var actorID: Int64
    public var fromStatus: RequestStatus?
    public var toStatus: RequestStatus?
    /// `dibuat`, `berkas_lengkap`: when the documents became complete (nil while missing).
    public var completeAt: Date?
    /// `dibuat`, `berkas_lengkap`, `perpanjangan`: the deadline from now on (nil: none).
    public var deadline: Date?
    /// `dibuat`, `penugasan`: the responsible officer from now on.
    public var assigneeID: Int64?
    /// A free note.
    public var note: String?
    /// The reason of a rejection, cancellation or extension (the request's closing reason is
    /// this alone, never the note).
    public var reason: String?

    public init(
        kind: RequestEventKind, at: Date, actorID: Int64, fromStatus: RequestStatus? = nil,
        toStatus: RequestStatus? = nil, completeAt: Date? = nil, deadline: Date? = nil, assigneeID: Int64? = nil,
        note: String? = nil, reason: String? = nil
    ) {
        self.kind = kind
        self.at = at
        self.actorID = actorID
        self.fromStatus = fromStatus
        self.toStatus = toStatus
        self.completeAt = completeAt
        self.deadline = deadline
        self.assigneeID = assigneeID
        self.note = note
        self.reason = reason
    }
}

/// The changing part of a request row, as its events make it.
public struct RequestState: Sendable, Hashable {
    public var status: RequestStatus
    public var receivedAt: Date
    public var completeAt: Date?
    public var deadline: Date?
    /// True once the single extension has been granted.
    public var extended: Bool
    public var assigneeID: Int64?
    /// The reason of the rejection or cancellation.
    public var closingReason: String?
    /// When the request reached `selesai` (the clock stops), or was rejected/cancelled.
    public var finishedAt: Date?
    public var updatedAt: Date

    public init(
        status: RequestStatus, receivedAt: Date, completeAt: Date?, deadline: Date?, extended: Bool,
        assigneeID: Int64?, closingReason: String?, finishedAt: Date?, updatedAt: Date
    ) {
        self.status = status
        self.receivedAt = receivedAt
        self.completeAt = completeAt
        self.deadline = deadline
        self.extended = extended
        self.assigneeID = assigneeID
        self.closingReason = closingReason
        self.finishedAt = finishedAt
        self.updatedAt = updatedAt
    }

    /// Folds a history, oldest first, into the state it leaves. Nil when the history does not
    /// start with a `dibuat` event.
    public static func replay(_ events: [RequestEvent]) -> RequestState? {
        guard let first = events.first, first.kind == .dibuat, let status = first.toStatus else { return nil }
        var state = RequestState(
            status: status, receivedAt: first.at, completeAt: first.completeAt, deadline: first.deadline,
            extended: false, assigneeID: first.assigneeID, closingReason: nil, finishedAt: nil, updatedAt: first.at)
        for event in events.dropFirst() { state.apply(event) }
        return state
    }

    /// Applies one event.
    public mutating func apply(_ event: RequestEvent) {
        updatedAt = event.at
        switch event.kind {
        case .dibuat:
            break
        case .berkasLengkap:
            status = event.toStatus ?? .diterima
            completeAt = event.completeAt
            deadline = event.deadline
        case .status:
            guard let next = event.toStatus else { return }
            status = next
            if next == .selesai || next == .ditolak || next == .dibatalkan { finishedAt = event.at }
            if next.needsReason { closingReason = event.reason }
        case .perpanjangan:
            deadline = event.deadline
            extended = true
        case .penugasan:
            assigneeID = event.assigneeID
        case .catatan:
            break
        }
    }
}
