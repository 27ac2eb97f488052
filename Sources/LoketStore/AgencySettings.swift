import Foundation
import GRDB

// Agency settings an admin changes: the short code request numbers start with.

extension Store {
    /// Sets the code request numbers of an agency start with (`DPS` → `DPS-2026-000123`).
    /// Numbers already given keep their text; the sequence of the year continues.
    ///
    /// - Throws: ``StoreError/invalidAgencyCode(_:)`` unless 2-8 letters and digits starting with
    ///   a letter; ``StoreError/agencyCodeTaken(code:by:)`` when another agency has it, or once
    ///   had it in a request number (a new number could then collide with an old one).
    @discardableResult
    public func setAgencyCode(agencyID: Int64, _ code: String) throws -> String {
        let code = code.trimmingCharacters(in: .whitespaces).uppercased()
        guard Self.isValidAgencyCode(code) else { throw StoreError.invalidAgencyCode(code) }
        return try write("kode instansi") { db in
            try Self.requireAgency(db, agencyID)
            if let other = try String.fetchOne(
                db, sql: "SELECT name FROM agency WHERE code = ? AND id != ?", arguments: [code, agencyID])
            {
                throw StoreError.agencyCodeTaken(code: code, by: other)
            }
            if let other = try String.fetchOne(
                db,
                sql: """
                    SELECT a.name FROM request r JOIN agency a ON a.id = r.agency_id
                    WHERE r.number LIKE ? ESCAPE '\\' AND r.agency_id != ? LIMIT 1
                    """,
                arguments: [code + "-%", agencyID])
            {
                throw StoreError.agencyCodeTaken(code: code, by: other)
            }
            try db.execute(sql: "UPDATE agency SET code = ? WHERE id = ?", arguments: [code, agencyID])
            return code
        }
    }

    /// 2-8 upper-case letters and digits, starting with a letter.
    public static func isValidAgencyCode(_ code: String) -> Bool {
        guard (2...8).contains(code.count), let first = code.unicodeScalars.first, ("A"..."Z").contains(first) else {
            return false
        }
        return code.unicodeScalars.allSatisfy { ("A"..."Z").contains($0) || ("0"..."9").contains($0) }
    }
}
