import Foundation
import GRDB
import LoketCore

/// The Loket database: one SQLite file shared by every officer of the office.
///
/// - A file database is opened read-only first (a GRDB `DatabasePool` with
///   `Configuration.readonly`): reading never takes a lock another officer's program could be
///   holding, and a file the account may only read can still be read. The writing connection
///   (a `DatabasePool` in WAL mode) is opened on the first write.
/// - Before anything is written, a file that holds something other than a Loket database
///   (another program's tables, no `grdb_migrations` with Loket's first migration) is refused and
///   left byte for byte as it was (``StoreError/notLoketDatabase(path:tables:)``). A missing
///   folder is an error: the store never creates directories (the command line creates only the
///   default data directory).
/// - Every connection has `foreign_keys = ON` and waits up to ``busyTimeout`` for a lock held
///   by another process instead of failing at once.
/// - Writes run in IMMEDIATE transactions: the write lock is taken when the transaction begins,
///   not at its first write, so two officers never both read, then both fail to upgrade to a
///   write (GRDB 7 makes IMMEDIATE the default for `write`; the import asks for it explicitly).
/// - The schema is created or migrated in one EXCLUSIVE transaction that first looks again at
///   what is applied (``Schema/migrate(_:)``): of several first starts at once, one creates the
///   schema and the others find it made. A file migrated by a newer Loket is refused before
///   anything is written to it.
///
/// Other files of the store extend `Store` with their queries through ``writer`` and ``reader``.
public final class Store: @unchecked Sendable {  // the lazily opened writer is behind `lock`
    /// How long a connection waits for another process's lock before giving up.
    public static let busyTimeout: TimeInterval = 5

    /// The connection(s) that read: read-only for a file opened up to date.
    public let reader: any DatabaseReader
    /// The file path, or nil for an in-memory database.
    public let path: String?

    private let lock = NSLock()
    private var openedWriter: (any DatabaseWriter)?
    /// Working calendars already built, with the `calendar_version` they were built at.
    let calendarCache = CalendarCache()

    /// The connection that writes, opened on first use (a file opened read-only has none yet).
    ///
    /// - Throws: ``StoreError/busy(path:)``, ``StoreError/cannotOpen(path:reason:)``.
    public var writer: any DatabaseWriter {
        get throws {
            lock.lock()
            defer { lock.unlock() }
            if let openedWriter { return openedWriter }
            guard let path else { throw StoreError.cannotOpen(path: ":memory:", reason: "tanpa penulis") }
            let pool = try Self.openPool(path)
            openedWriter = pool
            return pool
        }
    }

    /// Opens the Loket database at `path`, creating it when the file is missing or empty (its
    /// folder must exist), and migrates it to the current schema.
    ///
    /// - Throws: ``StoreError/cannotOpen(path:reason:)``, ``StoreError/missingFolder(path:)``,
    ///   ``StoreError/notLoketDatabase(path:tables:)``, ``StoreError/newerDatabase(path:unknownMigrations:)``,
    ///   ``StoreError/migrationFailed(path:reason:)``, ``StoreError/busy(path:)``.
    public convenience init(path: String) throws {
        let path = URL(fileURLWithPath: path).path
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? nil
        if size == nil {
            var isFolder: ObjCBool = false
            let folder = (path as NSString).deletingLastPathComponent
            guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) else {
                throw StoreError.missingFolder(path: path)
            }
            guard isFolder.boolValue else {
                throw StoreError.cannotOpen(path: path, reason: "\(folder) bukan folder")
            }
            Self.createSharedFile(path, in: folder)
        }
        // Officers starting at once on a new file wait for the one that creates it: longer than
        // the ordinary busy timeout (a loaded machine may take more than 5 s to create it), not forever.
        let deadline = Date().addingTimeInterval(Self.creationTimeout)
        while true {
            do {
                let (reader, writer) = try Self.openOrCreate(path)
                self.init(reader: reader, writer: writer, path: path)
                return
            } catch let error as StoreError {
                guard case .busy = error, Date() < deadline else { throw error }
                Thread.sleep(forTimeInterval: 0.05)
            }
        }
    }

    /// An up-to-date file opened read-only (no writer yet); else the writing connection, which
    /// creates or migrates the schema.
    private static func openOrCreate(_ path: String) throws -> (any DatabaseReader, (any DatabaseWriter)?) {
        if let size = try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int, size > 0 {
            // Usually an up-to-date Loket file in WAL mode: the read-only pool checks both at once
            // (a connection fewer to open at every start); anything else takes the careful way.
            if let reader = try openUpToDateReader(path) { return (reader, nil) }
            try checkIsLoket(path)
        }
        let pool = try openPool(path)
        try migrate(pool, path: path)
        return (pool, pool)
    }

    /// A new database in a setgid folder (the shared setup: the officers' group owns the folder,
    /// so new files get that group) is created group-readable and -writable and closed to
    /// others (0660), whatever the umask of the program creating it: under sshd's
    /// `ForceCommand` that is sshd's 022 (no login shell, no `/etc/profile.d`), which would leave
    /// the file 0644, readable by every account of the machine and writable by no colleague.
    /// SQLite gives the `-wal` and `-shm` files the database file's mode. Elsewhere (the user's
    /// own data directory) the umask decides, as before. Creating the empty file first is safe:
    /// an empty file becomes a new Loket database; a file another start made meanwhile is left
    /// alone (`O_EXCL`).
    static func createSharedFile(_ path: String, in folder: String) {
        var folderStatus = stat()
        guard stat(folder, &folderStatus) == 0, folderStatus.st_mode & 0o2000 != 0 else { return }
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o660)
        guard descriptor >= 0 else { return }
        _ = fchmod(descriptor, 0o660)
        _ = close(descriptor)
    }

    /// How long a start waits for another program creating or migrating the same file.
    public static let creationTimeout: TimeInterval = 60

    /// A fresh, empty in-memory database with the current schema (tests, dry runs).
    public static func inMemory() throws -> Store {
        let queue: DatabaseQueue
        do {
            queue = try DatabaseQueue(configuration: configuration())
        } catch {
            throw StoreError.cannotOpen(path: ":memory:", reason: reason(error))
        }
        try migrate(queue, path: nil)
        return Store(reader: queue, writer: queue, path: nil)
    }

    init(reader: any DatabaseReader, writer: (any DatabaseWriter)?, path: String?) {
        self.reader = reader
        self.openedWriter = writer
        self.path = path
    }

    /// The configuration every connection shares.
    static func configuration(readonly: Bool = false) -> Configuration {
        var config = Configuration()
        config.label = "Loket"
        config.foreignKeysEnabled = true
        config.busyMode = .timeout(busyTimeout)
        config.readonly = readonly
        return config
    }

    /// The writing pool (WAL mode; GRDB writes once to the file when its `-wal` is missing).
    private static func openPool(_ path: String) throws -> DatabasePool {
        do {
            return try DatabasePool(path: path, configuration: configuration())
        } catch {
            if let busy = busyError(error, path: path) { throw busy }
            throw StoreError.cannotOpen(path: path, reason: reason(error))
        }
    }

    /// Refuses a non-empty file that is not a Loket database, reading it through a read-only
    /// connection (nothing is written, not even the journal mode).
    static func checkIsLoket(_ path: String) throws {
        let found: LoketCheck
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration(readonly: true))
            defer { try? queue.close() }
            found = try queue.read(loketCheck)
        } catch {
            if let busy = busyError(error, path: path) { throw busy }
            throw StoreError.cannotOpen(path: path, reason: reason(error))
        }
        try found.refuseOther(path)
    }

    /// What a file holds: its tables, whether Loket's first migration is applied, how many
    /// schema entries.
    struct LoketCheck {
        var tables: [String]
        var isLoket: Bool
        var entries: Int

        /// A non-empty file that is not a Loket database is refused.
        func refuseOther(_ path: String) throws {
            if !isLoket, entries > 0 { throw StoreError.notLoketDatabase(path: path, tables: tables) }
        }
    }

    static func loketCheck(_ db: Database) throws -> LoketCheck {
        let entries = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") ?? 0
        let tables = try String.fetchAll(
            db,
            sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
        )
        guard tables.contains("grdb_migrations") else {
            return LoketCheck(tables: tables, isLoket: false, entries: entries)
        }
        let applied = try Bool.fetchOne(
            db, sql: "SELECT EXISTS (SELECT 1 FROM grdb_migrations WHERE identifier = ?)",
            arguments: [Schema.migrator.migrations.first ?? ""])
        return LoketCheck(tables: tables, isLoket: applied ?? false, entries: entries)
    }

    /// A read-only pool on a Loket database whose migrations are all applied, nil when it needs
    /// the writer (a migration to apply) or cannot be opened so (not in WAL mode yet). Another
    /// program's database and a database from a newer program are refused.
    private static func openUpToDateReader(_ path: String) throws -> DatabasePool? {
        do {
            let pool = try DatabasePool(path: path, configuration: configuration(readonly: true))
            let migrator = Schema.migrator
            let (check, superseded, unknown, complete) = try pool.read { db in
                let check = try loketCheck(db)
                guard check.isLoket else { return (check, false, [String](), false) }
                return (
                    check,
                    try migrator.hasBeenSuperseded(db),
                    try migrator.appliedIdentifiers(db).subtracting(migrator.migrations).sorted(),
                    try migrator.hasCompletedMigrations(db)
                )
            }
            try check.refuseOther(path)
            if superseded, !unknown.isEmpty { throw StoreError.newerDatabase(path: path, unknownMigrations: unknown) }
            return complete ? pool : nil
        } catch let error as StoreError {
            throw error
        } catch {
            if let busy = busyError(error, path: path) { throw busy }
            return nil  // e.g. a database not in WAL mode yet: the writer sets it up
        }
    }

    /// Refuses a database from a newer program, then applies the missing migrations in one
    /// exclusive transaction (``Schema/migrate(_:)``: a failed migration leaves the file as it was).
    private static func migrate(_ writer: any DatabaseWriter, path: String?) throws {
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
                try writer.writeWithoutTransaction { db in try Schema.migrate(db) }
            }
            let complete = try writer.read { db in try migrator.hasCompletedMigrations(db) }
            if !complete {
                let applied = try writer.read { db in try migrator.appliedMigrations(db) }.joined(separator: ", ")
                throw StoreError.migrationFailed(
                    path: displayPath, reason: "urutan migrasi tidak dikenal (\(applied))"
                )
            }
        } catch let error as StoreError {
            throw error
        } catch {
            if let busy = busyError(error, path: path) { throw busy }
            throw StoreError.migrationFailed(path: displayPath, reason: reason(error))
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

/// The working calendars a store has built, per agency, with the `calendar_version` each was
/// built at (a calendar of another version is built again).
final class CalendarCache: @unchecked Sendable {  // `entries` is behind `lock`
    private let lock = NSLock()
    private var entries: [Int64: (version: Int64, calendar: WorkingCalendar)] = [:]

    func calendar(_ agencyID: Int64, version: Int64) -> WorkingCalendar? {
        lock.withLock { entries[agencyID].flatMap { $0.version == version ? $0.calendar : nil } }
    }

    func keep(_ calendar: WorkingCalendar, _ agencyID: Int64, version: Int64) {
        lock.withLock { entries[agencyID] = (version, calendar) }
    }
}
