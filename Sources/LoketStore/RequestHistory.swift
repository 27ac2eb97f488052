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
