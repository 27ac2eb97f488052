import Foundation
import GRDB

/// The Loket database: one SQLite file shared by every officer of the office.
///
/// - A file database is a GRDB `DatabasePool` in WAL mode: readers never block the writer, and
///   officers on the same machine (SSH sessions) share the file safely.
/// - Every connection has `foreign_keys = ON` and waits up to ``busyTimeout`` for a lock held
///   by another process instead of failing at once.
/// - Writes run in IMMEDIATE transactions: the write lock is taken when the transaction begins,
///   not at its first write, so two officers never both read, then both fail to upgrade to a
///   write (GRDB 7 makes IMMEDIATE the default for `write`; the import asks for it explicitly).
/// - The schema is migrated on open (``Schema``). A file migrated by a newer Loket is refused
///   before anything is written to it.
///
/// Other files of the store extend `Store` with their queries through ``writer`` and ``reader``.
public final class Store: Sendable {
    /// How long a connection waits for another process's lock before giving up.
    public static let busyTimeout: TimeInterval = 5

    /// The connection(s) that write. Also reads.
    public let writer: any DatabaseWriter
    /// The connection(s) that read (the same object as ``writer``: a pool reads concurrently).
    public var reader: any DatabaseReader { writer }
    /// The file path, or nil for an in-memory database.
    public let path: String?

    /// Opens (or creates) the database file at `path`, creating its parent directory if needed,
    /// and migrates it to the current schema.
    ///
    /// - Throws: ``StoreError/cannotOpen(path:reason:)``, ``StoreError/newerDatabase(path:unknownMigrations:)``,
    ///   ``StoreError/migrationFailed(path:reason:)``.
    public convenience init(path: String) throws {
        let url = URL(fileURLWithPath: path)
        let pool: DatabasePool
        do {
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true
            )
            pool = try DatabasePool(path: url.path, configuration: Self.configuration())
        } catch {
            throw StoreError.cannotOpen(path: url.path, reason: Self.reason(error))
        }
        try self.init(writer: pool, path: url.path)
    }

    /// A fresh, empty in-memory database with the current schema (tests, dry runs).
    public static func inMemory() throws -> Store {
        let queue: DatabaseQueue
        do {
            queue = try DatabaseQueue(configuration: configuration())
        } catch {
            throw StoreError.cannotOpen(path: ":memory:", reason: reason(error))
        }
        return try Store(writer: queue, path: nil)
    }

    private init(writer: any DatabaseWriter, path: String?) throws {
        self.writer = writer
        self.path = path
        try migrate()
    }

    /// The configuration every connection shares.
    static func configuration() -> Configuration {
        var config = Configuration()
        config.label = "Loket"
        config.foreignKeysEnabled = true
        config.busyMode = .timeout(busyTimeout)
        return config
    }

    /// Refuses a database from a newer program, then applies the missing migrations (each in
    /// its own transaction, so a failed migration leaves the file as it was).
    private func migrate() throws {
        let displayPath = path ?? ":memory:"
        let migrator = Schema.migrator
        do {
            let unknown = try writer.read { db -> [String] in
                guard try migrator.hasBeenSuperseded(db) else { return [] }
                return try migrator.appliedIdentifiers(db).subtracting(migrator.migrations).sorted()
            }
            if !unknown.isEmpty {
                throw StoreError.newerDatabase(path: displayPath, unknownMigrations: unknown)
            }
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError.cannotOpen(path: displayPath, reason: Self.reason(error))
        }
        do {
            // Usually the file is up to date: a read says so without taking the write lock, which
            // another officer's program may hold.
            if try !writer.read({ db in try migrator.hasCompletedMigrations(db) }) {
                try migrator.migrate(writer)
            }
            let complete = try writer.read { db in try migrator.hasCompletedMigrations(db) }
            if !complete {
                let applied = try appliedMigrations().joined(separator: ", ")
                throw StoreError.migrationFailed(
                    path: displayPath, reason: "urutan migrasi tidak dikenal (\(applied))"
                )
            }
        } catch let error as StoreError {
            throw error
        } catch {
            if let busy = Self.busyError(error, path: path) { throw busy }
            throw StoreError.migrationFailed(path: displayPath, reason: Self.reason(error))
        }
    }

    /// The identifiers of the migrations applied to this database, in order.
    public func appliedMigrations() throws -> [String] {
        try reader.read { db in try Schema.migrator.appliedMigrations(db) }
    }

    // MARK: - Error helpers

    /// A short reason for an underlying error, for a ``StoreError`` description.
    static func reason(_ error: any Error) -> String {
        if let error = error as? DatabaseError {
            return error.message ?? "\(error.resultCode)"
        }
        if let error = error as? StoreError { return error.description }
        return String(describing: error)
    }

    /// ``StoreError/busy(path:)`` when `error` is SQLite's "database is locked".
    static func busyError(_ error: any Error, path: String?) -> StoreError? {
        guard let error = error as? DatabaseError else { return nil }
        if error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED { return .busy(path: path) }
        return nil
    }
}
