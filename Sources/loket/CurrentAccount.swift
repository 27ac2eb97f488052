import ArgumentParser
import Foundation
import LoketCore
import LoketStore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

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
