import Foundation
import GRDB
import LoketCore
import Testing
@testable import LoketStore

/// `loket request verify`: rows against their histories in one pass, the intake seal, orphan
/// events; each check found by a raw `sqlite3`-style edit on a temporary database.
@Suite struct RequestVerifyTests {
    static let sealLine =
        "data pendaftaran (nomor, layanan, Bagian, pemohon, jangka waktu, diterima, pencatat) diubah di luar Loket: "
        + "tidak cocok dengan segel di riwayatnya"

    /// Raw SQL as `sqlite3` runs it: no foreign keys.
    static func raw(_ world: RequestWorld, _ sql: String, _ arguments: StatementArguments = []) throws {
        try world.store.writer.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA foreign_keys = OFF")
            try db.execute(sql: sql, arguments: arguments)
            try db.execute(sql: "PRAGMA foreign_keys = ON")
        }
    }

    @Test func aRequestLoggedByLoketIsSealedAndVerifiesClean() throws {
        let world = try RequestWorld()
        let request = try world.log("Legalisasi", nik: "5171010101010001")
        let seal = try world.store.reader.read { db in
            try String.fetchOne(db, sql: "SELECT seal FROM request_event WHERE request_id = ?", arguments: [request.id])
        }
        #expect(seal?.count == 16)
        #expect(try world.store.reader.read { db in try RequestSeal.current(db, requestID: request.id) } == seal)
        let check = try world.store.verifyHistory(by: world.admin)
        #expect(check.tally == HistoryTally(checked: 1))
        #expect(check.tally.isClean)
    }

    /// Each intake field edited behind Loket's back, its events unchanged, is found by the seal.
    @Test(arguments: [
        "applicant_name = 'Orang Lain'", "applicant_nik = '5171999999999999'",
        "received_at = '2026-03-01 01:00:00.000'", "service_id = service_id + 1", "applicant_phone = '+6281111'",
        "time_limit_amount = 30", "time_limit_text = '30 hari kerja'", "created_by = created_by + 1",
        "number = 'SDDEN-2026-999999'", "unit_id = unit_id + 1", "service_revision_id = service_revision_id + 1",
        "note = 'ditambahkan'",
    ])
    func anIntakeFieldEditedBehindItsBackIsFound(assignment: String) throws {
        let world = try RequestWorld()
        let edited = try world.log("Legalisasi", nik: "5171010101010001")
        let other = try world.log("Legalisasi")
        try Self.raw(world, "UPDATE request SET \(assignment) WHERE id = ?", [edited.id])
        let check = try world.store.verifyHistory(by: world.admin)
        #expect(check.differing.map(\.id) == [edited.id])
        #expect(check.differing.first?.differences.last == Self.sealLine)
        #expect(check.checked == 2)
        #expect(!check.tally.isClean)
        #expect(try world.store.requestsDifferingFromHistory() == [edited.id])
        _ = other
    }

    /// Correcting the pemohon's contact through Loket writes a new seal; the same edit by hand does not.
    @Test func aContactCorrectionReseals() throws {
        let world = try RequestWorld()
        let request = try world.log("Legalisasi")
        try world.store.correctContact(
            number: request.number, phone: "081299998888", address: "Jl. Gajah Mada 1", by: world.petugas,
            at: RequestWorld.at(2026, 3, 2, 10))
        #expect(try world.store.verifyHistory(by: world.supervisor).tally.isClean)
        try Self.raw(world, "UPDATE request SET applicant_address = 'Jl. Lain' WHERE id = ?", [request.id])
        #expect(try world.store.verifyHistory(by: world.supervisor).differing.first?.differences == [Self.sealLine])
    }

    /// Events naming a request without a row: a deleted row's, and one inserted by hand (the
    /// triggers allow inserts). Only a user of every unit verifying everything is told.
    @Test func orphanEventsAreReported() throws {
        let world = try RequestWorld()
        let first = try world.log("Legalisasi")
        let deleted = try world.log("Legalisasi")
        try world.store.changeStatus(number: deleted.number, to: .diproses, by: world.petugas)
        let last = try world.log("Legalisasi")
        #expect(try world.store.verifyHistory(by: world.admin).orphans.isEmpty)
        try Self.raw(world, "DELETE FROM request WHERE id = ?", [deleted.id])
        try Self.raw(
            world,
            "INSERT INTO request_event (request_id, at, actor_id, kind) VALUES (999, '2026-03-02 01:00:00.000', 1, 'catatan')"
        )
        let eventIDs = try world.store.reader.read { db in
            try Int64.fetchAll(
                db, sql: "SELECT id FROM request_event WHERE request_id IN (?, 999) ORDER BY id",
                arguments: [deleted.id])
        }
        let check = try world.store.verifyHistory(by: world.admin)
        #expect(
            check.orphans == [
                OrphanEvents(requestID: deleted.id, events: 2, firstEventID: eventIDs[0]),
                OrphanEvents(requestID: 999, events: 1, firstEventID: eventIDs[2]),
            ])
        #expect(check.differing.isEmpty)
        #expect(check.checked == 2)
        #expect(check.tally.orphanEvents == 3)
        #expect(check.tally.orphanRequests == 2)
        #expect(!check.tally.isClean)
        // A supervisor of one Bagian, and one request by number, are not told (orphans have no unit).
        #expect(try world.store.verifyHistory(by: world.supervisor).tally.isClean)
        #expect(try world.store.verifyHistory(number: first.number, by: world.admin).tally.isClean)
        #expect(try world.store.verifyHistory(number: last.number, by: world.admin).checked == 1)
    }

    /// A request without a seal: counted when it is older than the seals, a fault when newer.
    @Test func unsealedRequests() throws {
        let world = try RequestWorld()
        let sealed = try world.log("Legalisasi")
        // A request and its dibuat event written by hand, as a program before v6 wrote them.
        try Self.raw(
            world,
            """
            INSERT INTO request (number, agency_id, year, sequence, service_id, service_revision_id, unit_id,
                applicant_id, applicant_name, received_at, complete_at, deadline, status, assignee_id, created_by,
                updated_at)
            SELECT 'SDDEN-2026-000099', agency_id, year, 99, service_id, service_revision_id, unit_id, applicant_id,
                applicant_name, received_at, complete_at, deadline, status, assignee_id, created_by, updated_at
            FROM request WHERE id = ?
            """, [sealed.id])
        try Self.raw(
            world,
            """
            INSERT INTO request_event (request_id, at, actor_id, kind, to_status, complete_at, deadline, assignee_id)
            SELECT (SELECT max(id) FROM request), at, actor_id, kind, to_status, complete_at, deadline, assignee_id
            FROM request_event WHERE request_id = ?
            """, [sealed.id])
        let handWritten = try #require(try world.store.summary(number: "SDDEN-2026-000099")?.id)
        let after = try world.store.verifyHistory(by: world.admin)
        #expect(after.differing.map(\.id) == [handWritten])
        #expect(
            after.differing.first?.differences == [
                "data pendaftaran tanpa segel, padahal dicatat setelah segel diperkenalkan: bukan dicatat oleh Loket"
            ])
        #expect(after.unsealed == 0)
        // The same request older than the seals: counted, not a fault.
        try Self.raw(world, "UPDATE request_seal_start SET first_request_id = ?", [handWritten + 1])
        let before = try world.store.verifyHistory(by: world.admin)
        #expect(before.tally == HistoryTally(checked: 2, unsealed: 1))
        #expect(before.tally.isClean)
        // Its changing part is still compared with its history.
        try Self.raw(world, "UPDATE request SET status = 'selesai' WHERE id = ?", [handWritten])
        #expect(try world.store.verifyHistory(by: world.admin).differing.map(\.id) == [handWritten])
    }

    /// The migration starts the seals after the last request id ever handed out.
    @Test func sealsStartAfterTheLastRequestOfTheMigration() throws {
        let world = try RequestWorld()
        let start = try world.store.reader.read { db in
            try Int64.fetchOne(db, sql: "SELECT first_request_id FROM request_seal_start")
        }
        #expect(start == 1)
        try world.store.writer.write { db in
            try db.execute(sql: "DELETE FROM request_seal_start")
            try db.execute(sql: "UPDATE sqlite_sequence SET seq = 41 WHERE name = 'request'")
            try db.execute(sql: "INSERT INTO sqlite_sequence (name, seq) SELECT 'request', 41 WHERE changes() = 0")
            try Schema.startSeals(db)
        }
        #expect(
            try world.store.reader.read { db in
                try Int64.fetchOne(db, sql: "SELECT first_request_id FROM request_seal_start")
            } == 42)
    }

    /// The pass merges the two cursors in step: histories that end, start or interleave with
    /// other requests' events are each replayed with their own events.
    @Test func eachRequestIsReplayedWithItsOwnEventsOnly() throws {
        let world = try RequestWorld()
        var numbers: [String] = []
        for i in 0..<6 { numbers.append(try world.log("Legalisasi", at: RequestWorld.at(2026, 3, 2, 9, i)).number) }
        // Events written out of request order: the later requests change first.
        for number in numbers.reversed() {
            try world.store.changeStatus(number: number, to: .diproses, by: world.petugas)
        }
        try world.store.changeStatus(number: numbers[2], to: .selesai, by: world.petugas)
        try world.store.addNote(number: numbers[0], note: "x", by: world.petugas)
        #expect(try world.store.verifyHistory(by: world.supervisor).tally == HistoryTally(checked: 6))
        try Self.raw(world, "UPDATE request SET status = 'diproses' WHERE number = ?", [numbers[2]])
        let check = try world.store.verifyHistory(by: world.supervisor)
        #expect(check.differing.map(\.number) == [numbers[2]])
        #expect(check.differing.first?.differences.first == "status: diproses di baris, selesai menurut riwayat")
    }

    /// An event that cannot be decoded names the request and the event, not a crash.
    @Test func anUnreadableEventIsNamed() throws {
        let world = try RequestWorld()
        let request = try world.log("Legalisasi")
        try Self.raw(
            world, "INSERT INTO request_event (request_id, at, actor_id, kind) VALUES (?, 'nanti', 1, 'catatan')",
            [request.id])
        let eventID = try world.store.reader.read { db in
            try Int64.fetchOne(db, sql: "SELECT max(id) FROM request_event")
        }
        let check = try world.store.verifyHistory(by: world.supervisor)
        #expect(check.differing.first?.differences == ["riwayat tidak terbaca (peristiwa #\(eventID ?? 0))"])
    }
}
