import LoketCore
import LoketTUI
import Testing

@Suite("Catalog browser")
struct BrowserTests {
    @Test("agencies → Bagian → services → card, over the real seeds")
    func browseToCard() {
        var program = SeedUI.program()
        var text = program.text
        #expect(text.contains("Pilih instansi"))
        #expect(text.contains("Sekretariat Daerah Kota Denpasar"))
        #expect(text.contains("Dinas Komunikasi, Informatika dan Statistik Kota Denpasar"))
        text = program.press(.down, .enter)
        #expect(text.contains("Bagian di Sekretariat Daerah Kabupaten Balangan"))
        #expect(text.contains("Bagian Kesejahteraan Rakyat"))
        text = program.press(.down, .enter)
        #expect(text.contains("Layanan Bagian Kesejahteraan Rakyat"))
        #expect(text.contains("Fasilitasi Pemberian Insentif Guru"))
        text = program.press(.enter)
        #expect(program.card?.card != nil)
        #expect(text.contains("Kartu: Fasilitasi Pemberian Insentif Guru TK/TP Al-Qur'an"))
        #expect(text.contains("Bagian    : Bagian Kesejahteraan Rakyat"))
        #expect(text.contains("1. Persyaratan"))
        // The top bar names the agency and the Bagian.
        #expect(program.render().line(0).contains("Bagian Kesejahteraan Rakyat"))
    }

    @Test("the card lists all 14 components in canonical order, with the decree's labels")
    func cardHasAllComponents() {
        var program = SeedUI.program(width: 80, height: 24)
        program.send([.char("/")] + Key.typing("alur permohonan pengajuan punia") + [.enter])
        guard let lines = program.card?.lines.map(\.text) else {
            Issue.record("no card")
            return
        }
        var last = -1
        for component in Component.allCases {
            let index = lines.firstIndex {
                $0.trimmingCharacters(in: .whitespaces).hasPrefix("\(component.rawValue). ")
            }
            #expect(index != nil, "component \(component.rawValue) missing")
            if let index {
                #expect(index > last, "component \(component.rawValue) out of order")
                last = index
            }
        }
        // Scrolling through the whole card shows every label on screen at some point.
        var seen = Set<String>()
        program.send(.home)
        for _ in 0..<200 {
            seen.formUnion(program.text.split(separator: "\n").map(String.init))
            program.send(.down)
        }
        for component in Component.allCases {
            #expect(seen.contains { $0.contains("\(component.rawValue). ") }, "label \(component.rawValue) never drawn")
        }
    }

    @Test("a component the decree lacks says so; extra rows come after the 14")
    func missingComponentAndExtras() {
        var program = Fixture.program(Fixture.small())
        program.send(.down, .enter, .enter, .enter)  // Setda → Bagian Protokol → Permohonan MC
        let lines = program.card?.lines.map(\.text) ?? []
        let two = lines.firstIndex { $0.contains("2. Sistem, Mekanisme dan Prosedur") }
        #expect(two != nil)
        if let two { #expect(lines[two + 1].contains("(tidak tercantum dalam keputusan)")) }
        #expect(lines.filter { $0.contains("(tidak tercantum dalam keputusan)") }.count == 11)
        // The decree's own label for component 3.
        #expect(lines.contains { $0.contains("3. Waktu Penyelesaian") })
        let extra = lines.firstIndex { $0.contains("Maklumat") }
        let fourteen = lines.firstIndex { $0.contains("14. Evaluasi Kinerja Pelaksana") }
        #expect(extra != nil && fourteen != nil && extra! > fourteen!)
        // Lists are bullets; the decree's own numbering is kept.
        let text = program.text
        #expect(text.contains("• KTP"))
        #expect(text.contains("• Surat permohonan"))
        #expect(text.contains("2. Foto 3x4"))
    }

    @Test("jangka waktu raw and read side by side")
    func timeLimitSideBySide() {
        var program = Fixture.program(Fixture.small())
        program.send(.down, .enter, .enter, .enter)
        let text = program.text
        let row = text.split(separator: "\n").first { $0.contains("3 (Tiga) hari kerja") }
        #expect(row?.contains("3 hari kerja") == true, "raw and read on the same row: \(row ?? "")")
        #expect(text.contains("Tertulis dalam keputusan"))
        #expect(text.contains("Dibaca sebagai"))
    }

    @Test("long text wraps at word boundaries and the card scrolls to its end")
    func wrapAndScroll() {
        var program = Fixture.program(Fixture.small())
        program.send(.down, .enter, .enter, .enter)
        let card = program.card!
        #expect(card.lines.count > 24)
        // Component 14's long text wraps over several lines, each made of whole words.
        let words = Set("Evaluasi dilakukan setiap tahun oleh atasan langsung.".split(separator: " "))
        let wrapped = card.lines.filter {
            $0.segments.first?.column == 6 && $0.text.split(separator: " ").contains { words.contains($0) }
        }
        #expect(wrapped.count > 5, "the long text is wrapped over many lines")
        for line in wrapped {
            #expect(line.text.split(separator: " ").allSatisfy { words.contains($0) }, "a cut word: \(line.text)")
            #expect(DisplayWidth.of(line.text) <= 80 - 6 - 1)
        }
        let screen = program.render()
        for row in 0..<screen.height { #expect(screen.line(row).count <= 80) }
        var text = program.press(.end)
        #expect(text.contains("Kami siap melayani"), "the last row is visible after End")
        #expect(program.card!.scroll == card.lines.count - program.state.cardRows)
        text = program.press(.down)
        #expect(program.card!.scroll == card.lines.count - program.state.cardRows, "no scrolling past the end")
        text = program.press(.home)
        #expect(text.contains("Permohonan MC"))
        #expect(program.card!.scroll == 0)
        program.send(.pageDown)
        #expect(program.card!.scroll == program.state.cardRows - 1)
        program.send(.char(" "))
        #expect(program.card!.scroll == 2 * (program.state.cardRows - 1))
        program.send(.pageUp, .char("k"))
        #expect(program.card!.scroll == program.state.cardRows - 2)
        program.send(.char("j"))
        #expect(program.card!.scroll == program.state.cardRows - 1)
    }

    @Test("Esc goes back and keeps the selection at every level")
    func escapeKeepsSelection() {
        var program = SeedUI.program()
        program.send(.down, .down, .enter)  // Klungkung
        program.send(.down, .down, .enter)  // its third Bagian
        program.send(.down, .enter)  // its second service
        #expect(program.card != nil)
        program.send(.escape)
        guard case .services(_, _, let cursor) = program.state.top else {
            Issue.record("not back on the services")
            return
        }
        #expect(cursor.selected == 1)
        let services = program.text.split(separator: "\n")
        #expect(services.contains { $0.hasPrefix(" > ") })
        program.send(.escape)
        guard case .units(let agency, let units) = program.state.top else {
            Issue.record("not back on the units")
            return
        }
        #expect(agency == 2 && units.selected == 2)
        program.send(.escape)
        guard case .agencies(let agencies) = program.state.top else {
            Issue.record("not back on the agencies")
            return
        }
        #expect(agencies.selected == 2)
        #expect(program.text.contains(" > Sekretariat Daerah Kabupaten Klungkung"))
        // Esc at the top does nothing harmful; q quits there.
        program.send(.escape, .escape)
        #expect(!program.isFinished)
        #expect(program.text.contains("Pilih instansi"))
        program.send(.char("q"))
        #expect(program.isFinished)
    }

    @Test("q quits only from the top level; Ctrl-C quits anywhere")
    func quitting() {
        var program = SeedUI.program()
        program.send(.enter, .char("q"))
        #expect(!program.isFinished)
        program.send(.ctrlC)
        #expect(program.isFinished)
    }

    @Test("while the terminal is too small q does nothing at any depth; Ctrl-C quits")
    func quittingWhileTooSmall() {
        for depth in 0...3 {
            var program = SeedUI.program()
            program.send(Array(repeating: .enter, count: depth))
            program.send(.resize(width: 70, height: 20))
            program.send(.char("q"))
            let quitByQ = program.isFinished
            #expect(!quitByQ, "q quit while too small at depth \(depth)")
            program.send(.resize(width: 80, height: 24))
            #expect(program.state.stack.count == depth + 1, "the screens are kept")
            program.send(.resize(width: 70, height: 20))
            program.send(.ctrlC)
            let quitByCtrlC = program.isFinished
            #expect(quitByCtrlC)
        }
    }

    @Test("while the terminal is too small the unsaved-work question still asks and takes its answer")
    func unsavedWorkWhileTooSmall() {
        var state = Fixture.withUnsavedForm(SeedUI.program().state)
        state.width = 70
        state.height = 20
        var (next, effects) = App.update(state, .char("q"))
        #expect(effects.isEmpty && !next.confirmsQuit, "q does nothing while too small")
        (next, effects) = App.update(next, .ctrlC)
        #expect(effects.isEmpty && next.confirmsQuit, "Ctrl-C asks first")
        var screen = Screen(width: 70, height: 20)
        AppView.draw(next, into: &screen, now: Fixture.now)
        #expect(screen.text.contains("Keluar juga? (y/n)"), "the question is shown under the size message")
        (next, effects) = App.update(next, .char("n"))
        #expect(effects.isEmpty && !next.confirmsQuit, "n cancels")
        (next, effects) = App.update(next, .ctrlC)
        (next, effects) = App.update(next, .char("y"))
        #expect(effects == [.quit], "y quits")
    }

    @Test("a long list scrolls and keeps the selection visible")
    func longListScrolls() {
        var (services, program) = Fixture.oneUnit(50, named: "Layanan Nomor")
        program.send(.enter)  // the Bagian's 50 services
        let rows = program.state.listRows
        #expect(services.count > rows, "the list is longer than the screen")
        var text = program.text
        #expect(text.contains("1/50"))
        #expect(!text.contains("Layanan Nomor 50 "), "the end is not on screen yet")
        text = program.press(.end)
        #expect(text.contains("50/50"))
        #expect(text.contains(" > Layanan Nomor 50"))
        #expect(!text.contains("Layanan Nomor 1 "), "the top scrolled away")
        text = program.press(.pageUp)
        #expect(text.contains("\(50 - rows)/50"))
        #expect(text.contains(" > Layanan Nomor \(50 - rows) "))
        text = program.press(.home)
        #expect(text.contains("1/50") && text.contains(" > Layanan Nomor 1 "))
    }
}

@Suite("Time-limit overrides")
struct OverrideTests {
    @Test("a supervisor's jangka waktu shows in the list and on the card beside the decree's")
    func override() {
        var world = Fixture.small()
        var service = world.catalog.agencies[1].units[0].services[0]
        service = CatalogSnapshot.Service(
            id: service.id, name: service.name, timeLimitRaw: service.timeLimitRaw,
            timeLimitOverride: "5 hari kerja")
        world.catalog.agencies[1].units[0].services[0] = service
        world.cards[service.id]?.timeLimitOverride = CardData.Override(
            text: "5 hari kerja", reason: "menunggu tanda tangan", setBy: "kabag")
        var program = Fixture.program(world)
        var text = program.press(.down, .enter, .enter)
        #expect(text.contains("5 hari kerja (diubah)"))
        text = program.press(.enter)
        #expect(text.contains("3 (Tiga) hari kerja"), "the decree's text stays")
        #expect(text.contains("Berlaku (diubah atasan): 5 hari kerja = 5 hari kerja; alasan: menunggu"))
    }

    @Test("two identical jangka waktu rows: the override is shown once, after the first")
    func overrideOnceWithIdenticalRows() {
        let row = CardData.Row(number: 3, label: "Jangka Waktu", text: "3 (Tiga) hari kerja")
        let card = CardData(
            serviceID: 1, name: "Layanan", unitName: "Bagian", agencyName: "Dinas", timeLimitRaw: row.text,
            rows: [row, row], timeLimitOverride: CardData.Override(text: "5 hari kerja"))
        let lines = CardLayout.lines(card, width: 80).map(\.text)
        #expect(lines.filter { $0.contains("Berlaku (diubah atasan)") }.count == 1)
        let headings = lines.indices.filter { lines[$0].hasPrefix("3. Jangka Waktu") }
        let override = lines.firstIndex { $0.contains("Berlaku (diubah atasan)") }
        #expect(headings.count == 2)
        if headings.count == 2, let override { #expect(override > headings[0] && override < headings[1]) }
    }
}
