import Foundation
import LoketTUI
import Testing

@Suite("Keys and readings")
struct KeyAndTextTests {
    @Test("F-keys from PuTTY, VT100, the Linux console and xterm; modified keys; unknown ones ignored")
    func escapeSequences() {
        #expect(EscapeSequence.key(body: "11~") == .function(1))  // PuTTY default
        #expect(EscapeSequence.key(body: "14~") == .function(4))
        #expect(EscapeSequence.key(body: "P") == .function(1))  // ESC O P
        #expect(EscapeSequence.key(body: "[A") == .function(1))  // Linux console
        #expect(EscapeSequence.key(body: "24~") == .function(12))
        #expect(EscapeSequence.key(body: "1;5A") == .up)
        #expect(EscapeSequence.key(body: "15;2~") == .function(5))
        #expect(EscapeSequence.key(body: "5~") == .pageUp)
        #expect(EscapeSequence.key(body: "4~") == .end)
        #expect(EscapeSequence.key(body: "99~") == nil)
        #expect(EscapeSequence.key(body: "M") == nil)
        #expect(EscapeSequence.isFinal(0x41, bodySoFar: "1;5A"))
        #expect(!EscapeSequence.isFinal(0x5B, bodySoFar: "["))
        #expect(!EscapeSequence.isFinal(0x31, bodySoFar: "1"))
    }

    /// Decodes what follows an ESC from `queue`, returning the key and what is left to read
    /// (given-back items first, as ncurses' push-back does).
    static func afterEscape(_ queue: [EscapeSequence.Pending]) -> (key: Key?, left: [EscapeSequence.Pending]) {
        var queue = queue
        let key = EscapeSequence.afterEscape(
            read: { queue.isEmpty ? nil : queue.removeFirst() },
            unread: { queue.insert($0, at: 0) })
        return (key, queue)
    }

    static func bytes(_ text: String) -> [EscapeSequence.Pending] {
        text.unicodeScalars.map { .character($0.value) }
    }

    @Test("a key arriving right after ESC is kept, not swallowed by the escape decoding")
    func keysAfterEscape() {
        let decodedDown = EscapeSequence.Pending.decoded(258)
        // tmux's `Escape Down`: ESC, then a Down the terminal library already decoded.
        var result = Self.afterEscape([decodedDown])
        #expect(result.key == .escape)
        #expect(result.left == [decodedDown])
        // ESC alone.
        result = Self.afterEscape([])
        #expect(result.key == .escape && result.left.isEmpty)
        // ESC ESC [ B (undecoded Down after Esc): Esc, and the second ESC is read again.
        result = Self.afterEscape(Self.bytes("\u{1B}[B"))
        #expect(result.key == .escape)
        #expect(result.left == Self.bytes("\u{1B}[B"))
        // Alt+j: Esc, then j.
        result = Self.afterEscape(Self.bytes("j"))
        #expect(result.key == .escape && result.left == Self.bytes("j"))
        // A sequence followed at once by more keys: only the sequence is consumed.
        result = Self.afterEscape(Self.bytes("[11~jk"))
        #expect(result.key == .function(1))
        #expect(result.left == Self.bytes("jk"))
        result = Self.afterEscape(Self.bytes("OB") + [decodedDown])
        #expect(result.key == .down && result.left == [decodedDown])
        // A decoded key or a control cuts a sequence short: the key is given back.
        result = Self.afterEscape(Self.bytes("[1") + [decodedDown])
        #expect(result.key == nil && result.left == [decodedDown])
        result = Self.afterEscape(Self.bytes("[1\r"))
        #expect(result.key == nil && result.left == Self.bytes("\r"))
        // Back to back: Esc, Down, Esc, Up, as a stream.
        var stream = Self.bytes("\u{1B}") + [decodedDown] + Self.bytes("\u{1B}[A")
        var keys: [Key?] = []
        while !stream.isEmpty {
            let first = stream.removeFirst()
            switch first {
            case .character(0x1B):
                let (key, left) = Self.afterEscape(stream)
                keys.append(key)
                stream = left
            case .decoded(258): keys.append(.down)
            default: keys.append(nil)
            }
        }
        #expect(keys == [.escape, .down, .up])
    }

    @Test("jangka waktu readings in Indonesian")
    func readings() {
        #expect(TimeLimitText.read("3 (Tiga) hari kerja") == "3 hari kerja")
        #expect(
            TimeLimitText.read("Maksimal 10 (Sepuluh) Hari kerja + 7 (Tujuh) hari kerja")
                == "10 hari kerja, dapat diperpanjang 7 hari kerja")
        let choice = TimeLimitText.read(
            "3 (Tiga) hari kerja jika tanpa koordinasi dengan OPD lain, 7 (Tujuh) hari kerja jika ada koordinasi dengan OPD lain"
        )
        #expect(choice.hasPrefix("pilihan: 3 hari kerja"))
        #expect(choice.contains("7 hari kerja"))
        #expect(
            TimeLimitText.read("Sampai dengan tercapai kesepakatan")
                == "tanpa batas pasti (Sampai dengan tercapai kesepakatan)")
        #expect(TimeLimitText.read(nil) == "tidak tercantum")
        #expect(TimeLimitText.read("  ") == "tidak tercantum")
        #expect(TimeLimitText.short("20 Menit") == "20 menit")
        #expect(TimeLimitText.short(nil) == "—")
        // Tied to an event day (issue 12): no longer read as open.
        #expect(
            TimeLimitText.read("Disesuaikan dengan waktu (H-5)")
                == "sebelum acara (H-5): selesai saat acara dimulai; permohonan paling lambat 5 hari sebelumnya")
        #expect(TimeLimitText.short("Disesuaikan dengan waktu (H-3)") == "H-3 sebelum acara")
    }

    @Test("the clock in the agency's zone, in Indonesian")
    func clock() {
        #expect(
            ClockText.format(Fixture.now, zone: TimeZone(identifier: "Asia/Makassar")!) == "Sen 23 Nov 2026 09:05 WITA")
        #expect(
            ClockText.format(Fixture.now, zone: TimeZone(identifier: "Asia/Jakarta")!) == "Sen 23 Nov 2026 08:05 WIB")
        #expect(
            ClockText.format(Fixture.now, zone: TimeZone(identifier: "Asia/Jayapura")!) == "Sen 23 Nov 2026 10:05 WIT")
    }

    @Test("list cursor: clamped, scrolled into view, kept on resize")
    func cursor() {
        var cursor = ListCursor()
        cursor.move(by: -1, count: 10, visible: 4)
        #expect(cursor == ListCursor(selected: 0, top: 0))
        cursor.move(by: 5, count: 10, visible: 4)
        #expect(cursor == ListCursor(selected: 5, top: 2))
        cursor.select(99, count: 10, visible: 4)
        #expect(cursor == ListCursor(selected: 9, top: 6))
        cursor.fit(count: 10, visible: 20)
        #expect(cursor == ListCursor(selected: 9, top: 0))
        cursor.select(3, count: 0, visible: 4)
        #expect(cursor == ListCursor(selected: 0, top: 0))
    }
}
