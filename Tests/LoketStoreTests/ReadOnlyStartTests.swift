import Foundation
import GRDB
import LoketCore
import Testing
@testable import LoketStore

/// Every `loket` command starts by opening the file, checking migrations, users and the
/// national calendar. While another officer's program holds the write lock, a command that only
/// reads must not wait for it.
@Suite struct ReadOnlyStartTests {
    @Test func startingAndReadingTakeNoWriteLock() throws {
        let dir = try Fixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("loket.sqlite").path
        // Another officer's program has the file open (so its WAL file exists)...
        let first = try Store(path: path)
        _ = try first.importCatalogs([Fixture.setda])
        _ = try first.bootstrapAdmin(account: "root")
        try first.syncNationalHolidays([
            Holiday(date: LocalDate(iso: "2026-01-01")!, kind: .nasional, name: "Tahun Baru")
        ])
        // ...and a third one holds the write lock.
        var config = Configuration()
        config.busyMode = .immediateError
        config.allowsUnsafeTransactions = true  // the lock stays held between accesses
        let other = try DatabaseQueue(path: path, configuration: config)
        try other.writeWithoutTransaction { db in try db.execute(sql: "BEGIN IMMEDIATE") }
        defer { try? other.writeWithoutTransaction { db in try db.execute(sql: "ROLLBACK") } }

        let started = Date()
        let store = try Store(path: path)
        #expect(try store.bootstrapAdmin(account: "root") == nil)
        #expect(
            try store.syncNationalHolidays([
                Holiday(date: LocalDate(iso: "2026-01-01")!, kind: .nasional, name: "Tahun Baru")
            ]) == (0, 0))
        #expect(try store.catalogTree().first?.serviceCount == 3)
        #expect(try store.user(account: "root")?.role == .admin)
        // Noting the file's fingerprint does not wait for the lock either: it is left for later.
        #expect(try !store.nationalHolidaysInSync(fingerprint: "00000000000000aa"))
        #expect(
            try store.syncNationalHolidays(
                [Holiday(date: LocalDate(iso: "2026-01-01")!, kind: .nasional, name: "Tahun Baru")],
                fingerprint: "00000000000000aa") == (0, 0))
        #expect(try !store.nationalHolidaysInSync(fingerprint: "00000000000000aa"))
        // Waiting for the lock would take the 5 s busy timeout and then fail.
        #expect(Date().timeIntervalSince(started) < Store.busyTimeout / 2)
    }

    /// A program that has just opened the file and holds the write lock before writing anything
    /// (its `-wal` is still empty): opening and reading do not wait for it either, and the opened
    /// store has no writing connection until it writes.
    @Test func aFreshWriteLockDoesNotBlockReaders() throws {
        let dir = try Fixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("loket.sqlite").path
        do {
            let first = try Store(path: path)
            _ = try first.importCatalogs([Fixture.setda])
        }  // closed: the -wal file is checkpointed away
        var config = Configuration()
        config.busyMode = .immediateError
        config.allowsUnsafeTransactions = true
        let other = try DatabaseQueue(path: path, configuration: config)
        try other.writeWithoutTransaction { db in try db.execute(sql: "BEGIN IMMEDIATE") }
        defer { try? other.writeWithoutTransaction { db in try db.execute(sql: "ROLLBACK") } }

        let started = Date()
        let store = try Store(path: path)
        #expect(try store.catalogTree().first?.serviceCount == 3)
        #expect(Date().timeIntervalSince(started) < Store.busyTimeout / 2)
        // A write has to wait, and says the database is busy.
        let error = #expect(throws: StoreError.self) { try store.bootstrapAdmin(account: "made") }
        #expect(error == .busy(path: path))
        #expect(error?.description.contains("ulangi") == true)
    }
}
