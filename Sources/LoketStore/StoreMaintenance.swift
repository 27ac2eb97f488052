import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import GRDB
import LoketCore

// Keeping the file sound: integrity check and online backup.

extension Store {
    // MARK: - Maintenance

    /// `PRAGMA integrity_check`: ["ok"] for a sound file.
    public func integrityCheck() throws -> [String] {
        try read("pemeriksaan integritas") { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
    }

    /// A consistent copy of the database at `path` through SQLite's online backup, while others
    /// keep working (supervisors and admins). An existing file at `path` is refused, and so are
    /// the database itself and its companions (`-wal`, `-shm`, `-journal`: SQLite deletes or
    /// overwrites those, and the copy with them). The copy is written to a temporary file beside
    /// `path` and linked into place at the end: a backup killed half-way leaves no file at
    /// `path` to block the next try.
    public func backup(to path: String, by user: User, at now: Date = Date()) throws {
        try backup(to: path, by: user, at: now, duringCopy: nil)
    }

    /// The backup, with a test hook called after each step of the copy.
    func backup(to path: String, by user: User, at now: Date, duringCopy: (() -> Void)?) throws {
        try authorize(user, .backup, target: path, at: now)
        if let own = self.path, Self.isCompanion(path, of: own) { throw StoreError.backupOntoDatabase(path: path) }
        guard !FileManager.default.fileExists(atPath: path) else { throw StoreError.backupExists(path: path) }
        let folder = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        let temporary = ((folder.isEmpty ? "." : folder) as NSString)
            .appendingPathComponent(
                ".\(name).sementara-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8))")
        defer {
            for suffix in ["", "-journal", "-wal", "-shm"] {
                try? FileManager.default.removeItem(atPath: temporary + suffix)
            }
        }
        do {
            let destination = try DatabaseQueue(path: temporary)
            try reader.backup(to: destination, pagesPerStep: duringCopy == nil ? -1 : 8) { _ in duringCopy?() }
            try destination.close()
        } catch {
            throw StoreError.writeFailed(what: "cadangan ke \(path)", reason: Self.reason(error))
        }
        // link(2) never replaces an existing file: a file that appeared meanwhile is kept.
        guard link(temporary, path) == 0 else {
            let code = errno
            if code == EEXIST { throw StoreError.backupExists(path: path) }
            throw StoreError.writeFailed(what: "cadangan ke \(path)", reason: String(cString: strerror(code)))
        }
    }

    /// Whether `path` names the database file at `database` or one of its companions, after
    /// resolving symbolic links and relative paths of the folders.
    static func isCompanion(_ path: String, of database: String) -> Bool {
        func resolved(_ path: String) -> String {
            let url = URL(fileURLWithPath: path)
            let folder = url.deletingLastPathComponent().resolvingSymlinksInPath().path
            let file = url.resolvingSymlinksInPath().lastPathComponent
            return (folder as NSString).appendingPathComponent(file)
        }
        let target = resolved(path)
        let own = resolved(database)
        return ["", "-wal", "-shm", "-journal"].contains { own + $0 == target }
    }
}
