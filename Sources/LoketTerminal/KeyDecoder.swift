import CNcursesw
import LoketTUI

/// Terminal input → ``Key``. ncurses decodes what terminfo knows; `define_key` teaches it
/// the F-key sequences of PuTTY (`ESC [ 11 ~` ...), VT100 (`ESC O P` ...) and the Linux console
/// (`ESC [ [ A` ...); anything left that starts with ESC is parsed here, so an unknown sequence
/// is never read as Esc plus letters.
enum KeyDecoder {
    /// Teaches ncurses the extra sequences. Call after `keypad`.
    static func defineExtraKeys() {
        var sequences: [(String, Int32)] = []
        for n in 1...5 { sequences.append(("\u{1B}[\(10 + n)~", loket_key_f(Int32(n)))) }  // PuTTY/xterm-r6 F1-F5
        for (n, letter) in zip(1...4, ["P", "Q", "R", "S"]) {
            sequences.append(("\u{1B}O\(letter)", loket_key_f(Int32(n))))  // VT100 / xterm F1-F4
            sequences.append(("\u{1B}[1;\(letter)", loket_key_f(Int32(n))))
        }
        for (n, letter) in zip(1...5, ["A", "B", "C", "D", "E"]) {
            sequences.append(("\u{1B}[[\(letter)", loket_key_f(Int32(n))))  // Linux console F1-F5
        }
        sequences += [
            ("\u{1B}[1~", KEY_HOME), ("\u{1B}[7~", KEY_HOME), ("\u{1B}[H", KEY_HOME), ("\u{1B}OH", KEY_HOME),
            ("\u{1B}[4~", KEY_END), ("\u{1B}[8~", KEY_END), ("\u{1B}[F", KEY_END), ("\u{1B}OF", KEY_END),
        ]
        for (sequence, code) in sequences {
            if key_defined(sequence) == 0 { define_key(sequence, code) }
        }
    }

    /// Decodes the key `value` (a `wgetch` result: a byte, or a key code ncurses decoded)
    /// starts, reading the rest of it from what is waiting; nil for input that means nothing
    /// to the interface. Bytes, not `wget_wch`: see ``InputDecoder``.
    static func decode(_ value: Int32, window: UnsafeMutablePointer<WINDOW>?) -> Key? {
        InputDecoder.key(
            pending(value), read: { readPending(window) },
            unread: { item in
                // ESC followed by a key ncurses decoded (tmux's `Escape Down` gives `ESC ESC O B`):
                // the key is pushed back and read next.
                switch item {
                case .character(let byte): ungetch(Int32(bitPattern: byte))
                case .decoded(let code): ungetch(code)
                }
            },
            decoded: functionKey)
    }

    static func functionKey(_ code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_HOME, KEY_A1, KEY_FIND: return .home
        case KEY_END, KEY_C1, KEY_SELECT, KEY_LL: return .end
        case KEY_ENTER: return .enter
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_BTAB: return .backTab
        case KEY_RESIZE: return .resize(width: Int(loket_cols()), height: Int(loket_lines()))
        default:
            let f0 = loket_key_f(0)
            if code > f0, code <= f0 + 24 { return .function(Int(code - f0)) }
            return nil
        }
    }

    static func pending(_ value: Int32) -> EscapeSequence.Pending {
        value >= KEY_MIN ? .decoded(value) : .character(UInt32(value))
    }

    /// What is already waiting (no delay), or nil.
    private static func readPending(_ window: UnsafeMutablePointer<WINDOW>?) -> EscapeSequence.Pending? {
        let value = wgetch(window)
        return value == ERR ? nil : pending(value)
    }
}
