import LoketCore
import LoketTUI
import Testing

@Suite("Search follows the officer")
struct SearchFollowsOfficerTests {
    let small = Fixture.small()

    func names(_ query: String, home: ServiceSearchIndex.Home = .none, in world: CatalogSnapshot? = nil) -> [String] {
        let catalog = world ?? small.catalog
        return ServiceSearchIndex(catalog).search(query, home: home).map { catalog.service(at: $0.path).name }
    }

    @Test("the user's Bagian first, then its agency, then the other agencies, marked")
    func homeFirst() {
        // Fixture.small: Dinas Komunikasi (id 1: Bidang Statistik, unit 0: Permintaan Data) and
        // the Setda (id 2: Bagian Protokol, unit 100: Permohonan MC, Peminjaman Aula; Bagian
        // Hukum, unit 101: Konsultasi Hukum). "per" starts two names; the two others have a
        // word starting with per only in their cards, so they come after whatever the home.
        #expect(names("per") == ["Permohonan MC", "Permintaan Data", "Peminjaman Aula", "Konsultasi Hukum"])
        let statistik = ServiceSearchIndex.Home(unitIDs: [0])
        #expect(
            names("per", home: statistik) == [
                "Permintaan Data", "Permohonan MC", "Peminjaman Aula", "Konsultasi Hukum",
            ])
        let hukum = ServiceSearchIndex.Home(unitIDs: [101])
        #expect(
            names("per", home: hukum) == ["Permohonan MC", "Permintaan Data", "Konsultasi Hukum", "Peminjaman Aula"])
        let hits = ServiceSearchIndex(small.catalog).search("per", home: hukum)
        #expect(hits.map(\.isElsewhere) == [false, true, false, false])
        // An agency as home: its services before the others.
        #expect(names("per", home: .init(agencyIDs: [1])).first == "Permintaan Data")
        // No home: nothing marked.
        #expect(ServiceSearchIndex(small.catalog).search("per").allSatisfy { !$0.isElsewhere })
    }

    @Test("the results on screen mark the other agencies' services")
    func homeOnScreen() {
        let state = AppState(catalog: small.catalog, operatorName: "made", role: .petugas, homeUnits: [0])
        var program = Program(state: state, cards: { _ in nil }, clock: { Fixture.now })
        program.send([.char("/")] + Key.typing("per"))
        let screen = program.render()
        #expect(screen.line(3).contains("Permintaan Data") && !screen.line(3).contains("lain:"))
        #expect(screen.line(4).contains("Permohonan MC") && screen.line(4).contains("lain: AG2 · Bagian Protokol"))
    }

    @Test("typing mistakes are forgiven, ranked after what was typed right")
    func typos() {
        let seed = SeedUI.catalog
        let rekomendasi = names("rekomendsi", in: seed)
        #expect(!rekomendasi.isEmpty && rekomendasi.allSatisfy { $0.localizedCaseInsensitiveContains("rekomendasi") })
        let hibah = names("hibh", in: seed)
        #expect(hibah.count >= 4)
        #expect(hibah.allSatisfy { $0.localizedCaseInsensitiveContains("hibah") }, "\(hibah)")
        #expect(ServiceSearchIndex(seed).search("hibh").allSatisfy { $0.isCorrected })
        var program = SeedUI.program()
        program.send([.char("/")] + Key.typing("hibh"))
        #expect(program.render().line(1).contains("\(hibah.count) hasil, ejaan mirip"))
        program.send([.backspace] + Key.typing("ah"))
        #expect(program.render().line(1).contains("Cari: hibah"))
        #expect(!program.render().line(1).contains("ejaan mirip"), "hibah: found as typed")
        // Short words must be right: `mc` finds no `mu`, `hib` no typo.
        #expect(ServiceSearchIndex(seed).search("hib").allSatisfy { !$0.isCorrected })
        // A word the catalog has as typed is not corrected: `data` never lists `Dana`.
        let world = Fixture.small(serviceName: "Permohonan Dana")
        let index = ServiceSearchIndex(world.catalog)
        #expect(index.search("data").map { world.catalog.service(at: $0.path).name } == ["Permintaan Data"])
        #expect(index.search("dana").map { world.catalog.service(at: $0.path).name } == ["Permohonan Dana"])
        // Roots are forgiven too: `pinjm` ~ pinjam ~ Peminjaman.
        #expect(names("pinjm") == ["Peminjaman Aula"])
        // With a typo in the query, the corrected ones are listed (hukm → Hukum).
        #expect(names("hukm") == ["Konsultasi Hukum"])
        #expect(names("konsultsi hukum") == ["Konsultasi Hukum"])
    }

    @Test("Indonesian word forms: pinjam finds Peminjaman, izin finds perizinan, layanan finds pelayanan")
    func wordForms() {
        #expect(names("pinjam") == ["Peminjaman Aula"])
        let seed = SeedUI.catalog
        let pinjam = names("pinjam", in: seed)
        #expect(pinjam.prefix(3).allSatisfy { $0.localizedCaseInsensitiveContains("peminjaman") }, "\(pinjam)")
        let izin = ServiceSearchIndex(seed).search("izin")
        #expect(!izin.isEmpty)
        let world = Fixture.small(serviceName: "Rekomendasi Perizinan Reklame")
        #expect(names("izin reklame", in: world.catalog) == ["Rekomendasi Perizinan Reklame"])
    }

    @Test("perda: the cards saying Perda before the PERDATA service; a whole word before a word start")
    func wholeWordFirst() {
        let seed = SeedUI.catalog
        let perda = names("perda", in: seed)
        let perdata = perda.firstIndex { $0.contains("PERDATA") }
        #expect(perdata != nil)
        let peraturanDaerah = perda.firstIndex { $0.localizedCaseInsensitiveContains("Peraturan Daerah") }
        #expect(peraturanDaerah != nil && peraturanDaerah! < perdata!, "\(perda)")
        // In names: Hukum (whole) before Hukumnya-like starts.
        let world = Fixture.small(serviceName: "Permohonan Hukuman")
        #expect(names("hukum", in: world.catalog) == ["Konsultasi Hukum", "Permohonan Hukuman"])
    }
}
