import LoketCore
import LoketTUI
import Testing

@Suite("Search")
struct SearchTests {
    /// Names of the hits, best first.
    func names(_ query: String) -> [String] {
        let catalog = SeedUI.catalog
        return ServiceSearchIndex(catalog).search(query).map { catalog.service(at: $0.path).name }
    }

    @Test("punia finds the Dana Punia services")
    func punia() {
        let hits = names("punia")
        #expect(hits.first == "Alur Permohonan Pengajuan Punia")
        #expect(hits.allSatisfy { $0.localizedCaseInsensitiveContains("punia") })
    }

    @Test("hibah bansos, in any order and case")
    func hibahBansos() {
        #expect(names("hibah bansos").first == "Aplikasi Hibah Bansos Online (E-Monalisa)")
        #expect(names("BANSOS hibah").first == "Aplikasi Hibah Bansos Online (E-Monalisa)")
    }

    @Test("lpse akses: the remote-access service whose card goes through LPSE, then names-only matches")
    func lpseAkses() {
        let catalog = SeedUI.catalog
        let hits = ServiceSearchIndex(catalog).search("lpse akses")
        let names = hits.map { catalog.service(at: $0.path).name.lowercased() }
        #expect(names.first == "layanan permohonan remote akses")
        #expect(hits.allSatisfy { $0.isComplete })
        // One word in the name and the other on the card, before both only on the card.
        #expect(names.prefix(2).allSatisfy { $0.contains("akses") || $0.contains("lpse") })
        #expect(names.last == "layanan registrasi dan verifikasi penyedia")
        // Name matches rank above card-text matches: "lpse pelatihan" is a name match alone.
        let full = ServiceSearchIndex(catalog).search("lpse pelatihan")
        #expect(
            full.first.map { catalog.service(at: $0.path).name } == "Layanan Penggunaan Fasilitas dan Pelatihan LPSE")
        #expect(full.first?.score ?? .max < (full.dropFirst().first?.score ?? .max))
        var program = SeedUI.program()
        program.send([.char("/")] + Key.typing("lpse akses"))
        #expect(program.text.contains("Layanan Permohonan Remote Akses"))
        #expect(!program.text.contains("cocok sebagian"))
        // Nothing anywhere: the partial list (every word somewhere, but not in one service).
        let partial = ServiceSearchIndex(catalog).search("punia lpse")
        #expect(!partial.isEmpty && partial.allSatisfy { !$0.isComplete })
    }

    @Test("mc finds Permohonan MC first (whole word, short name)")
    func mc() {
        let hits = names("mc")
        #expect(hits.first == "Permohonan MC")
        #expect(hits.contains("PELAYANAN PEMBAWA ACARA/ MASTER OF CEREMONY (MC)"))
    }

    @Test("accents, punctuation and prefixes")
    func folding() {
        let world = Fixture.small(serviceName: "Pelayanan Café-Kopi, Denpasár")
        let index = ServiceSearchIndex(world.catalog)
        let name = { (q: String) in index.search(q).map { world.catalog.service(at: $0.path).name } }
        #expect(name("cafe kopi").first == "Pelayanan Café-Kopi, Denpasár")
        #expect(name("denpasar café").first == "Pelayanan Café-Kopi, Denpasár")
        #expect(name("CAF").first == "Pelayanan Café-Kopi, Denpasár")
        #expect(name("kopi, cafe!").first == "Pelayanan Café-Kopi, Denpasár")
        #expect(name("xyz").isEmpty)
        #expect(name("").isEmpty)
        #expect(name("  ,, ").isEmpty)
    }

    @Test("name matches rank before Bagian-only matches; prefix at start first; then shorter")
    func ranking() {
        let world = Fixture.small()
        let index = ServiceSearchIndex(world.catalog)
        let name = { (q: String) in index.search(q).map { world.catalog.service(at: $0.path).name } }
        // "hukum": the service named Konsultasi Hukum before nothing else; the Bagian Hukum is its own.
        #expect(name("hukum") == ["Konsultasi Hukum"])
        // "protokol" only matches the Bagian: both services in it, shorter name first.
        #expect(name("protokol") == ["Permohonan MC", "Peminjaman Aula"])
        // "pe": every name starting with pe before names with a later word starting with pe.
        let pe = name("pe")
        #expect(pe.prefix(3).allSatisfy { $0.hasPrefix("Pe") })
        // "bagian protokol permohonan": mixes name and Bagian words.
        #expect(name("protokol permohonan").first == "Permohonan MC")
        // Then a service of the Bagian whose card (not name) mentions a permohonan.
        #expect(name("protokol permohonan").dropFirst() == ["Peminjaman Aula"])
    }

    @Test("/ opens search from any screen, results update per key, Enter opens, Esc restores")
    func searchFlow() {
        var program = SeedUI.program()
        program.send(.down, .down, .enter, .down)  // Klungkung, second Bagian selected
        let before = program.text
        var text = program.press(.char("/"))
        #expect(text.contains("Cari:"))
        text = program.press(.char("p"), .char("u"), .char("n"))
        #expect(text.contains("Alur Permohonan Pengajuan Punia"))
        #expect(text.contains("hasil"))
        text = program.press(.char("q"))  // a letter in the search line, not quit
        #expect(!program.isFinished)
        #expect(text.contains("tidak ada hasil"))
        text = program.press(.backspace)
        #expect(text.contains("Alur Permohonan Pengajuan Punia"))
        text = program.press(.escape)
        #expect(text == before, "Esc restores exactly where we were")

        program.send(.char("/"))
        program.type("punia")
        text = program.press(.enter)
        #expect(program.search == nil)
        #expect(text.contains("Kartu: Alur Permohonan Pengajuan Punia"))
        // The top bar: the agency by code when name and Bagian do not both fit at 80 columns.
        #expect(program.render().line(0).contains("AG5 › Bagian Kesejahteraan Rakyat"))
    }

    @Test("Esc from a card opened from the results goes back to them, query and choice kept")
    func backToResults() {
        var program = SeedUI.program()
        program.send(.down, .down, .enter, .down)  // Klungkung, second Bagian selected
        program.send([.char("/")] + Key.typing("hibah"))
        program.send(.down, .down)
        // Below the top bar (which names where the chosen service is once one was opened).
        let results = program.render().text.split(separator: "\n").dropFirst().joined(separator: "\n")
        #expect(results.contains("Cari: hibah"))
        var text = program.press(.enter)
        #expect(text.contains("Kartu: "))
        #expect(program.render().line(23).contains("Esc"))
        program.send(.char("?"))
        #expect(program.text.contains("ke hasil pencarian"))
        program.send(.escape)
        program.send(.pageDown)  // scrolled on the card: does not matter for the way back
        // Every back key of the card: the same results, the same line chosen.
        for back in [Key.escape, .left, .char("h"), .backspace] {
            text = program.press(back)
            #expect(text.split(separator: "\n").dropFirst().joined(separator: "\n") == results, "\(back)")
            #expect(program.search?.cursor.selected == 2)
            program.send(.enter)
        }
        // Typing goes on from the kept query.
        program.send(.escape)
        text = program.press(.char("x"))
        #expect(text.contains("Cari: hibahx"))
        program.send(.backspace)
        // Esc from the results: the service chosen, in its Bagian's list.
        let chosen = SeedUI.catalog.service(at: program.search!.hits[2].path).name
        text = program.press(.escape)
        #expect(program.search == nil)
        #expect(text.contains(" > \(chosen.prefix(30))"))
        // A card opened from the browser goes back to its list.
        text = program.press(.enter)
        #expect(text.contains("Kartu: "))
        program.send(.escape)
        #expect(program.search == nil)
        #expect(program.card == nil)
    }

    @Test("a resize while the card is open: the results come back fitted to the new size")
    func backToResultsAfterResize() {
        var program = SeedUI.program()
        program.send([.char("/")] + Key.typing("pelayanan"))
        program.send(.end)
        let last = program.search!.cursor.selected
        program.send(.enter)
        program.send(.resize(width: 100, height: 30))
        program.send(.escape)
        #expect(program.search?.cursor.selected == last)
        let screen = program.render()
        #expect(screen.width == 100)
        #expect(screen.text.contains(" > "))
        var same = SeedUI.program(width: 100, height: 30)
        same.send([.char("/")] + Key.typing("pelayanan"))
        same.send(.end)
        let below = { (text: String) in text.split(separator: "\n").dropFirst().joined(separator: "\n") }
        #expect(below(same.text) == below(screen.text))
    }

    @Test("more than 200 results say 200+; Home and End choose the first and last result")
    func cappedResultsAndHomeEnd() {
        var program = Fixture.oneUnit(250, named: "Layanan Surat").program
        program.send([.char("/")] + Key.typing("surat"))
        var text = program.text
        #expect(text.contains("200+ hasil"), "\(program.render().line(1))")
        program.send(.end)
        #expect(program.search?.cursor.selected == (program.search?.hits.count ?? 0) - 1)
        text = program.text
        #expect(text.contains("200/200") || text.contains(" > Layanan Surat 200"))
        program.send(.home)
        #expect(program.search?.cursor.selected == 0)
        #expect(program.search?.query == "surat", "Home and End do not type anything")
        // Fewer results: the plain count.
        program.send(.ctrlU)
        program.type("surat 249")
        #expect(program.render().line(1).contains("1 hasil"))
    }

    @Test("search from the card, arrows choose a result")
    func searchFromCard() {
        var program = SeedUI.program()
        program.send(.enter, .enter, .enter)
        #expect(program.card != nil)
        program.send(.char("/"))
        program.type("mc")
        program.send(.down)
        let second = program.search!.hits[1]
        program.send(.enter)
        #expect(program.card?.serviceID == SeedUI.catalog.service(at: second.path).id)
    }
}

extension Program {
    var search: SearchState? { state.search }
}
