import Foundation
import LoketCore
import LoketTUI
import Testing

@Suite("Layout, help, sizes")
struct LayoutTests {
    @Test(
        "below 80x24 only the message and the size; never a crash",
        arguments: [
            (1, 1), (10, 5), (79, 23), (79, 40), (120, 23), (0, 0),
        ])
    func tooSmall(width: Int, height: Int) {
        var program = SeedUI.program(width: width, height: height)
        let screen = program.render()
        #expect(screen.width == width && screen.height == height)
        if width >= 40 && height >= 2 {
            #expect(screen.text.contains("Terminal terlalu kecil (minimal 80x24)"))
            #expect(screen.text.contains("Ukuran sekarang: \(width)x\(height)"))
            #expect(!screen.text.contains("Pilih instansi"))
        }
        // Keys do nothing harmful while too small.
        program.send([.down, .enter, .enter, .enter, .end, .char("/"), .escape, .char("?"), .pageDown])
        _ = program.render()
        #expect(!program.isFinished)
    }

    @Test("80x24 and 200x60 draw every screen; resizing keeps the state", arguments: [(80, 24), (200, 60)])
    func sizes(width: Int, height: Int) {
        var program = SeedUI.program(width: width, height: height)
        program.send(.down, .enter, .enter, .enter)
        var screen = program.render()
        #expect(screen.line(0).contains("Sekretariat Daerah Kabupaten Balangan") || width == 80)
        #expect(screen.text.contains("Kartu:"))
        #expect(screen.line(height - 1).contains("Esc Kembali"))
        program.send(.end)
        program.send(.resize(width: 10, height: 5))
        #expect(program.text.contains("Terminal"))
        program.send(.resize(width: width, height: height))
        screen = program.render()
        #expect(screen.text.contains("Kartu:"))
        let card = program.card!
        #expect(card.scroll == max(0, card.lines.count - program.state.cardRows))
    }

    @Test("resizing the card re-wraps it")
    func resizeRewraps() {
        var program = SeedUI.program(width: 200, height: 60)
        program.send(.down, .enter, .enter, .enter)
        let wide = program.card!.lines.count
        // Text stays readable on a wide terminal: at most 110 columns of content.
        let screen = program.render()
        for row in 2..<(screen.height - 1) {
            let line = screen.line(row)
            let text = line.hasSuffix("│") ? String(line.dropLast()) : line
            #expect(DisplayWidth.of(text.trimmingCharacters(in: .whitespaces)) <= 110)
        }
        program.send(.resize(width: 80, height: 24))
        #expect(program.card!.lines.count > wide)
        #expect(program.card!.layoutWidth == 80)
    }

    @Test(
        "a resize keeps the card's content on screen, not its line number", arguments: ["punia", "kompetisi inovasi"])
    func resizeKeepsContent(_ query: String) {
        var program = SeedUI.program(width: 100, height: 30)
        program.send([.char("/")] + Key.typing(query) + [.enter, .end])
        let headings = { (screen: Screen) in
            (2..<(screen.height - 1)).map(screen.line).filter {
                $0.range(of: #"^  \d+\. "#, options: .regularExpression) != nil
            }
        }
        // At the end: the last component heading stays on screen (the end stays the end).
        guard let last = headings(program.render()).last else {
            Issue.record("no component heading on screen after End")
            return
        }
        let lastStart = String(last.trimmingCharacters(in: .whitespaces).prefix(30))
        #expect(lastStart.hasPrefix("14. "))
        program.send(.resize(width: 80, height: 24))
        #expect(program.render().text.contains(lastStart), "\(lastStart) left the screen after the resize")
        program.send(.resize(width: 100, height: 30))
        #expect(program.render().text.contains(lastStart), "and back")
        // In the middle: the heading at the top of the card stays at the top.
        program.send(.home)
        let lines = program.card!.lines
        guard let four = lines.firstIndex(where: { $0.segments.first?.column == 2 && $0.text.hasPrefix("4. ") }) else {
            Issue.record("no component 4")
            return
        }
        program.send(Array(repeating: .down, count: four))
        let top = program.render().line(2)
        #expect(top.hasPrefix("  4. "))
        program.send(.resize(width: 80, height: 24))
        #expect(program.render().line(2).hasPrefix("  4. "), "component 4 still at the top")
        program.send(.resize(width: 100, height: 30))
        #expect(program.render().line(2).hasPrefix("  4. "))
        program.send(.resize(width: 80, height: 24))
        #expect(program.render().line(2).hasPrefix("  4. "), "and back")
        // From the top, a resize stays at the top.
        program.send(.home, .resize(width: 100, height: 30))
        #expect(program.card?.scroll == 0)
    }

    @Test("help lists the keys of the current screen; Esc, q and ? close it")
    func help() {
        var program = SeedUI.program()
        var text = program.press(.function(1))
        #expect(text.contains("Bantuan: daftar instansi"))
        #expect(text.contains("keluar dari program"))
        #expect(text.contains("cari layanan"))
        text = program.press(.char("q"))
        #expect(!program.isFinished, "q closes help, it does not quit")
        #expect(!text.contains("Bantuan: daftar instansi"))
        program.send(.enter, .enter, .enter)
        text = program.press(.char("?"))
        #expect(text.contains("Bantuan: kartu layanan"))
        #expect(text.contains("satu halaman turun"))
        text = program.press(.escape)
        #expect(!text.contains("Bantuan: kartu layanan"))
        #expect(program.card != nil, "Esc closed the help, not the card")
        program.send(.char("/"))
        text = program.press(.function(1))
        #expect(text.contains("Bantuan: pencarian"))
        text = program.press(.char("?"))
        #expect(text.contains("Cari:"))
    }

    @Test("top bar: a long account and role never cut the clock, at 80 columns")
    func longUserKeepsTheClock() {
        let world = SeedUI.world
        for (account, role) in [("root", Role.admin), ("kepala.bagian.umum", Role.supervisor)] {
            let state = AppState(catalog: world.catalog, width: 80, height: 24, operatorName: account, role: role)
            var program = Program(state: state, cards: { world.cards[$0] }, clock: { Fixture.now })
            var screen = program.render()
            #expect(screen.line(0).contains("Sen 23 Nov 2026 09:05 WITA"), "\(screen.line(0))")
            #expect(screen.line(0).hasPrefix(" Loket"))
            program.send(.enter)  // inside an agency: its code or name still shows
            screen = program.render()
            #expect(screen.line(0).contains("09:05 WITA"), "\(screen.line(0))")
        }
    }

    @Test("top bar: user, role, and the agency's local time; bottom bar: the keys")
    func bars() {
        var program = SeedUI.program()
        var screen = program.render()
        #expect(screen.line(0).contains("made (petugas)"))
        #expect(screen.line(0).contains("Sen 23 Nov 2026 09:05 WITA"))
        #expect(screen.line(23).contains("F1/? Bantuan"))
        #expect(screen.line(23).contains("/ Cari"))
        #expect(screen.line(23).contains("q Keluar"))
        program.send(.enter)
        screen = program.render()
        #expect(!screen.line(23).contains("q Keluar"))
        #expect(screen.line(23).contains("Esc Kembali"))
        #expect(screen.line(23).contains("F1/? Bantuan"))
        // In the search line ? is a letter: only F1 opens help there.
        program.send(.char("/"))
        screen = program.render()
        #expect(screen.line(23).contains("F1 Bantuan"))
        #expect(!screen.line(23).contains("F1/?"))
    }

    @Test("quitting asks first when a form holds typed input")
    func quitHook() {
        let state = Fixture.withUnsavedForm(SeedUI.program().state)
        var (next, effects) = App.update(state, .ctrlC)
        #expect(effects.isEmpty && next.confirmsQuit)
        (next, effects) = App.update(next, .char("n"))
        #expect(effects.isEmpty && !next.confirmsQuit)
        (next, effects) = App.update(next, .ctrlC)
        (next, effects) = App.update(next, .char("y"))
        #expect(effects == [.quit])
    }

    @Test("a long decree label wraps with a hanging indent; every word is shown while scrolling")
    func longLabelsWrap() {
        // About 300 characters of distinct words: the parser folded content into the label.
        let words = (1...40).map { "kata\($0)x" }
        let long = words.joined(separator: " ")
        #expect(long.count >= 300)
        let components = [
            ParsedComponent(number: 1, label: "Persyaratan " + long, text: "KTP", line: 2),
            ParsedComponent(number: 7, label: "Dasar Hukum " + long, text: "Undang-undang", line: 3),
            ParsedComponent(number: 3, label: "Jangka Waktu " + long, text: "3 (Tiga) hari kerja", line: 4),
            ParsedComponent(number: nil, label: "Maklumat " + long, text: "Kami siap melayani", line: 5),
        ]
        let catalog = ParsedCatalog(
            source: "a.txt", agencyName: "Dinas Uji", decree: DecreeInfo(number: nil, date: nil),
            units: [
                ParsedUnit(
                    name: "Bagian Uji", decree: DecreeInfo(number: nil, date: nil),
                    services: [ParsedService(name: "Layanan Uji", line: 1, components: components)])
            ], warnings: [])
        var program = Fixture.program(Fixture.world([catalog]))
        program.send(.enter, .enter)
        #expect(program.card?.card != nil)
        var seen: [String] = []
        for _ in 0..<(program.card?.lines.count ?? 0) {
            let screen = program.render()
            for row in 2..<(screen.height - 1) {
                let line = screen.line(row)
                #expect(DisplayWidth.of(line) <= 80)
                seen.append(line)
            }
            program.send(.down)
        }
        let shown = Set(seen.flatMap { $0.split(separator: " ").map(String.init) })
        for heading in ["Persyaratan", "Dasar", "Hukum", "Jangka", "Maklumat"] {
            #expect(shown.contains(heading), "\(heading) not shown")
        }
        let missing = words.filter { !shown.contains($0) }
        #expect(missing.isEmpty, "words of the label never shown: \(missing)")
        // The continuation lines hang under the label's text, past its number.
        let lines = program.card!.lines
        if let first = lines.firstIndex(where: { $0.text.hasPrefix("7. Dasar Hukum") }) {
            let next = lines[first + 1].segments[0]
            #expect(next.column == lines[first].segments[0].column + 3, "hanging indent after \"7. \"")
            #expect(next.text.hasPrefix("kata"))
        } else {
            Issue.record("no line starts with the label of component 7")
        }
    }

    @Test("a card that cannot be loaded says so")
    func missingCard() {
        let world = Fixture.small()
        let state = AppState(catalog: world.catalog, operatorName: "x", role: .petugas)
        var program = Program(state: state, cards: { _ in nil }, clock: { Fixture.now })
        program.send(.enter, .enter, .enter)
        #expect(program.text.contains("Kartu layanan tidak ditemukan"))
    }
}
