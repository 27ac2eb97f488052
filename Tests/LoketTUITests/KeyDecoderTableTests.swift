import LoketTUI
import Testing

/// Every escape sequence the decoder knows, and the keys untested elsewhere.
@Suite("Key decoder table")
struct KeyDecoderTableTests {
    /// The keys a stream of terminal input decodes to, read as the backend reads it: one key at
    /// a time, given-back items first. `258` stands for a key the library decoded (Down).
    static func keys(_ stream: [EscapeSequence.Pending]) -> [Key?] {
        var queue = stream
        var keys: [Key?] = []
        while !queue.isEmpty {
            let first = queue.removeFirst()
            keys.append(
                InputDecoder.key(
                    first, read: { queue.isEmpty ? nil : queue.removeFirst() }, unread: { queue.insert($0, at: 0) },
                    decoded: { $0 == 258 ? .down : nil }))
        }
        return keys
    }

    static func bytes(_ text: String) -> [EscapeSequence.Pending] { text.utf8.map { .character(UInt32($0)) } }
    static func latin1(_ text: String) -> [EscapeSequence.Pending] {
        text.unicodeScalars.map { .character($0.value) }
    }

    @Test(
        "every sequence, as terminals send it",
        arguments: [
            // xterm, normal and application cursor mode (VT100), and tmux.
            ("\u{1B}[A", Key.up), ("\u{1B}[B", .down), ("\u{1B}[C", .right), ("\u{1B}[D", .left),
            ("\u{1B}OA", .up), ("\u{1B}OB", .down), ("\u{1B}OC", .right), ("\u{1B}OD", .left),
            // Home/End: xterm (CSI and SS3), PuTTY and the Linux console (1~ 4~), rxvt (7~ 8~).
            ("\u{1B}[H", .home), ("\u{1B}[F", .end), ("\u{1B}OH", .home), ("\u{1B}OF", .end),
            ("\u{1B}[1~", .home), ("\u{1B}[4~", .end), ("\u{1B}[7~", .home), ("\u{1B}[8~", .end),
            ("\u{1B}[5~", .pageUp), ("\u{1B}[6~", .pageDown), ("\u{1B}[3~", .delete),
            // F1-F4: VT100/xterm SS3, PuTTY's default and xterm-r6 (11~-14~), the Linux console.
            ("\u{1B}OP", .function(1)), ("\u{1B}OQ", .function(2)), ("\u{1B}OR", .function(3)),
            ("\u{1B}OS", .function(4)), ("\u{1B}[11~", .function(1)), ("\u{1B}[12~", .function(2)),
            ("\u{1B}[13~", .function(3)), ("\u{1B}[14~", .function(4)), ("\u{1B}[[A", .function(1)),
            ("\u{1B}[[B", .function(2)), ("\u{1B}[[C", .function(3)), ("\u{1B}[[D", .function(4)),
            ("\u{1B}[[E", .function(5)), ("\u{1B}[P", .function(1)), ("\u{1B}[1;P", .function(1)),
            // F5-F12.
            ("\u{1B}[15~", .function(5)), ("\u{1B}[17~", .function(6)), ("\u{1B}[18~", .function(7)),
            ("\u{1B}[19~", .function(8)), ("\u{1B}[20~", .function(9)), ("\u{1B}[21~", .function(10)),
            ("\u{1B}[23~", .function(11)), ("\u{1B}[24~", .function(12)),
            // Shift-Tab (xterm, PuTTY, tmux, the Linux console).
            ("\u{1B}[Z", .backTab),
            // Modified keys keep the key: Ctrl-Up, Shift-End, Ctrl-PgDn, Shift-F1, Shift-F5.
            ("\u{1B}[1;5A", .up), ("\u{1B}[1;2F", .end), ("\u{1B}[6;5~", .pageDown), ("\u{1B}[1;2P", .function(1)),
            ("\u{1B}[15;2~", .function(5)),
        ])
    func sequence(text: String, key: Key) {
        #expect(Self.keys(Self.bytes(text)) == [key])
        // Followed at once by a letter: the sequence, then the letter.
        #expect(Self.keys(Self.bytes(text + "j")) == [key, .char("j")])
    }

    @Test("sequences naming no key are dropped whole, never read as Esc plus letters")
    func unknownSequences() {
        #expect(Self.keys(Self.bytes("\u{1B}[2~")) == [nil])  // Insert
        #expect(Self.keys(Self.bytes("\u{1B}[99~q")) == [nil, .char("q")])
        #expect(Self.keys(Self.bytes("\u{1B}[M")) == [nil])
        #expect(Self.keys(Self.bytes("\u{1B}")) == [.escape])
        #expect(Self.keys(Self.bytes("\u{1B}\u{1B}[A")) == [.escape, .up])
    }

    @Test("controls: Enter, Backspace, Tab, Ctrl-C, Ctrl-U; Ctrl-S and Ctrl-Q mean nothing")
    func controls() {
        #expect(
            Self.keys(Self.bytes("\r\n\u{7F}\u{08}\t\u{03}\u{15}")) == [
                .enter, .enter, .backspace, .backspace, .tab, .ctrlC, .ctrlU,
            ])
        #expect(Self.keys(Self.bytes("\u{13}\u{11}")) == [nil, nil])
        #expect(Self.keys([.decoded(258), .character(0x6A)]) == [.down, .char("j")])
    }

    @Test("LANG=C: a non-ASCII character typed in a burst keeps the rest of the burst (dé npasar)")
    func nonASCIIBurst() {
        let typed = Self.keys(Self.bytes("dé") + Self.bytes("npasar"))
        #expect(typed == Key.typing("dénpasar"))
        #expect(Self.keys(Self.bytes("dék")) == Key.typing("dék"))
        // Three- and four-byte characters, and a wide one.
        #expect(Self.keys(Self.bytes("€a👍b合")) == Key.typing("€a👍b合"))
        // A terminal sending Latin-1 (0xE9 for é): still é, and nothing after it lost.
        #expect(Self.keys(Self.latin1("dénpasar")) == Key.typing("dénpasar"))
        // A sequence cut short: the lead byte as Latin-1, the byte that cut it read next.
        #expect(Self.keys([.character(0xC3), .character(0x6B)]) == [.char("Ã"), .char("k")])
        #expect(Self.keys([.character(0xE2), .character(0x82)]) == [.char("â")])
        #expect(Self.keys([.character(0xC3), .decoded(258)]) == [.char("Ã"), .down])
        // Overlong forms and surrogates are not characters.
        #expect(Self.keys([.character(0xE0), .character(0x80), .character(0xAF)]).first == .char("à"))
        #expect(Self.keys([.character(0xED), .character(0xA0), .character(0x80)]).first == .char("í"))
        // Typed into the search line, the accent is folded away.
        var program = SeedUI.program()
        program.send(.char("/"))
        program.send(Self.keys(Self.bytes("dé") + Self.bytes("npasar")).compactMap { $0 })
        #expect(program.search?.query == "dénpasar")
        #expect(program.render().line(1).contains("Cari: dénpasar"))
        #expect(program.search?.hits.isEmpty == false)
    }

    @Test("G and g in lists: last and first")
    func lastAndFirstInLists() {
        var program = SeedUI.program()
        program.send(.char("G"))
        let last = SeedUI.catalog.agencies.count - 1
        #expect(program.state.top.listCursor?.selected == last)
        #expect(program.text.contains(" > \(SeedUI.catalog.agencies[last].name)"))
        program.send(.char("g"))
        #expect(program.state.top.listCursor?.selected == 0)
        var long = Fixture.oneUnit(60, named: "Layanan").program
        long.send(.enter)  // its one Bagian
        long.send(.char("G"))
        #expect(long.text.contains(" > Layanan 60"))
        #expect(!long.text.contains("Layanan 1 "), "scrolled: the first rows are out of view")
        long.send(.char("g"))
        #expect(long.text.contains(" > Layanan 1 "))
    }

    @Test("Tab and Shift-Tab in search choose the next and previous result; letters still type")
    func tabInSearch() {
        var program = SeedUI.program()
        program.send([.char("/")] + Key.typing("hibah"))
        #expect(program.search?.cursor.selected == 0)
        program.send(.tab, .tab)
        #expect(program.search?.cursor.selected == 2)
        let chosen = program.search!.hits[2]
        #expect(program.text.contains(" > \(SeedUI.catalog.service(at: chosen.path).name.prefix(20))"))
        program.send(.backTab)
        #expect(program.search?.cursor.selected == 1)
        program.send(.function(1))
        #expect(program.text.contains("↑  Shift-Tab") && program.text.contains("↓  Tab"))
        program.send(.escape)
        #expect(program.search?.query == "hibah", "Tab types nothing")
    }

    @Test("Ctrl-U in search clears the line and the results; typing starts afresh")
    func ctrlUInSearch() {
        var program = SeedUI.program()
        program.send([.char("/")] + Key.typing("hibah"))
        program.send(.down)
        program.send(.ctrlU)
        #expect(program.search?.query == "")
        #expect(program.search?.hits.isEmpty == true)
        #expect(program.search?.cursor.selected == 0)
        let line = program.render().line(1)
        #expect(line.contains("Cari: _") && line.contains("ketik nama layanan atau Bagian"))
        program.type("punia")
        #expect(program.text.contains("Alur Permohonan Pengajuan Punia"))
        #expect(program.search?.query == "punia")
    }
}

extension Route {
    var listCursor: ListCursor? {
        switch self {
        case .agencies(let cursor), .units(_, let cursor), .services(_, _, let cursor): cursor
        default: nil
        }
    }
}
