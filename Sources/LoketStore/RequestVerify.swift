import Foundation
import GRDB
import LoketCore

// `loket request verify`: every request row against its history, in one pass.

/// A request whose row does not match its history, with what differs (in Indonesian).
public struct DifferingRequest: Sendable, Hashable {
    public var id: Int64
    public var number: String
    public var differences: [String]
}

/// Events whose request has no row (deleted behind Loket's back, or events written by hand).
public struct OrphanEvents: Sendable, Hashable {
    /// The request id they name; nil when it is not a number.
    public var requestID: Int64?
    /// How many events name it, and the first of them.
    public var events: Int
    public var firstEventID: Int64
}

/// One finding of ``Store/verifyHistory(number:by:at:each:)``, given as it is found.
public enum HistoryFinding: Sendable, Hashable {
    case differing(DifferingRequest)
    case orphans(OrphanEvents)
}

/// The counts of a verification.
public struct HistoryTally: Sendable, Hashable {
    /// Requests compared with their history.
    public var checked = 0
    /// Requests whose row differs from their history.
    public var differing = 0
    /// Events without a request row, and the request ids they name.
    public var orphanEvents = 0
    public var orphanRequests = 0
    /// Requests logged before seals (migration `v6-request-seal`): their intake fields could not be checked.
    public var unsealed = 0

    /// Nothing differs and no event is orphaned (unsealed requests are not a fault).
    public var isClean: Bool { differing == 0 && orphanEvents == 0 }
}

/// A verification with its findings collected (for tests and small databases).
public struct HistoryCheck: Sendable {
    public var tally: HistoryTally
    public var differing: [DifferingRequest]
    public var orphans: [OrphanEvents]
    public var checked: Int { tally.checked }
    public var unsealed: Int { tally.unsealed }
}

extension Store {
    /// Compares request rows with their histories, in one pass that holds one request's events
    /// at a time: a cursor over `request` by id and one over `request_event` by (request_id, id),
    /// merged in step. For each request: the row's changing part against the replay of its events
    /// (``LoketCore/RequestState/replay(_:)``), and its intake fields against the latest seal of
    /// its history (``RequestSeal``). Events naming a request without a row are orphans.
    ///
    /// All requests of the user's units, or the one numbered `number`. Orphans belong to no unit:
    /// they are looked for only when every request is verified by a user of every unit.
    /// `each` is called with each finding as it is found, in id order.
    public func verifyHistory(
        number: String? = nil, by user: User, at now: Date = Date(), each: (HistoryFinding) throws -> Void
    ) throws -> HistoryTally {
        try authorize(user, .readReports, target: number, at: now)
        var only: Int64?
        if let number {
            guard let found = try summary(number: number) else { throw RequestError.notFound(number) }
            try authorize(user, .readReports, unitID: found.unitID, target: found.number, at: now)
            only = found.id
        }
        let scope = only == nil ? user.scope : .everything
        return try read("riwayat permohonan") { db in
            try Self.verify(db, only: only, scope: scope, each: each)
        }
    }

    /// ``verifyHistory(number:by:at:each:)`` with its findings collected.
    public func verifyHistory(number: String? = nil, by user: User, at now: Date = Date()) throws -> HistoryCheck {
        var differing: [DifferingRequest] = []
        var orphans: [OrphanEvents] = []
        let tally = try verifyHistory(number: number, by: user, at: now) { finding in
            switch finding {
            case .differing(let request): differing.append(request)
            case .orphans(let events): orphans.append(events)
            }
        }
        return HistoryCheck(tally: tally, differing: differing, orphans: orphans)
    }

    /// The ids of requests whose row differs from their history (should be empty).
    public func requestsDifferingFromHistory() throws -> [Int64] {
        var ids: [Int64] = []
        _ = try read("riwayat permohonan") { db in
            try Self.verify(db, only: nil, scope: .everything) { finding in
                if case .differing(let request) = finding { ids.append(request.id) }
            }
        }
        return ids
    }

    /// One event as the verification reads it: its replay value, nil when it cannot be decoded.
    private struct EventLine {
        var requestID: Int64?
        var id: Int64
        var event: RequestEvent?
        var seal: String?
    }

    /// The columns before the sealed ones in the request cursor.
    private static let stateColumns = 11

    private static func verify(
        _ db: Database, only: Int64?, scope: UserScope, each: (HistoryFinding) throws -> Void
    ) throws -> HistoryTally {
        var conditions: [String] = []
        var arguments: StatementArguments = []
        if let only {
            conditions.append("id = ?")
            arguments += [only]
        }
        if let units = scope.unitIDs {
            conditions.append("unit_id IN (\(units.sorted().map(String.init).joined(separator: ",")))")
        }
        let filter = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
        let rows = try Row.fetchCursor(
            db,
            sql: """
                SELECT id, number, status, received_at, complete_at, deadline, extended, assignee_id, closing_reason,
                       finished_at, updated_at, \(RequestSeal.selectList())
                FROM request\(filter) ORDER BY id
                """, arguments: arguments)
        let events = try Row.fetchCursor(
            db,
            sql: """
                SELECT request_id, id, kind, at, actor_id, to_status, complete_at, deadline, assignee_id, reason, seal
                FROM request_event\(only == nil ? "" : " WHERE request_id = ?") ORDER BY request_id, id
                """, arguments: only.map { [$0] } ?? [])
        func nextEvent() throws -> EventLine? {
            guard let row = try events.next() else { return nil }
            let id: Int64 = (try? row.decode(Int64.self, atIndex: 1)) ?? 0
            let event = try? RequestEvent(
                kind: RequestEventKind(rawValue: row.decode(String.self, atIndex: 2)) ?? .catatan,
                at: row.decode(atIndex: 3), actorID: row.decode(atIndex: 4),
                toStatus: (row.decode(String?.self, atIndex: 5)).flatMap(RequestStatus.init(rawValue:)),
                completeAt: row.decode(atIndex: 6), deadline: row.decode(atIndex: 7),
                assigneeID: row.decode(atIndex: 8), reason: row.decode(atIndex: 9))
            return EventLine(
                requestID: try? row.decode(Int64.self, atIndex: 0), id: id, event: event,
                seal: try? row.decode(String?.self, atIndex: 10))
        }
        let firstSealed =
            (try? Int64.fetchOne(db, sql: "SELECT first_request_id FROM request_seal_start")) ?? nil ?? Int64.max
        let reportOrphans = only == nil && scope.unitIDs == nil
        var tally = HistoryTally()
        var run: OrphanEvents?
        func orphan(_ line: EventLine) throws {
            guard reportOrphans else { return }
            tally.orphanEvents += 1
            if run != nil, run?.requestID == line.requestID {
                run?.events += 1
                return
            }
            try flush()
            run = OrphanEvents(requestID: line.requestID, events: 1, firstEventID: line.id)
            tally.orphanRequests += 1
        }
        func flush() throws {
            if let done = run { try each(.orphans(done)) }
            run = nil
        }

        var event = try nextEvent()
        var history: [RequestEvent] = []
        history.reserveCapacity(16)
        while let row = try rows.next() {
            let id: Int64 = row[0]
            // Integers sort before texts: an event whose request id is not a number comes last.
            while let line = event, line.requestID.map({ $0 < id }) ?? false {
                try orphan(line)
                event = try nextEvent()
            }
            try flush()
            history.removeAll(keepingCapacity: true)
            var seal: String?
            var unreadableEvent: Int64?
            while let line = event, line.requestID == id {
                if let replayable = line.event {
                    history.append(replayable)
                } else if unreadableEvent == nil {
                    unreadableEvent = line.id
                }
                if let lineSeal = line.seal { seal = lineSeal }
                event = try nextEvent()
            }
            tally.checked += 1
            var differences: [String]
            if let stored = try? storedState(row) {
                if let unreadableEvent {
                    differences = ["riwayat tidak terbaca (peristiwa #\(unreadableEvent))"]
                } else {
                    differences = Self.differences(stored, RequestState.replay(history))
                }
                if let seal {
                    if seal != RequestSeal.of(row.databaseValues.dropFirst(stateColumns)) {
                        differences.append(
                            "data pendaftaran (nomor, layanan, Bagian, pemohon, jangka waktu, diterima, pencatat) "
                                + "diubah di luar Loket: tidak cocok dengan segel di riwayatnya")
                    }
                } else if id >= firstSealed {
                    differences.append(
                        "data pendaftaran tanpa segel, padahal dicatat setelah segel diperkenalkan: bukan dicatat oleh Loket"
                    )
                } else {
                    tally.unsealed += 1
                }
            } else {
                differences = Self.differences(nil, nil)
            }
            guard !differences.isEmpty else { continue }
            tally.differing += 1
            let number = (try? row.decode(String.self, atIndex: 1)) ?? "#\(id)"
            try each(.differing(DifferingRequest(id: id, number: number, differences: differences)))
        }
        while let line = event {
            try orphan(line)
            event = try nextEvent()
        }
        try flush()
        return tally
    }

    /// The changing part of a request row of the verification cursor.
    private static func storedState(_ row: Row) throws -> RequestState {
        RequestState(
            status: RequestStatus(rawValue: try row.decode(atIndex: 2)) ?? .diterima,
            receivedAt: try row.decode(atIndex: 3), completeAt: try row.decode(atIndex: 4),
            deadline: try row.decode(atIndex: 5), extended: try row.decode(atIndex: 6),
            assigneeID: try row.decode(atIndex: 7), closingReason: try row.decode(atIndex: 8),
            finishedAt: try row.decode(atIndex: 9), updatedAt: try row.decode(atIndex: 10))
    }
}
