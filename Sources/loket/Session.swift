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
        let account = CurrentAccount.name()
        let now = CurrentAccount.now()
        return Session(store: store, user: try store.currentUser(account: account, at: now), now: now)
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
/// `LOKET_USER` overrides it: for tests and end-to-end scripts that play several users on one
/// machine account. It is not a security boundary (anyone who can run `loket` against the file can
/// write it with `sqlite3` too); file permissions on the database are.
enum CurrentAccount {
    static func name() -> String {
        let environment = ProcessInfo.processInfo.environment
        if let override = environment["LOKET_USER"], !override.isEmpty { return override }
        if let entry = getpwuid(geteuid()), let name = entry.pointee.pw_name {
            return String(cString: name)
        }
        return environment["USER"] ?? "unknown"
    }

    /// Now, or `LOKET_NOW` (ISO 8601, e.g. `2026-03-02T09:00:00+08:00`) for tests that need a
    /// request logged in the past.
    static func now() -> Date {
        if let text = ProcessInfo.processInfo.environment["LOKET_NOW"], !text.isEmpty,
            let date = ISO8601DateFormatter().date(from: text)
        {
            return date
        }
        return Date()
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

    static func csv(_ fields: [String]) -> String {
        fields.map { field in
            field.contains(where: { ",\"\n".contains($0) })
                ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
        }.joined(separator: ",")
    }
}

enum ListFormat: String, ExpressibleByArgument, CaseIterable {
    case table, csv, json
}
