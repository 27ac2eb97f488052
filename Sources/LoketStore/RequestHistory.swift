import Foundation
import GRDB
import LoketCore

// The event log as the source of truth: rebuilding a request from its events and comparing.

extension Store {
    /// The request row's changing part as stored, and as rebuilt from its events alone.
    public func replayedState(requestID: Int64) throws -> (stored: RequestState, replayed: RequestState?)? {
        try read("riwayat permohonan") { db in
            guard let row = try Self.fetchRow(db, id: requestID) else { return nil }
            let events = try Self.fetchEvents(db, requestID: requestID).map(\.event)
            return (row.state, RequestState.replay(events))
        }
    }

    /// The ids of requests whose row differs from the replay of their events (should be empty).
    public func requestsDifferingFromHistory() throws -> [Int64] {
        try differing(allRequestIDs()).map(\.id)
    }

    /// Requests whose row differs from the replay of their events, with the fields that differ
    /// (`status: diproses ≠ diterima (riwayat)`): all of them, or the one numbered `number`.
    public func verifyHistory(number: String? = nil, by user: User, at now: Date = Date()) throws
        -> (checked: Int, differing: [(number: String, differences: [String])])
    {
        try authorize(user, .readReports, target: number, at: now)
        var ids: [Int64]
        if let number {
            guard let found = try summary(number: number) else { throw RequestError.notFound(number) }
            try authorize(user, .readReports, unitID: found.unitID, target: found.number, at: now)
            ids = [found.id]
        } else {
            ids = try allRequestIDs(in: user.scope)
        }
        let found = try differing(ids).map { id, stored, replayed in
            let number = try read("permohonan") { db in
                try String.fetchOne(db, sql: "SELECT number FROM request WHERE id = ?", arguments: [id])
            }
            return (number: number ?? "#\(id)", differences: Self.differences(stored, replayed))
        }
        return (ids.count, found)
    }

    /// The requests among `ids` whose stored row differs from the replay of their events.
    private func differing(_ ids: [Int64]) throws -> [(id: Int64, stored: RequestState?, replayed: RequestState?)] {
        try ids.compactMap { id in
            let pair: (stored: RequestState, replayed: RequestState?)?
            do {
                pair = try replayedState(requestID: id)
            } catch StoreError.unreadableRow {
                pair = nil  // reported as an unreadable row
            }
            guard let pair else { return (id, nil, nil) }
            return pair.stored == pair.replayed ? nil : (id, pair.stored, pair.replayed)
        }
    }

    /// The ids of the requests in `scope` (every request by default).
    private func allRequestIDs(in scope: UserScope = .everything) throws -> [Int64] {
        let condition = scope.unitIDs.map {
            " WHERE unit_id IN (\($0.sorted().map(String.init).joined(separator: ",")))"
        }
        return try read("permohonan") { db in
            try Int64.fetchAll(db, sql: "SELECT id FROM request\(condition ?? "") ORDER BY id")
        }
    }

    /// The fields of a stored row that differ from its replay, in Indonesian.
    static func differences(_ stored: RequestState?, _ replayed: RequestState?) -> [String] {
        guard let stored else { return ["baris permohonan tidak terbaca"] }
        guard let replayed else { return ["riwayat tidak diawali peristiwa 'dibuat'"] }
        func text(_ value: Any?) -> String { value.map { "\($0)" } ?? "(kosong)" }
        var out: [String] = []
        func compare<T: Equatable>(_ name: String, _ a: T?, _ b: T?) {
            if a != b { out.append("\(name): \(text(a)) di baris, \(text(b)) menurut riwayat") }
        }
        compare("status", stored.status.rawValue, replayed.status.rawValue)
        compare("diterima", stored.receivedAt, replayed.receivedAt)
        compare("lengkap", stored.completeAt, replayed.completeAt)
        compare("tenggat", stored.deadline, replayed.deadline)
        compare("diperpanjang", stored.extended, replayed.extended)
        compare("petugas", stored.assigneeID, replayed.assigneeID)
        compare("alasan", stored.closingReason, replayed.closingReason)
        compare("selesai", stored.finishedAt, replayed.finishedAt)
        compare("diubah", stored.updatedAt, replayed.updatedAt)
        return out
    }
}
