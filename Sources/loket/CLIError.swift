import ArgumentParser
import Foundation
import LoketStore

/// A failure the command line reports in Indonesian with a sysexits-style status:
/// 64 bad usage, 65 bad data, 69 unavailable (a terminal the full-screen interface cannot use),
/// 77 refused, 74 I/O (database) trouble.
enum CLIError: Error, CustomStringConvertible {
    case usage(String)
    case dataError(String)
    case refused(String)
    case io(String)
    case unavailable(String)

    var description: String {
        switch self {
        case let .usage(message), let .dataError(message), let .refused(message), let .io(message),
            let .unavailable(message):
            message
        }
    }

    var exitCode: Int32 {
        switch self {
        case .usage: 64
        case .dataError: 65
        case .refused: 77
        case .io: 74
        case .unavailable: 69
        }
    }
}

extension CLIError {
    /// Prints the message and exits with the status; used at the top of every command.
    static func exit(with error: CLIError) -> Never {
        _ = StandardOutput.finish()  // what was printed before the error goes out first (or is lost)
        printError("loket: " + error.description + "\n")
        Foundation.exit(error.exitCode)
    }
}

extension CLIError {
    /// After a listing: the rows that could not be read, each named on standard error, make the
    /// command exit 65 (the readable rows were printed).
    static func check(_ unreadable: [UnreadableRow]) throws {
        guard !unreadable.isEmpty else { return }
        for row in unreadable { printError("loket: \(row).\n") }
        throw CLIError.dataError(
            "\(unreadable.count) permohonan tidak dapat dibaca dan tidak ditampilkan (lihat di atas); "
                + "permohonan lain ditampilkan. Hubungi admin Loket dengan nomor-nomor itu.")
    }
}
