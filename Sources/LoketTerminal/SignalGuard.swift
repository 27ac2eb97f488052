import CNcursesw
import Foundation

/// Restores the terminal whatever ends the program, and turns signals into input.
///
/// Every signal whose default action ends the process is caught while the interface runs.
/// The terminating ones (SIGINT, SIGTERM, SIGHUP, and SIGUSR1, SIGUSR2, SIGPIPE, SIGALRM,
/// SIGVTALRM, SIGPROF, SIGIO, SIGPWR, SIGSTKFLT, which would otherwise leave the terminal raw)
/// and SIGWINCH set a flag and write a byte to a self-pipe; the input loop polls standard input
/// and that pipe, so a signal is handled at once whichever thread received it (Swift's async
/// main runs the loop off the main thread), and the program restores the terminal and exits
/// 128 + signal. Crash signals (SIGSEGV, SIGABRT, SIGBUS, SIGILL, SIGFPE, SIGTRAP, SIGSYS,
/// SIGXCPU, SIGXFSZ) call `endwin` and re-raise with the default action, so the crash is still
/// reported. SIGQUIT (Ctrl-\\) is ignored: its default would dump core and Swift's backtracer
/// would print over the screen. Installed before ncurses starts, so ncurses keeps ours.
enum SignalGuard {
    /// The last terminating signal received, 0 when none.
    nonisolated(unsafe) static var pending: sig_atomic_t = 0
    /// Set by SIGWINCH.
    nonisolated(unsafe) static var resized: sig_atomic_t = 0
    nonisolated(unsafe) static var cursesActive: sig_atomic_t = 0
    /// The self-pipe: [read end, write end], non-blocking.
    nonisolated(unsafe) static var wakePipe: (Int32, Int32) = (-1, -1)

    static let terminating: [Int32] = {
        var signals = [SIGINT, SIGTERM, SIGHUP, SIGUSR1, SIGUSR2, SIGPIPE, SIGALRM, SIGVTALRM, SIGPROF, SIGIO]
        #if os(Linux)
            signals += [SIGPWR, SIGSTKFLT]
        #endif
        return signals
    }()
    /// SIGTRAP too: a Swift runtime trap (a failed precondition, an index out of range) is
    /// SIGTRAP on arm64 and SIGILL on x86-64.
    static let crashing: [Int32] = [SIGSEGV, SIGABRT, SIGBUS, SIGILL, SIGFPE, SIGTRAP, SIGSYS, SIGXCPU, SIGXFSZ]
    /// Ignored while the interface runs.
    static let ignored: [Int32] = [SIGQUIT]

    static func install() {
        var fds: [Int32] = [-1, -1]
        if pipe(&fds) == 0 {
            for fd in fds { _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK) }
            wakePipe = (fds[0], fds[1])
        }
        for signal in terminating + [SIGWINCH] {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { number in
                if number == SIGWINCH {
                    SignalGuard.resized = 1
                } else {
                    SignalGuard.pending = number
                }
                var byte: UInt8 = 1
                _ = write(SignalGuard.wakePipe.1, &byte, 1)
            }
            sigemptyset(&action.sa_mask)
            action.sa_flags = Int32(SA_RESTART)
            sigaction(signal, &action, nil)
        }
        for signal in ignored { Foundation.signal(signal, SIG_IGN) }
        for signal in crashing {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { number in
                if SignalGuard.cursesActive != 0 {
                    SignalGuard.cursesActive = 0
                    endwin()
                }
                Foundation.signal(number, SIG_DFL)
                raise(number)
            }
            sigemptyset(&action.sa_mask)
            action.sa_flags = Int32(bitPattern: UInt32(SA_RESETHAND))
            sigaction(signal, &action, nil)
        }
    }

    /// Puts back the default actions (after `endwin`).
    static func uninstall() {
        for signal in terminating + crashing + ignored + [SIGWINCH] { Foundation.signal(signal, SIG_DFL) }
    }

    /// Empties the self-pipe.
    static func drainWakePipe() {
        var buffer = [UInt8](repeating: 0, count: 64)
        while read(wakePipe.0, &buffer, buffer.count) > 0 {}
    }
}
