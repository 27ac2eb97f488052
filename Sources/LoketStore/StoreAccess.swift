import GRDB

extension Store {
    /// A read, its SQLite errors turned into ``StoreError`` (`what` names the thing read, in
    /// Indonesian).
    func read<T>(_ what: String, _ body: (Database) throws -> T) throws -> T {
        try translatingErrors(StoreError.queryFailed, what) { try reader.read(body) }
    }

    /// A write transaction (IMMEDIATE: the write lock is taken up front), its SQLite errors turned
    /// into ``StoreError``; on any error nothing of it is kept.
    func write<T>(_ what: String, _ body: (Database) throws -> T) throws -> T {
        try translatingErrors(StoreError.writeFailed, what) { try writer.write(body) }
    }

    private func translatingErrors<T>(
        _ failure: (String, String) -> StoreError, _ what: String, _ body: () throws -> T
    ) throws -> T {
        do {
            return try body()
        } catch let error as DatabaseError {
            if let busy = Self.busyError(error, path: path) { throw busy }
            throw failure(what, Self.reason(error))
        }  // our own errors (StoreError, rule errors) pass through unchanged
    }
}
