/// Terminal input → ``Key``, as a pure function of what the backend reads: bytes, and keys the
/// terminal library already decoded from terminfo (``EscapeSequence/Pending``).
///
/// Characters are assembled here from their UTF-8 bytes, whatever the locale: under `LANG=C`
/// the terminal library's own multibyte reading threw away a non-ASCII character and the rest
/// of its burst (`dé` then `npasar` gave `dnpasar`). A byte that does not start or continue a
/// UTF-8 sequence is read as Latin-1 (a terminal set to ISO-8859-1 sends `é` as 0xE9).
public enum InputDecoder {
    /// The key `first` starts. `read` returns what is already waiting (nil when nothing is);
    /// `unread` gives back the one item that is not part of the key; `decoded` maps the
    /// library's own key codes. Nil for input that means nothing to the interface.
    public static func key(
        _ first: EscapeSequence.Pending, read: () -> EscapeSequence.Pending?,
        unread: (EscapeSequence.Pending) -> Void, decoded: (Int32) -> Key?
    ) -> Key? {
        switch first {
        case .decoded(let code):
            return decoded(code)
        case .character(let value):
            switch value {
            case 27: return EscapeSequence.afterEscape(read: read, unread: unread)
            case 13, 10: return .enter
            case 127, 8: return .backspace
            case 9: return .tab
            case 3: return .ctrlC
            case 21: return .ctrlU
            case 0..<32: return nil  // other controls (Ctrl-S/Ctrl-Q are never bound)
            case 0x80...0xFF: return .char(character(lead: UInt8(value), read: read, unread: unread))
            default: return Unicode.Scalar(value).map { .char(Character($0)) }
            }
        }
    }

    /// The character whose UTF-8 encoding starts with `lead` (0x80 or more), its continuation
    /// bytes read from what is waiting. A lead that cannot start a sequence, or a sequence cut
    /// short (the item that broke it is given back), is the lead read as Latin-1.
    static func character(lead: UInt8, read: () -> EscapeSequence.Pending?, unread: (EscapeSequence.Pending) -> Void)
        -> Character
    {
        let latin1 = Character(Unicode.Scalar(lead))
        let (length, initial): (Int, UInt32) =
            switch lead {
            case 0xC2...0xDF: (1, UInt32(lead & 0x1F))
            case 0xE0...0xEF: (2, UInt32(lead & 0x0F))
            case 0xF0...0xF4: (3, UInt32(lead & 0x07))
            default: (0, 0)
            }
        guard length > 0 else { return latin1 }
        var value = initial
        for _ in 0..<length {
            guard let item = read() else { return latin1 }
            guard case .character(let byte) = item, (0x80...0xBF).contains(byte) else {
                unread(item)
                return latin1
            }
            value = value << 6 | (byte & 0x3F)
        }
        // Overlong forms and surrogates are not characters.
        let shortest: UInt32 = length == 1 ? 0x80 : (length == 2 ? 0x800 : 0x10000)
        guard value >= shortest, let scalar = Unicode.Scalar(value) else { return latin1 }
        return Character(scalar)
    }
}
