import CNcursesw
import Foundation
import LoketTUI

/// The ncurses backend: starts curses, copies ``Screen`` frames to the terminal (only the
/// cells that changed since the last frame), reads keys, and restores the terminal.
public final class Terminal {
    static let inputTimeoutMilliseconds: Int32 = 1000

    public private(set) var capabilities: TerminalCapabilities
    private let window: UnsafeMutablePointer<WINDOW>?
    private var previous: Screen?
    private var colourPairs: [Style.Role: Int32] = [:]

    /// Why the terminal cannot be used.
    public enum Unavailable: Error, Sendable {
        /// `TERM` is unset or names a terminal terminfo does not know.
        case unknownType
        /// The terminal cannot move the cursor (`TERM=dumb`).
        case cannotAddressCursor
    }

    /// The terminfo entry used instead of `TERM`, when terminfo lacks `TERM`
    /// (``TerminalTypeFallback``).
    public let substituteType: String?

    /// Starts curses on the process's terminal; throws when the terminal cannot be used (the
    /// terminal is left as it was). A `TERM` terminfo lacks is stood in for by a compatible
    /// entry (`putty` → `xterm`), said once through `announce` before anything is drawn.
    public init(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        announce: (String) -> Void = { FileHandle.standardError.write(Data(($0 + "\n").utf8)) }
    ) throws(Unavailable) {
        setlocale(LC_ALL, "")
        var environment = environment
        substituteType = Self.substitute(for: environment["TERM"])
        if let substituteType, let requested = environment["TERM"] {
            announce(TerminalTypeFallback.notice(requested: requested, substitute: substituteType))
            environment["TERM"] = substituteType
        }
        capabilities = TerminalCapabilities.detect(environment: environment)
        SignalGuard.install()
        let opened =
            substituteType.map { type in type.withCString { newterm($0, loket_stdout(), loket_stdin()) } }
            ?? newterm(nil, loket_stdout(), loket_stdin())
        guard let started = opened else {
            SignalGuard.uninstall()
            throw .unknownType
        }
        guard loket_can_address_cursor() != 0 else {
            endwin()
            delscreen(started)
            SignalGuard.uninstall()
            throw .cannotAddressCursor
        }
        SignalGuard.cursesActive = 1
        window = loket_stdscr()
        cbreak()  // not raw(): Ctrl-S/Ctrl-Q stay flow control, Ctrl-C stays a signal
        noecho()
        nonl()
        intrflush(loket_stdscr(), false)
        idlok(loket_stdscr(), true)  // let ncurses scroll the terminal instead of repainting a scrolled card
        keypad(loket_stdscr(), true)
        set_escdelay(25)
        curs_set(0)
        wtimeout(loket_stdscr(), 0)  // reads never block in ncurses; readKey() polls
        KeyDecoder.defineExtraKeys()
        capabilities = capabilities.withColours(has_colors())
        if capabilities.colours { setUpColours() }
    }

    /// The first stand-in terminfo has, when it lacks `term` itself; nil when `term` is known,
    /// unset, or of no known family.
    static func substitute(for term: String?) -> String? {
        guard let term, !term.isEmpty, loket_terminfo_knows(term) == 0 else { return nil }
        return TerminalTypeFallback.candidates(for: term).first { loket_terminfo_knows($0) != 0 }
    }

    deinit { stop() }

    /// Restores the terminal (idempotent).
    public func stop() {
        guard SignalGuard.cursesActive != 0 else { return }
        SignalGuard.cursesActive = 0
        curs_set(1)
        endwin()
        SignalGuard.uninstall()
    }

    public var size: (width: Int, height: Int) { (Int(loket_cols()), Int(loket_lines())) }

    /// The terminating signal that arrived, if any (SIGINT, SIGTERM, SIGHUP; SIGHUP also when
    /// standard input hangs up without one).
    public var pendingSignal: Int32? { SignalGuard.pending == 0 ? nil : SignalGuard.pending }

    /// Waits up to a second for a key; `.tick` when none came, `.resize` after SIGWINCH, nil
    /// when a terminating signal arrived (see ``pendingSignal``) or the input meant nothing.
    public func readKey() -> Key? {
        while true {
            if SignalGuard.pending != 0 { return nil }
            if SignalGuard.resized != 0 {
                SignalGuard.resized = 0
                return applyResize()
            }
            // What ncurses already holds (typeahead, a pushed-back byte) first, without waiting.
            let value = wgetch(window)
            if value != ERR { return KeyDecoder.decode(value, window: window) }
            var fds = [
                pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0),
                pollfd(fd: SignalGuard.wakePipe.0, events: Int16(POLLIN), revents: 0),
            ]
            let ready = poll(&fds, nfds_t(fds.count), Self.inputTimeoutMilliseconds)
            if ready == 0 { return .tick }
            if fds[1].revents != 0 { SignalGuard.drainWakePipe() }
            // The terminal went away (hang-up, error, closed descriptor) without a SIGHUP
            // (stdin is not our controlling terminal): poll would return at once forever.
            // Handled like SIGHUP: restore and exit.
            if Int32(fds[0].revents) & (POLLHUP | POLLERR | POLLNVAL) != 0 {
                SignalGuard.pending = SIGHUP
                return nil
            }
            if ready < 0, errno != EINTR { return .tick }
        }
    }

    /// Tells ncurses the new size (we own SIGWINCH, so ncurses does not see it).
    private func applyResize() -> Key {
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_row > 0, size.ws_col > 0 {
            resizeterm(Int32(size.ws_row), Int32(size.ws_col))
        }
        invalidate()
        return .resize(width: Int(loket_cols()), height: Int(loket_lines()))
    }

    /// Copies the frame to the terminal, writing only what changed. Returns the number of
    /// cells written.
    @discardableResult
    public func draw(_ screen: Screen) -> Int {
        let runs = FrameDiff.runs(from: previous, to: screen)
        if previous == nil || previous!.width != screen.width || previous!.height != screen.height {
            werase(loket_stdscr())
        }
        var written = 0
        var buffer: [wchar_t] = []
        for run in runs {
            buffer.removeAll(keepingCapacity: true)
            for cell in run.cells {
                for scalar in cell.character.unicodeScalars { buffer.append(wchar_t(bitPattern: scalar.value)) }
            }
            wattrset(loket_stdscr(), attributes(run.style))
            wmove(loket_stdscr(), Int32(run.row), Int32(run.column))
            buffer.withUnsafeBufferPointer { pointer in
                _ = waddnwstr(loket_stdscr(), pointer.baseAddress, Int32(pointer.count))
            }
            written += run.cells.count
        }
        wattrset(loket_stdscr(), loket_attr_normal())
        wrefresh(loket_stdscr())
        previous = screen
        return written
    }

    /// Forgets the last frame (after a resize or a suspend), so the next draw repaints all.
    public func invalidate() {
        previous = nil
        clearok(loket_stdscr(), true)
    }

    // MARK: - Attributes and colours

    private func attributes(_ style: Style) -> Int32 {
        var value = loket_attr_normal()
        var flags = style.attributes
        if capabilities.colours, let pair = colourPairs[style.role] {
            value |= loket_color_pair(pair)
            // The colour pair already marks bars and the selection.
            if style.role == .bar || style.role == .selection { flags.remove(.reverse) }
        }
        if flags.contains(.bold) { value |= loket_attr_bold() }
        if flags.contains(.reverse) { value |= loket_attr_reverse() }
        if flags.contains(.underline) { value |= loket_attr_underline() }
        if flags.contains(.dim) { value |= loket_attr_dim() }
        return value
    }

    private func setUpColours() {
        start_color()
        use_default_colors()
        let table: [(Style.Role, Int32, Int32)] = [
            (.bar, Int32(COLOR_WHITE), Int32(COLOR_BLUE)),
            (.selection, Int32(COLOR_BLACK), Int32(COLOR_CYAN)),
            (.heading, Int32(COLOR_YELLOW), -1),
            (.accent, Int32(COLOR_CYAN), -1),
            (.warning, Int32(COLOR_RED), -1),
        ]
        for (index, entry) in table.enumerated() {
            let pair = Int32(index + 1)
            if init_pair(Int16(pair), Int16(entry.1), Int16(entry.2)) == OK { colourPairs[entry.0] = pair }
        }
    }
}
