import Foundation
import GRDB

/// A mark that moves whenever anyone commits to the database: another officer's program, or
/// this one. The live board polls it once a second and reads the board again only when it
/// moved (an idle board costs one `PRAGMA` a second and writes nothing).
public struct ChangeMark: Sendable, Hashable {
    /// `PRAGMA data_version` of the watching connection: moves on commits of other connections.
    public var dataVersion: Int64
    /// `total_changes()` of the watching connection: moves on its own commits (an in-memory
    /// database has only the one connection).
    public var ownChanges: Int64
}

/// Watches a store for commits through a connection of its own: `PRAGMA data_version` is only
/// comparable on the same connection, and a pool hands out any of its readers.
public final class ChangeWatch: Sendable {
    private let connection: any DatabaseReader

    /// A file store gets its own read-only connection; an in-memory one is watched through its
    /// single connection.
    ///
    /// - Throws: ``StoreError/cannotOpen(path:reason:)``.
    public init(_ store: Store) throws {
        guard let path = store.path else {
            connection = store.reader
            return
        }
        do {
            connection = try DatabaseQueue(path: path, configuration: Store.configuration(readonly: true))
        } catch {
            throw StoreError.cannotOpen(path: path, reason: Store.reason(error))
        }
    }

    /// The current mark (a few microseconds: no table is read).
    ///
    /// - Throws: ``StoreError/queryFailed(_:reason:)``.
    public func mark() throws -> ChangeMark {
        do {
            return try connection.unsafeReentrantRead { db in
                let row = try Row.fetchOne(db, sql: "SELECT total_changes()")
                let version = try Int64.fetchOne(db, sql: "PRAGMA data_version") ?? 0
                return ChangeMark(dataVersion: version, ownChanges: row?[0] ?? 0)
            }
        } catch {
            throw StoreError.queryFailed(what: "perubahan data", reason: Store.reason(error))
        }
    }
}
