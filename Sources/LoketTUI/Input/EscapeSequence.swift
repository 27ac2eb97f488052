/// Escape sequences the terminal backend could not match through terminfo, decoded by hand:
/// xterm, VT100 application mode, PuTTY's default F-keys (`ESC [ 11 ~` ... `ESC [ 14 ~`), the
/// Linux console (`ESC [ [ A` ...), and modified keys (`ESC [ 1 ; 5 A`).
public enum EscapeSequence {
    static let table: [String: Key] = [
        "A": .up, "B": .down, "C": .right, "D": .left, "H": .home, "F": .end,
        "P": .function(1), "Q": .function(2), "R": .function(3), "S": .function(4),
        "1~": .home, "7~": .home, "4~": .end, "8~": .end, "5~": .pageUp, "6~": .pageDown, "3~": .delete,
        "11~": .function(1), "12~": .function(2), "13~": .function(3), "14~": .function(4),
        "15~": .function(5), "17~": .function(6), "18~": .function(7), "19~": .function(8),
        "20~": .function(9), "21~": .function(10), "23~": .function(11), "24~": .function(12),
        "[A": .function(1), "[B": .function(2), "[C": .function(3), "[D": .function(4), "[E": .function(5),
        "Z": .backTab,
    ]

    /// The key for what followed `ESC [` (or `ESC O`): `body` is `11~`, `A`, `1;5A`, `[A`, ...
    /// Nil for a sequence that names no key the interface uses (it is then ignored, never read
    /// as Esc followed by letters).
    public static func key(body: String) -> Key? {
        if let key = table[body] { return key }
        // Modified keys: `1;5A` (Ctrl-Up) keeps the final letter's meaning, `15;2~` its number.
        if let separator = body.firstIndex(of: ";"), let last = body.last {
            if last == "~" { return table[String(body[..<separator]) + "~"] }
            return table[String(last)]
        }
        return nil
    }

    /// What the backend can read, without waiting, after an ESC.
    public enum Pending: Hashable, Sendable {
        /// A character the terminal library did not decode.
        case character(UInt32)
        /// A key the terminal library already decoded (its own code, opaque here): never part
        /// of a sequence that follows ESC, always a key of its own.
        case decoded(Int32)
    }

    /// Decodes what follows an ESC. `read` returns what is already waiting (nil when nothing
    /// is); `unread` gives back the one item that is not part of the sequence, so that a key
    /// typed right after Esc is read next instead of being lost.
    ///
    /// - ESC alone, or followed by anything but `[` or `O` (another ESC, a letter for Alt,
    ///   a key the library decoded): Esc, and that item is given back.
    /// - ESC `[` or ESC `O` and a body: the body's key, or nil for a sequence naming no key the
    ///   interface uses. Reading stops at the final byte; an item that cannot be part of a
    ///   sequence (a decoded key, a control, a non-ASCII character) ends it and is given back.
    public static func afterEscape(read: () -> Pending?, unread: (Pending) -> Void) -> Key? {
        guard let next = read() else { return .escape }
        guard next == .character(0x5B) || next == .character(0x4F) else {
            unread(next)
            return .escape
        }
        var body = ""
        var count = 0
        while count < 16, let item = read() {
            guard case .character(let byte) = item, (0x20...0x7E).contains(byte), let scalar = Unicode.Scalar(byte)
            else {
                unread(item)
                break
            }
            count += 1
            body.unicodeScalars.append(scalar)
            if isFinal(byte, bodySoFar: body) { break }
        }
        return key(body: body)
    }

    /// True when `byte` ends a sequence body (a CSI final byte); the Linux console's `[[A`
    /// starts with `[`, which does not end it.
    public static func isFinal(_ byte: UInt32, bodySoFar: String) -> Bool {
        (0x40...0x7E).contains(byte) && !(bodySoFar == "[")
    }
}
