import Foundation
import LoketCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Every text the command line prints goes through here: this module-level `print` shadows
/// `Swift.print` for the whole `loket` target, so no command can write a stored name, note,
/// catalog cell or echoed argument to the terminal with its escape sequences or bidi overrides
/// (``LoketCore/TerminalSafe``; newlines and tabs are kept). JSON output passes too: its
/// encoder already escapes C0 controls, and this removes the C1 and bidi ones.
///
/// Output goes through C's buffered `stdout`, whose errors are sticky: ``StandardOutput/finish()``
/// flushes it at the end of every command and turns a failed write (a full disk, a closed
/// descriptor) into exit 74 with a message on standard error, never a crash and never exit 0.
func print(_ items: Any..., separator: String = " ", terminator: String = "\n") {
    let text = items.map { String(describing: $0) }.joined(separator: separator)
    StandardOutput.append(TerminalSafe.clean(text, multiline: true) + terminator)
}

/// Writes `text` to standard error, terminal-safe (error messages echo what was typed). A
/// standard error that cannot be written loses the message, nothing else.
func printError(_ text: String) {
    _ = StandardOutput.writeAll(Array(TerminalSafe.clean(text, multiline: true).utf8), to: STDERR_FILENO)
}

/// Writes `text` to standard output as it is (no newline added), terminal-safe.
func writeOutput(_ text: String) {
    StandardOutput.append(TerminalSafe.clean(text, multiline: true))
}

/// Standard output, buffered, and what became of writing it: the first failed write (a full
/// disk, a closed descriptor) is kept, and ``finish()`` at the end of every command turns it into
/// exit 74 with a message on standard error, never a crash and never exit 0.
enum StandardOutput {
    nonisolated(unsafe) private static var buffer: [UInt8] = []
    /// The `errno` of the first write that failed, 0 while none did.
    nonisolated(unsafe) private static var firstError: Int32 = 0

    static func append(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 16 { flush() }
    }

    /// Appends `text` and writes it out at once (a line that must be out before the next step,
    /// e.g. a number reported saved before a `kill -9`).
    static func appendNow(_ text: String) {
        append(text)
        flush()
    }

    /// Writes the buffer out (after the first failure, drops it: the output is lost anyway).
    private static func flush() {
        if firstError == 0 { firstError = writeAll(buffer, to: STDOUT_FILENO) }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Writes every byte to `fd`: 0, or the `errno` of the write that failed.
    static func writeAll(_ bytes: [UInt8], to fd: Int32) -> Int32 {
        var done = 0
        while done < bytes.count {
            let written = bytes.withUnsafeBytes { raw in
                write(fd, raw.baseAddress! + done, raw.count - done)
            }
            if written < 0 {
                if errno == EINTR { continue }
                return errno
            }
            done += written
        }
        return 0
    }

    /// Whether descriptor 1 is open on something output can go to (a file, pipe, socket or
    /// device). When a shell closed it (`loket catalog >&-`), the runtime may already have
    /// reused number 1 for one of its own descriptors (an eventfd), which must never receive
    /// the program's output.
    static var isUsable: Bool {
        var info = stat()
        guard fstat(STDOUT_FILENO, &info) == 0 else { return false }
        switch info.st_mode & S_IFMT {
        case S_IFREG, S_IFIFO, S_IFSOCK, S_IFCHR, S_IFBLK: return true
        default: return false
        }
    }

    /// Standard output closed before the command started: refused before anything is done.
    static let closed = CLIError.io(
        "keluaran standar tertutup (mis. '>&-'); perintah tidak dijalankan, tidak ada yang diubah. "
            + "Arahkan keluaran ke berkas atau terminal, lalu ulangi perintah.")

    /// The message for output that could not be written, with the reason.
    static func failure(_ reason: String) -> CLIError {
        .io(
            "keluaran tidak dapat ditulis (\(reason)); hasil perintah ini tidak tercetak atau terpotong. "
                + "Periksa ruang disk atau tujuan pengalihan keluaran (>), lalu ulangi perintah.")
    }

    /// Writes what is buffered: nil when all output was written, else the error to exit with.
    static func finish() -> CLIError? {
        flush()
        guard firstError != 0 else { return nil }
        return failure(String(cString: strerror(firstError)))
    }
}
