import LoketTUI
import Testing

@Suite("Screen")
struct ScreenTests {
    @Test("control characters and escape sequences never reach the screen")
    func sanitising() {
        var screen = Screen(width: 40, height: 2)
        screen.put("Layanan \u{1B}[31mMerah\u{07}\u{9B}2J\u{202E}abc\tx\ny", row: 0, column: 0)
        let text = screen.text
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        #expect(!text.unicodeScalars.contains { (0x7F...0x9F).contains($0.value) || $0 == "\u{202E}" })
        #expect(screen.line(0) == "Layanan [31mMerah2Jabc x y")
    }

    @Test("a hostile service name is drawn without control characters in every screen")
    func hostileNameEverywhere() {
        var program = Fixture.program(Fixture.small(serviceName: "Permohonan \u{1B}[31mMC\u{07}\u{1B}]0;judul\u{07}"))
        var frames: [Screen] = []
        program.send(.down, .enter, .enter)
        frames.append(program.render())
        program.send(.enter)
        frames.append(program.render())
        program.send(.char("/"))
        program.type("permohonan")
        frames.append(program.render())
        for frame in frames {
            for cell in frame.cells {
                #expect(!cell.character.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
            }
        }
        #expect(frames[0].text.contains("Permohonan [31mMC]0;judul"))
        let bytes = ANSIFrameWriter.bytes(FrameDiff.runs(from: nil, to: frames[1]))
        // The only ESC bytes are the writer's own CSI sequences.
        var index = 0
        while index < bytes.count {
            if bytes[index] == 0x1B { #expect(bytes[index + 1] == 0x5B) }
            #expect(bytes[index] != 0x07)
            index += 1
        }
    }

    @Test("wide characters take two columns, combining marks none")
    func widths() {
        #expect(DisplayWidth.of("Kantor") == 6)
        #expect(DisplayWidth.of("e\u{301}") == 1)  // e + combining acute
        #expect(DisplayWidth.of("日本") == 4)
        #expect(DisplayWidth.of("👍") == 2)
        var screen = Screen(width: 12, height: 1)
        screen.put("日本X", row: 0, column: 0)
        #expect(screen[0, 0].width == 2 && screen[0, 1].isContinuation && screen[0, 2].width == 2)
        #expect(screen[0, 4].character == "X")
        screen.put("Cafe\u{301}|", row: 0, column: 6)
        #expect(screen[0, 9].character == "e\u{301}")
        #expect(screen[0, 10].character == "|")
        #expect(screen.line(0) == "日本X Café|")
        // A wide character never straddles the edge.
        var narrow = Screen(width: 3, height: 1)
        narrow.put("a日本", row: 0, column: 0)
        #expect(narrow.line(0) == "a日")
        narrow.put("日", row: 0, column: 2)
        #expect(narrow.line(0) == "a日")
    }

    @Test("columns stay aligned after wide and combining characters in a list")
    func alignedColumns() {
        var program = Fixture.program(Fixture.small(serviceName: "Layanan 日本 Pe\u{301}rmohonan"))
        program.send(.down, .enter, .enter)
        let screen = program.render()
        let rowIndex = (0..<screen.height).first { screen.line($0).contains("Layanan 日本") }!
        let other = (0..<screen.height).first { screen.line($0).contains("Peminjaman Aula") }!
        // The jangka waktu column starts at the same column on both rows.
        func columnOf(_ text: String, _ row: Int) -> Int? {
            var column = 0
            var line = ""
            for c in 0..<screen.width {
                let cell = screen[row, c]
                if cell.isContinuation { continue }
                line.append(cell.character)
                if line.hasSuffix(text) { return c - text.count + 1 }
                column += 1
            }
            return nil
        }
        #expect(columnOf("3 hari kerja", rowIndex) != nil)
        #expect(columnOf("3 hari kerja", rowIndex) == columnOf("3 hari kerja", other))
    }

    @Test("ASCII fallback: no box, bullet or accented characters")
    func asciiFallback() {
        var program = Fixture.program(Fixture.small(serviceName: "Permohonan Café"))
        program.send(.down, .enter, .enter, .enter)
        let screen = program.render(glyphs: .ascii)
        #expect(screen.text.unicodeScalars.allSatisfy { $0.isASCII })
        #expect(screen.text.contains("- KTP"))
        #expect(screen.text.contains("Permohonan Cafe"))
        #expect(screen.text.contains("-----"))
        program.send(.char("?"))
        let help = program.render(glyphs: .ascii)
        #expect(help.text.unicodeScalars.allSatisfy { $0.isASCII })
        #expect(help.text.contains("+---"))
        // The Unicode screen draws lines and bullets.
        let unicode = program.render(glyphs: .unicode)
        #expect(unicode.text.contains("┌"))
    }

    @Test("ASCII fallback: invisible clusters draw nothing, wide ones `??` in their two columns")
    func asciiWidths() {
        var screen = Screen(width: 30, height: 1, glyphs: .ascii)
        let text = "\u{301}a\u{200B}b\u{2060}c 日本X Cafe\u{301}|"
        let drawn = screen.put(text, row: 0, column: 0)
        #expect(screen.line(0) == "abc ????X Cafe|")
        #expect(drawn == DisplayWidth.of(text), "as many columns as the layout counted")
        #expect(screen.cells.allSatisfy { $0.character.isASCII && $0.width == 1 })
        // A list column after a CJK name stays aligned in ASCII too.
        var list = Screen(width: 20, height: 2, glyphs: .ascii)
        list.put("日本", row: 0, column: 0)
        list.put("|", row: 0, column: DisplayWidth.of("日本"))
        list.put("ab", row: 1, column: 0)
        list.put("|", row: 1, column: 4)
        #expect(list.line(0) == "????|")
        #expect(list.line(1) == "ab  |")
    }

    @Test("word wrap by display width")
    func wrap() {
        #expect(TextWrap.wrap("satu dua tiga empat", width: 9) == ["satu dua", "tiga", "empat"])
        #expect(TextWrap.wrap("", width: 5) == [""])
        #expect(TextWrap.wrap("abcdefghij", width: 4) == ["abcd", "efgh", "ij"])
        #expect(TextWrap.wrap("日本日本日本", width: 5) == ["日本", "日本", "日本"])
        #expect(TextWrap.wrap("x", width: 0) == ["x"])
    }

    @Test("the frame diff of a cursor move touches two rows only")
    func diffOfCursorMove() {
        var program = SeedUI.program()
        let before = program.render()
        program.send(.down)
        let after = program.render()
        let runs = FrameDiff.runs(from: before, to: after)
        #expect(Set(runs.map(\.row)) == [3, 4])
        let bytes = ANSIFrameWriter.bytes(runs)
        #expect(bytes.count < 400)
        #expect(FrameDiff.runs(from: after, to: after).isEmpty)
        let full = ANSIFrameWriter.bytes(FrameDiff.runs(from: nil, to: after))
        #expect(full.count > bytes.count * 3)
    }

    @Test("the diff redraws a wide character whole and skips its continuation cell")
    func diffWideCharacters() {
        var before = Screen(width: 10, height: 1)
        before.put("ab日c", row: 0, column: 0)
        var after = before
        after.put("本", row: 0, column: 2)
        let runs = FrameDiff.runs(from: before, to: after)
        #expect(runs.count == 1)
        #expect(runs[0].column == 2 && runs[0].text == "本")
        // Overwriting the second half of a wide character blanks its first half.
        after.put("x", row: 0, column: 3)
        #expect(after.line(0) == "ab xc")
        let bytes = String(decoding: ANSIFrameWriter.bytes(FrameDiff.runs(from: before, to: after)), as: UTF8.self)
        #expect(bytes.hasPrefix("\u{1B}[1;3H"))
        #expect(bytes.hasSuffix(" x"))
    }
}
