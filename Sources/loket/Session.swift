import ArgumentParser
import Foundation
import LoketCore
import LoketStore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Who runs the program, on which database, at what time: what every request command starts from.
struct Session {
    let store: Store
    let user: User
    let now: Date

    /// Opens the database (creating and seeding it on first use; ``openStore(_:)`` makes its creator
    /// admin), and refuses an unknown account (exit 77, logged).
    static func open(_ database: DatabaseOptions) throws -> Session {
        let store = try openStore(database.db)
        let simulated = try CurrentAccount.simulatedNow()
        let now = simulated ?? Date()
        let user = try store.actingUser(
            real: CurrentAccount.real(), acting: CurrentAccount.name(),
            simulatedClock: simulated != nil,
            at: now)
        return Session(store: store, user: user, now: now)
    }

    /// A session whose user must have `permission` (refusals exit 77 and are logged).
    static func open(_ database: DatabaseOptions, requiring permission: Permission, target: String? = nil) throws
        -> Session
    {
        let session = try open(database)
        try session.store.authorize(session.user, permission, target: target, at: session.now)
        return session
    }

    /// A calendar for showing instants in an agency's zone (deadlines are computed by the store).
    static func displayCalendar(_ timeZone: String) -> WorkingCalendar {
        WorkingCalendar.standard(timeZone: TimeZone(identifier: timeZone) ?? TimeZone(identifier: "Asia/Makassar")!)
    }

    static func dateTime(_ date: Date?, _ timeZone: String) -> String {
        guard let date else { return "-" }
        return IndonesianDateFormat.dateTime(date, in: displayCalendar(timeZone))
    }

    static func iso(_ date: Date?, _ timeZone: String) -> String? {
        date.map { IndonesianDateFormat.iso8601($0, in: TimeZone(identifier: timeZone) ?? .current) }
    }
}

/// The operating-system account running `loket`.
///
/// `LOKET_USER` lets an admin act as another user, and `LOKET_NOW` lets an admin set the clock
/// (training, support, tests that play several users or log a request in the past). Only an
/// account that is admin of the database may use them (``Store/actingUser(real:acting:simulatedClock:at:)``);
/// anyone else is refused (exit 77) and the refusal is logged. The database is created and its
/// first admin chosen by the real account, never by `LOKET_USER`.
enum CurrentAccount {
    /// The operating-system account running the program.
    static func real() -> String {
        if let entry = getpwuid(geteuid()), let name = entry.pointee.pw_name {
            return String(cString: name)
        }
        return ProcessInfo.processInfo.environment["USER"] ?? "unknown"
    }

    /// The account the user asks to act as: `LOKET_USER`, else the real one.
    static func name() -> String {
        if let override = ProcessInfo.processInfo.environment["LOKET_USER"], !override.isEmpty { return override }
        return real()
    }

    /// `LOKET_NOW` (ISO 8601 with a zone, e.g. `2026-03-02T09:00:00+08:00`), nil when unset or
    /// empty. A value that does not read is a usage error (exit 64), never silently the real
    /// clock.
    static func simulatedNow() throws -> Date? {
        guard let text = ProcessInfo.processInfo.environment["LOKET_NOW"], !text.isEmpty else { return nil }
        guard let date = ISO8601DateFormatter().date(from: text.trimmingCharacters(in: .whitespaces)) else {
            throw CLIError.usage(
                "LOKET_NOW '\(text)' tidak dikenali. Tulis waktu ISO 8601 dengan zona, mis. "
                    + "LOKET_NOW=2026-03-02T09:00:00+08:00 (atau kosongkan untuk jam sebenarnya). Tidak ada yang diubah."
            )
        }
        return date
    }
}

/// Plain-text helpers for tables and receipts.
enum TextLayout {
    /// Words of `text` wrapped to `width` columns (a longer word is cut).
    static func wrap(_ text: String, width: Int, indent: String = "") -> [String] {
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            for word in paragraph.split(separator: " ") {
                var word = String(word)
                while indent.count + word.count > width {
                    if !line.isEmpty {
                        lines.append(indent + line)
                        line = ""
                    }
                    let cut = width - indent.count
                    lines.append(indent + String(word.prefix(cut)))
                    word = String(word.dropFirst(cut))
                }
                if line.isEmpty {
                    line = word
                } else if indent.count + line.count + 1 + word.count <= width {
                    line += " " + word
                } else {
                    lines.append(indent + line)
                    line = word
                }
            }
            if !line.isEmpty || paragraph.isEmpty { lines.append(indent + line) }
        }
        return lines
    }

    static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? String(text.prefix(width)) : text + String(repeating: " ", count: width - text.count)
    }

    /// One CSV line (RFC 4180 quoting). A field that a spreadsheet would read as a formula
    /// (starting with `=`, `+`, `-`, `@`, tab or CR) gets a leading `'` (OWASP's CSV injection
    /// advice): a name like `=HYPERLINK(...)` stays text when the export is opened.
    static func csv(_ fields: [String]) -> String {
        fields.map { field in
            let field = field.first.map { "=+-@\t\r".contains($0) } == true ? "'" + field : field
            return field.contains(where: { ",\"\n\r".contains($0) })
                ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
        }.joined(separator: ",")
    }
}

enum ListFormat: String, ExpressibleByArgument, CaseIterable {
    case table, csv, json
}
