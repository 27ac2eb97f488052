import Foundation
import GRDB
import LoketCore

/// Where a user's tanda terima goes: a printer command (nil: a file) and a width.
public struct ReceiptSettings: Sendable, Hashable {
    /// The command's words (`["lp", "-d", "loket1"]`); nil when no printer is set.
    public var printer: [String]?
    /// 32, 42 or 80 columns.
    public var width: Int

    /// The programs a printer command may run: the print spooler's clients, nothing else.
    /// The setting lives in the shared database, which every officer's account can write; a
    /// free command there would run as whoever prints next.
    public static let programs: Set<String> = ["lp", "lpr"]

    /// `lp -d loket1` → its words, when it runs `lp` or `lpr` with plain arguments (letters,
    /// digits, `-_.=:/@`); nil otherwise. No shell is involved.
    public static func parse(_ command: String) -> [String]? {
        let words = command.split(whereSeparator: \.isWhitespace).map(String.init)
        guard let program = words.first, programs.contains(program), words.count <= 12 else { return nil }
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.=:/@")
        guard words.allSatisfy({ $0.count <= 64 && $0.allSatisfy(allowed.contains) }) else { return nil }
        return words
    }
}

extension Store {
    /// The user's receipt settings: the user's own, else the agency's of the user's first unit
    /// (else of the only agency), else no printer at 42 columns.
    public func receiptSettings(for user: User) throws -> ReceiptSettings {
        try read("pengaturan tanda terima") { db in
            let own = try Row.fetchOne(
                db, sql: "SELECT receipt_printer, receipt_width FROM users WHERE id = ?", arguments: [user.id])
            let agency = try Row.fetchOne(
                db,
                sql: """
                    SELECT a.receipt_printer, a.receipt_width FROM agency a
                    WHERE a.id = coalesce(
                        (SELECT n.agency_id FROM unit n WHERE n.id IN (SELECT unit_id FROM user_unit WHERE user_id = ?) LIMIT 1),
                        (SELECT id FROM agency ORDER BY id LIMIT 1))
                    """, arguments: [user.id])
            let printer: String? = own?[0] ?? agency?[0]
            let width: Int? = own?[1] ?? agency?[1]
            return ReceiptSettings(
                printer: printer.flatMap(ReceiptSettings.parse),
                width: width.flatMap { [32, 42, 80].contains($0) ? $0 : nil } ?? 42)
        }
    }

    /// An agency's own receipt settings.
    public func agencyReceiptSettings(agencyID: Int64) throws -> ReceiptSettings {
        try read("pengaturan tanda terima") { db in
            let row = try Row.fetchOne(
                db, sql: "SELECT receipt_printer, receipt_width FROM agency WHERE id = ?", arguments: [agencyID])
            let printer: String? = row?[0]
            let width: Int? = row?[1]
            return ReceiptSettings(printer: printer.flatMap(ReceiptSettings.parse), width: width ?? 42)
        }
    }

    /// Sets (or with nil clears) an agency's receipt printer and width (admin).
    public func setReceiptSettings(agencyID: Int64, printer: String?, width: Int?) throws {
        try checkReceipt(printer: printer, width: width)
        try write("pengaturan tanda terima") { db in
            try Self.requireAgency(db, agencyID)
            try db.execute(
                sql: "UPDATE agency SET receipt_printer = ?, receipt_width = ? WHERE id = ?",
                arguments: [printer, width, agencyID])
        }
    }

    /// Sets (or with nil clears) a user's own receipt printer and width (admin).
    public func setReceiptSettings(account: String, printer: String?, width: Int?) throws {
        try checkReceipt(printer: printer, width: width)
        try write("pengaturan tanda terima") { db in
            try db.execute(
                sql: "UPDATE users SET receipt_printer = ?, receipt_width = ? WHERE account = ?",
                arguments: [printer, width, account])
            if db.changesCount == 0 { throw RequestError.userNotFound(account) }
        }
    }

    private func checkReceipt(printer: String?, width: Int?) throws {
        if let printer, ReceiptSettings.parse(printer) == nil { throw StoreError.invalidPrinter(printer) }
        if let width, ![32, 42, 80].contains(width) { throw StoreError.invalidReceiptWidth(width) }
    }
}
