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

    /// Decodes one `wget_wch` result; nil for input that means nothing to the interface.
    static func decode(status: Int32, value: UInt32, window: UnsafeMutablePointer<WINDOW>?) -> Key? {
        if status == KEY_CODE_YES { return functionKey(Int32(bitPattern: value)) }
        guard status == OK else { return nil }
        switch value {
        case 27: return escape(window: window)
        case 13, 10: return .enter
        case 127, 8: return .backspace
        case 9: return .tab
        case 3: return .ctrlC
        case 21: return .ctrlU
        case 0..<32: return nil  // other controls (Ctrl-S/Ctrl-Q are never bound)
        default:
            guard let scalar = Unicode.Scalar(value) else { return nil }
            return .char(Character(scalar))
        }
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

    /// ESC: alone it is Esc; followed at once by `[` or `O` it starts a sequence ncurses did not
    /// know, read and decoded by ``EscapeSequence/afterEscape(read:unread:)``. Whatever is not
    /// part of the sequence (a key ncurses already decoded, as tmux's `Escape Down` gives
    /// `ESC ESC O B`) is pushed back and read as the next key.
    static func escape(window: UnsafeMutablePointer<WINDOW>?) -> Key? {
        EscapeSequence.afterEscape(
            read: { readPending(window) },
            unread: { item in
                switch item {
                case .character(let value): unget_wch(wchar_t(bitPattern: value))
                case .decoded(let code): ungetch(code)
                }
            })
    }

    /// What is already waiting (no delay), or nil.
    private static func readPending(_ window: UnsafeMutablePointer<WINDOW>?) -> EscapeSequence.Pending? {
        var value: wint_t = 0
        switch wget_wch(window, &value) {
        case OK: return .character(UInt32(value))
        case KEY_CODE_YES: return .decoded(Int32(bitPattern: UInt32(value)))
        default: return nil
        }
    }
}
