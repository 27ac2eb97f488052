import Foundation
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
    /// keep working (supervisors and admins). An existing file at `path` is refused.
    public func backup(to path: String, by user: User, at now: Date = Date()) throws {
        try authorize(user, .backup, target: path, at: now)
        guard !FileManager.default.fileExists(atPath: path) else { throw StoreError.backupExists(path: path) }
        do {
            let destination = try DatabaseQueue(path: path)
            try writer.backup(to: destination)
            try destination.close()
        } catch {
            try? FileManager.default.removeItem(atPath: path)
            throw StoreError.writeFailed(what: "cadangan ke \(path)", reason: Self.reason(error))
        }
    }
}
