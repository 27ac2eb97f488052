import Foundation
import GRDB
import LoketCore
import Testing
@testable import LoketStore

@Suite struct StoreOpeningTests {
    @Test func migrationsApplyToAnInMemoryDatabase() throws {
        let store = try Store.inMemory()
        #expect(try store.appliedMigrations() == Schema.migrator.migrations)
        #expect(try store.appliedMigrations().starts(with: ["v1-catalog", "v2-calendar", "v3-users", "v3-requests"]))
        let tables = try store.reader.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        }
        for table in RowCounts.tables { #expect(tables.contains(table)) }
        #expect(try store.isEmpty())
    }

    @Test func fileDatabaseIsWALWithForeignKeysAndBusyTimeout() throws {
        let dir = try Fixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("loket.sqlite").path

        let store = try Store(path: path)
        #expect(FileManager.default.fileExists(atPath: path))
        #expect(try store.writer is DatabasePool)
        let (mode, foreignKeys, timeout) = try store.writer.write { db in
            (
                try String.fetchOne(db, sql: "PRAGMA journal_mode"),
                try Int.fetchOne(db, sql: "PRAGMA foreign_keys"),
                try Int.fetchOne(db, sql: "PRAGMA busy_timeout")
            )
        }
        #expect(mode == "wal")
        #expect(foreignKeys == 1)
        #expect(timeout == 5000)
        // Reader connections too.
        let readerForeignKeys = try store.reader.read { db in try Int.fetchOne(db, sql: "PRAGMA foreign_keys") }
        #expect(readerForeignKeys == 1)
    }

    /// The shared setup (a setgid folder of the officers' group): the database and its `-wal`
    /// and `-shm` are the group's to read and write and closed to others, whatever the creator's
    /// umask (sshd's 022 under ForceCommand would make them 0644).
    @Test func newDatabaseInASetgidFolderIsGroupWritableAndClosedToOthers() throws {
        let dir = try Fixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(chmod(dir.path, 0o2770) == 0)
        let path = dir.appendingPathComponent("loket.sqlite").path

        let store = try Store(path: path)
        try store.writer.write { db in try db.execute(sql: "CREATE TEMP TABLE t (x)") }
        for file in [path, path + "-wal", path + "-shm"] {
            var status = stat()
            #expect(stat(file, &status) == 0, "\(file) missing")
            #expect(status.st_mode & 0o777 == 0o660, "\(file): mode \(String(status.st_mode & 0o777, radix: 8))")
        }
    }

    #if os(Linux)
        @Test func newDatabaseElsewhereKeepsTheUmasksMode() throws {
            let dir = try Fixture.temporaryDirectory()
            defer { try? FileManager.default.removeItem(at: dir) }
            let path = dir.appendingPathComponent("loket.sqlite").path
            // The process's umask, read without changing it (tests run in parallel).
            let status = try String(contentsOfFile: "/proc/self/status", encoding: .utf8)
            let line = status.split(separator: "\n").first { $0.hasPrefix("Umask:") }
            let mask = try #require(
                line.flatMap { mode_t($0.dropFirst(6).trimmingCharacters(in: .whitespaces), radix: 8) })
            _ = try Store(path: path)
            var fileStatus = stat()
            #expect(stat(path, &fileStatus) == 0)
            #expect(fileStatus.st_mode & 0o777 == 0o644 & ~mask)
        }
    #endif

    @Test func reopeningKeepsDataAndMigratesOnce() throws {
        let dir = try Fixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("loket.sqlite").path
        _ = try Store(path: path).importCatalogs([Fixture.setda])

        let reopened = try Store(path: path)
        #expect(try reopened.appliedMigrations() == Schema.migrator.migrations)
        #expect(try reopened.catalogTree().first?.serviceCount == 3)
    }

    @Test func databaseFromANewerProgramIsRefused() throws {
        let dir = try Fixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("loket.sqlite").path
        let store = try Store(path: path)
        try store.writer.write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v9-future')")
        }
        let before = try dump(store)

        let error = #expect(throws: StoreError.self) { try Store(path: path) }
        #expect(error == .newerDatabase(path: path, unknownMigrations: ["v9-future"]))
        #expect(error?.description.contains(path) == true)
        #expect(error?.description.contains("v9-future") == true)
        #expect(error?.description.contains("Perbarui program loket") == true)
        #expect(try dump(store) == before)
    }

    @Test func unwritableLocationGivesAnIndonesianError() throws {
        let dir = try Fixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("not-a-folder")
        try Data("x".utf8).write(to: file)
        let path = file.appendingPathComponent("loket.sqlite").path  // parent is a plain file

        let error = #expect(throws: StoreError.self) { try Store(path: path) }
        guard case .cannotOpen(let reportedPath, _) = error else {
            Issue.record("expected cannotOpen, got \(String(describing: error))")
            return
        }
        #expect(reportedPath == path)
        #expect(error?.description.contains("tidak dapat dibuka") == true)
    }

    @Test func aFileThatIsNotADatabaseIsRefused() throws {
        let dir = try Fixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("loket.sqlite").path
        try Data(String(repeating: "bukan basis data ", count: 200).utf8).write(to: URL(fileURLWithPath: path))

        let error = #expect(throws: StoreError.self) { try Store(path: path) }
        #expect(error?.description.contains(path) == true)
    }

    /// A mistyped `--db /nonexistent/dir/x.sqlite` creates nothing.
    @Test func aMissingFolderIsAnErrorAndNothingIsCreated() throws {
        let dir = try Fixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("nested/data/loket.sqlite").path

        let error = #expect(throws: StoreError.self) { try Store(path: path) }
        #expect(error == .missingFolder(path: path))
        #expect(error?.description.contains("mkdir -p") == true)
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("nested").path))
    }

    /// Another program's database (a notes app, one with a `users` table) is refused and left
    /// byte for byte as it was: no Loket table, no WAL switch, no `-wal` file.
    @Test(arguments: [
        "CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT); INSERT INTO notes (text) VALUES ('belanja');",
        "CREATE TABLE users (id INTEGER PRIMARY KEY, login TEXT); INSERT INTO users (login) VALUES ('made');",
        "CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY); INSERT INTO grdb_migrations VALUES ('v1');",
    ])
    func anotherProgramsDatabaseIsRefusedUntouched(schema: String) throws {
        let dir = try Fixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("other.sqlite").path
        let other = try DatabaseQueue(path: path)
        try other.write { db in try db.execute(sql: schema) }
        try other.close()
        let before = try Data(contentsOf: URL(fileURLWithPath: path))

        let error = #expect(throws: StoreError.self) { try Store(path: path) }
        guard case .notLoketDatabase(let reported, let tables)? = error else {
            Issue.record("expected notLoketDatabase, got \(String(describing: error))")
            return
        }
        #expect(reported == path)
        #expect(!tables.isEmpty)
        #expect(error?.description.contains("tidak diubah") == true)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
    }

    /// An empty file (0 bytes, or SQLite's header and nothing else) becomes a Loket database.
    @Test func anEmptyFileBecomesALoketDatabase() throws {
        let dir = try Fixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("loket.sqlite").path
        try Data().write(to: URL(fileURLWithPath: path))
        #expect(try Store(path: path).appliedMigrations() == Schema.migrator.migrations)
    }

    /// Eight first starts at once on a new path: one creates the schema, the others open it.
    @Test func concurrentFirstStartsAllSucceed() throws {
        for round in 0..<3 {
            let dir = try Fixture.temporaryDirectory()
            defer { try? FileManager.default.removeItem(at: dir) }
            let path = dir.appendingPathComponent("loket-\(round).sqlite").path
            let failures = Collected()
            DispatchQueue.concurrentPerform(iterations: 8) { _ in
                do {
                    let store = try Store(path: path)
                    if try store.appliedMigrations() != Schema.migrator.migrations { failures.append("incomplete") }
                } catch {
                    failures.append("\(error)")
                }
            }
            #expect(failures.all.isEmpty)
        }
    }

    @Test func importRunsInOneImmediateTransaction() throws {
        let dir = try Fixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try Store(path: dir.appendingPathComponent("loket.sqlite").path)
        let statements = Collected()
        try store.writer.writeWithoutTransaction { db in
            db.trace { event in
                let sql = "\(event)"
                if sql.hasPrefix("BEGIN") || sql.hasPrefix("COMMIT") || sql.hasPrefix("ROLLBACK") {
                    statements.append(sql)
                }
            }
        }
        _ = try store.importCatalogs([Fixture.setda, Fixture.diskominfo])
        #expect(statements.all == ["BEGIN IMMEDIATE TRANSACTION", "COMMIT TRANSACTION"])
    }

    @Test func schemaEnforcesForeignKeysAndComponentNumbers() throws {
        let store = try Store.inMemory()
        _ = try store.importCatalogs([Fixture.setda])
        #expect(throws: DatabaseError.self) {
            try store.writer.write { db in
                try db.execute(sql: "UPDATE serviceRevision SET decree_id = 9999")
            }
        }
        #expect(throws: DatabaseError.self) {
            try store.writer.write { db in try db.execute(sql: "UPDATE component SET number = 15") }
        }
        #expect(throws: DatabaseError.self) {
            try store.writer.write { db in
                try db.execute(
                    sql: """
                        INSERT INTO catalogRevision (agency_id, number, created_at)
                        SELECT agency_id, number, created_at FROM catalogRevision
                        """)
            }
        }
    }
}

@Suite struct SharedFileTests {
    /// Two officers' programs (two pools on one file) import at the same time: the immediate
    /// transactions and the busy timeout serialise them, none fails, revisions stay consecutive.
    @Test func twoProcessesImportingAtOnceBothSucceed() throws {
        let dir = try Fixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("loket.sqlite").path
        let first = try Store(path: path)
        let second = try Store(path: path)

        let catalogs: [ParsedCatalog] = (1...8).map { round in
            var catalog = Fixture.large(services: 40)
            catalog.decree = DecreeInfo(number: "putaran \(round)", date: nil)
            return catalog
        }
        let failures = Collected()
        DispatchQueue.concurrentPerform(iterations: catalogs.count) { index in
            let store = index.isMultiple(of: 2) ? first : second
            do {
                _ = try store.importCatalogs([catalogs[index]])
            } catch {
                failures.append("\(error)")
            }
        }
        #expect(failures.all.isEmpty)

        let numbers = try first.reader.read { db in
            try Int.fetchAll(db, sql: "SELECT number FROM catalogRevision ORDER BY number")
        }
        #expect(numbers == Array(1...8))
        #expect(try second.catalogTree().first?.revision == 8)
    }
}
