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
    /// Who runs the program: the passwd entry of the real uid (`getuid`, never `$USER` or
    /// `$LOGNAME`), checked against the user namespace. A refusal is returned as what to log.
    enum Identity {
        case account(String)
        /// No account can be trusted: `label` names the process in the refusal log, `problem`
        /// says why (in Indonesian).
        case refused(label: String, problem: String)
    }

    static func identity() -> Identity {
        let uid = getuid()
        #if os(Linux)
            let map = try? String(contentsOfFile: "/proc/self/uid_map", encoding: .utf8)
            guard let map, UserNamespace.isInitial(uidMap: map) else {
                return .refused(
                    label: "uid \(uid) (ruang nama pengguna)",
                    problem: map == nil
                        ? "/proc/self/uid_map tidak dapat dibaca, sehingga akun yang menjalankan program tidak dapat dipastikan"
                        : "program berjalan di ruang nama pengguna lain (unshare --user), tempat nomor akun dapat dipilih sendiri"
                )
            }
        #endif
        guard let entry = getpwuid(uid), let name = entry.pointee.pw_name else {
            return .refused(
                label: "uid \(uid)",
                problem: "uid \(uid) tidak punya akun di /etc/passwd (variabel USER tidak dipercaya)")
        }
        return .account(String(cString: name))
    }

    /// The operating-system account running the program; a process whose account cannot be
    /// trusted is refused (exit 77) and the refusal logged in `store`.
    static func real(in store: Store) throws -> String {
        switch identity() {
        case let .account(name): return name
        case let .refused(label, problem): throw try store.refuseIdentity(label: label, problem: problem)
        }
    }

    /// The account the user asks to act as: `LOKET_USER`, else the real one.
    static func name(real: String) -> String {
        if let override = ProcessInfo.processInfo.environment["LOKET_USER"], !override.isEmpty { return override }
        return real
    }

    /// `LOKET_NOW` (ISO 8601 with a zone, e.g. `2026-03-02T09:00:00+08:00`), nil when unset or
    /// empty. A value that does not read strictly (``LoketCore/ISO8601Instant``: a real date and
    /// time, an offset within ±14:00, a year in 2000-2200) is a usage error (exit 64), never
    /// silently the real clock.
    static func simulatedNow() throws -> Date? {
        guard let text = ProcessInfo.processInfo.environment["LOKET_NOW"], !text.isEmpty else { return nil }
        switch ISO8601Instant.parse(text.trimmingCharacters(in: .whitespaces)) {
        case let .success(date): return date
        case let .failure(problem):
            throw CLIError.usage(
                "LOKET_NOW '\(text)' tidak dapat dipakai: \(problem). Tulis waktu ISO 8601 dengan zona, mis. "
                    + "LOKET_NOW=2026-03-02T09:00:00+08:00 (atau kosongkan untuk jam sebenarnya). Tidak ada yang diubah."
            )
        }
    }
}
