import Foundation
import GRDB

/// The seal of a request's intake fields: what Loket wrote when the request was logged (or its
/// contact corrected), which no later change of Loket's touches.
///
/// 64-bit FNV-1a (``FNV1a``) over the fields' stored values in ``columns`` order, each written
/// as a type byte and its value (integers and reals as 8 bytes, texts and blobs with their
/// length first), after the tag `seal1`; 16 lower-case hex digits. It is computed from the
/// values as SQLite holds them, so the program that writes it and `request verify` that checks
/// it read the same thing.
///
/// The seal catches a row edited behind Loket's back (`sqlite3`, a script, a broken tool); it
/// does not stop someone who can write the file and recomputes it: that person can do anything
/// (README, "What Loket protects").
public enum RequestSeal {
    /// The intake fields of `request`, in seal order (the row's id first).
    public static let columns = [
        "id", "number", "agency_id", "year", "sequence", "service_id", "service_revision_id", "unit_id",
        "applicant_id", "applicant_name", "applicant_nik", "applicant_phone", "applicant_address", "applicant_note",
        "time_limit_text", "option_index", "time_limit_amount", "time_limit_unit", "extension_amount",
        "extension_unit", "received_at", "created_by", "note", "event_date", "event_days_before",
    ]

    /// The columns as a SELECT list (`r.id, r.number, ...` with `prefix` "r.").
    static func selectList(_ prefix: String = "") -> String {
        columns.map { prefix + $0 }.joined(separator: ", ")
    }

    /// The seal of the values of ``columns``, in that order.
    public static func of<S: Sequence<DatabaseValue>>(_ values: S) -> String {
        var hasher = FNV1a()
        hasher.bytes("seal1".utf8)
        for value in values {
            switch value.storage {
            case .null:
                hasher.bytes([0])
            case .int64(let n):
                hasher.bytes([1])
                hasher.word(UInt64(bitPattern: n))
            case .double(let d):
                hasher.bytes([2])
                hasher.word(d.bitPattern)
            case .string(let s):
                hasher.bytes([3])
                hasher.word(UInt64(s.utf8.count))
                hasher.bytes(s.utf8)
            case .blob(let data):
                hasher.bytes([4])
                hasher.word(UInt64(data.count))
                hasher.bytes(data)
            }
        }
        return hasher.hex
    }

    /// The seal of values as they are bound (``of(_:)`` of their database values).
    public static func of(bound values: [(any DatabaseValueConvertible)?]) -> String {
        of(values.lazy.map { $0?.databaseValue ?? .null })
    }

    /// The seal of request `id` as its row holds it now (in the caller's transaction).
    static func current(_ db: Database, requestID id: Int64) throws -> String? {
        guard
            let row = try Row.fetchOne(
                db, sql: "SELECT \(selectList()) FROM request WHERE id = ?", arguments: [id])
        else { return nil }
        return of(row.databaseValues)
    }
}

extension FNV1a {
    /// Eight bytes, little-endian.
    mutating func word(_ value: UInt64) {
        withUnsafeBytes(of: value.littleEndian) { bytes($0) }
    }
}
