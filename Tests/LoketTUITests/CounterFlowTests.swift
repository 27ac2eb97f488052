import Foundation
import LoketCore
import Testing

@testable import LoketTUI

/// The counter's day through the keyboard: the form, the saved screen, the list, one request.
@Suite("Counter: new request")
struct RequestFormTests {
    /// The card of "Permintaan Data" (3 hari kerja; Persyaratan KTP, Surat permohonan, Foto 3x4).
    static func onCard() -> (Program, FakeCounter) {
        var (program, fake) = Fixture.counter()
        program.send(.enter, .enter, .enter)
        return (program, fake)
    }

    var form: (Program) -> RequestForm? = { program in
        if case .form(let form) = program.state.top { return form }
        return nil
    }

    @Test("n on a card opens the form: the whole screen at 80x24")
    func formGolden() {
        var (program, _) = Self.onCard()
        let text = program.press(.char("n"))
        let expected = """
             Dinas Komunikasi › Bidang Statistik made (petugas)  Sen 23 Nov 2026 09:05 WITA
             Permohonan baru: Permintaan Data
              Jangka waktu: 3 (Tiga) hari kerja = 3 hari kerja
              Nama             : _
              NIK              :                    16 angka (boleh kosong)
              Telepon          :
              Alamat/Instansi  :
              Catatan          :

              Persyaratan dibawa (0/3)         Spasi: centang  a: semua
               [ ] 1. KTP
               [ ] 2. Surat permohonan
               [ ] 3. Foto 3x4







             ──────────────────────────────────────────────────────────────────────────────
              Tenggat : menunggu kelengkapan berkas (3 belum dibawa); tenggat dihitung saa…

             F2 Simpan  Tab Pindah  Esc Batal  F1 Bantuan
            """
        #expect(
            text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.trimmingTrailing() }
                == expected.split(separator: "\n", omittingEmptySubsequences: false).map { $0.trimmingTrailing() })
    }

    @Test("n, a name, F2: logged with every item missing; the number and 'menunggu' show")
    func logWaiting() throws {
        var (program, fake) = Self.onCard()
        program.send(.char("n"))
        program.type("Made Wirawan")
        let text = program.press(.function(2))
        let draft = try #require(
            fake.asked.compactMap { if case .log(let draft) = $0 { draft } else { nil } }.first)
        #expect(draft.name == "Made Wirawan")
        #expect(draft.missing == [0, 1, 2])
        #expect(text.contains("DU-2026-000001"))
        #expect(text.contains("Nomor permohonan:"))
        #expect(text.contains("Tenggat   : menunggu kelengkapan berkas"))
        #expect(text.contains("Kurang    : KTP; Surat permohonan; Foto 3x4"))
        #expect(text.contains("p Cetak"))
        #expect(program.press(.char("p")).contains("disimpan di /tmp/DU-2026-000001.txt"))
        #expect(fake.printed == ["DU-2026-000001"])
    }

    @Test("ticking every item shows the deadline live with its reasoning; the saved screen has the same")
    func liveDeadline() {
        var (program, fake) = Self.onCard()
        program.send(.char("n"))
        program.type("Made")
        program.send(.tab, .tab, .tab, .tab, .tab)  // to the checklist
        var text = program.press(.char(" "))
        #expect(text.contains("[x] 1. KTP"))
        #expect(text.contains("(2 belum dibawa)"))
        text = program.press(.char("a"))
        #expect(text.contains("Tenggat : 3 hari kerja dari Sen 23 Nov 09:05 → Kam 26 Nov 16:00"))
        text = program.press(.function(2))
        #expect(text.contains("Kamis, 26 November 2026 16.00 WITA"))
        #expect(
            fake.requests.first?.deadline
                == fake.requests.first?.calendar.instant(
                    LocalDate(year: 2026, month: 11, day: 26)!, second: 16 * 3600))
    }

    @Test("a bad NIK is marked at its field; what was typed stays; nothing is logged")
    func badNIK() {
        var (program, fake) = Self.onCard()
        program.send(.char("n"))
        program.type("Made")
        program.send(.tab)
        program.type("12345")
        let text = program.press(.function(2))
        #expect(!fake.asked.contains { if case .log = $0 { true } else { false } })
        #expect(text.contains(" !NIK              : 12345_"))
        #expect(text.contains("NIK: NIK harus tepat 16 angka (sekarang 5 angka)"))
        #expect(text.contains("Made"))
        #expect(text.contains("12345"))
        guard case .form(let form) = program.state.top else {
            Issue.record("the form closed")
            return
        }
        #expect(form.focus == .nik)
    }

    @Test("Esc asks before throwing typed input away; n keeps it, y leaves")
    func escapeAsks() {
        var (program, _) = Self.onCard()
        program.send(.char("n"))
        program.type("Made")
        var text = program.press(.escape)
        #expect(text.contains("Batalkan permohonan ini? (y/n)"))
        text = program.press(.char("n"))
        #expect(text.contains("Made"))
        program.send(.escape, .char("y"))
        #expect(program.card != nil, "back on the card")
        // Without input Esc leaves at once.
        program.send(.char("n"), .escape)
        #expect(program.card != nil)
    }

    @Test("a known pemohon is offered after the NIK is typed; F3 takes the data")
    func knownApplicant() {
        var (program, fake) = Self.onCard()
        fake.applicants = [KnownApplicant(id: 7, name: "Ni Luh Ayu", nik: "5171010101010001", phone: "+6281234567890")]
        program.send(.char("n"), .tab)
        program.type("5171 0101 0101 0001")
        var text = program.press(.tab)
        #expect(text.contains("Pemohon dikenal: Ni Luh Ayu"))
        #expect(text.contains("F3 Pakai data"))
        text = program.press(.function(3))
        #expect(text.contains("Ni Luh Ayu"))
        #expect(text.contains("+6281234567890"))
        program.send(.function(2))
        let draft = fake.asked.compactMap { if case .log(let draft) = $0 { draft } else { nil } }.first
        #expect(draft?.applicantID == 7)
    }

    @Test("Space is a letter in a text field and a tick in the checklist; ? is a letter in the form")
    func spaceAndQuestionMark() {
        var (program, _) = Self.onCard()
        program.send(.char("n"))
        program.type("Made Wirawan?")
        #expect(!program.state.showsHelp)
        guard case .form(let form) = program.state.top else { return }
        #expect(form.name == "Made Wirawan?")
    }
}

@Suite("Counter: requests list and one request")
struct RequestScreensTests {
    @Test("F4 opens the list: numbers whole, urgency in words")
    func list() {
        var (program, fake) = Fixture.counter()
        fake.seed(2)
        fake.seed(1, deadline: Fixture.now.addingTimeInterval(-86_400 * 3))
        let text = program.press(.function(4))
        #expect(text.contains("Permohonan: Bagian saya, semua"))
        #expect(text.contains("DU-2026-000003"))
        #expect(text.contains("terlambat"))
        #expect(text.contains("sisa"))
    }

    @Test("paging is keyset: moving past the loaded rows asks for the rows after the last one")
    func paging() throws {
        var (program, fake) = Fixture.counter()
        fake.seed(120)
        program.send(.function(4))
        guard case .requests(let first) = program.state.top else { throw Failure() }
        #expect(first.rows.count == 50 && first.hasMore)
        program.send(.end)
        guard case .requests(let second) = program.state.top else { throw Failure() }
        #expect(second.rows.count == 100)
        let pages = fake.asked.compactMap { if case .requests(let q) = $0 { q } else { nil } }
        #expect(pages.last?.after == first.rows.last.map { $0.key(.all) })
        #expect(Set(second.rows.map(\.id)).count == 100, "no row twice")
    }

    @Test("/ finds by name; Enter opens the request")
    func find() {
        var (program, fake) = Fixture.counter()
        fake.seed(12)
        program.send(.function(4), .char("/"))
        program.type("pemohon 11")
        var text = program.press(.enter)
        #expect(text.contains("cari \"pemohon 11\""))
        #expect(text.contains("Pemohon 11"))
        #expect(!text.contains("Pemohon 2 "))
        text = program.press(.enter)
        #expect(text.contains("Permohonan DU-2026-000011"))
        #expect(text.contains("Riwayat"))
    }

    /// A request logged with every item missing, open on its screen.
    static func waiting() -> (Program, FakeCounter) {
        var (program, fake) = RequestFormTests.onCard()
        program.send(.char("n"))
        program.type("Made")
        program.send(.function(2), .enter)
        return (program, fake)
    }

    @Test("documents brought: the clock starts when the last one arrives")
    func bring() {
        var (program, fake) = Self.waiting()
        var text = program.text
        #expect(text.contains("menunggu kelengkapan berkas"))
        text = program.press(.char("d"))
        #expect(text.contains("Berkas dibawa"))
        program.send(.char(" "), .enter)
        #expect(fake.requests[0].status == .menungguBerkas)
        text = program.press(.char("d"), .char(" "), .char("j"), .char(" "))
        #expect(text.contains("Semua lengkap"))
        text = program.press(.enter)
        #expect(fake.requests[0].status == .diterima)
        #expect(text.contains("Tersimpan"))
        #expect(text.contains("berkas lengkap, diterima"))
        #expect(!text.contains("berkas_lengkap"))
        #expect(!text.contains("menunggu_berkas"))
    }

    @Test("rejecting needs a reason, asked in the dialog, not as a flag")
    func rejectNeedsReason() {
        var (program, fake) = Self.waiting()
        program.send(.char("s"), .down)  // diterima, ditolak, dibatalkan: ditolak
        var text = program.press(.enter)
        #expect(text.contains("tulis alasannya"))
        #expect(!text.contains("--reason"))
        #expect(fake.requests[0].status == .menungguBerkas)
        program.type("berkas palsu")
        text = program.press(.enter)
        #expect(fake.requests[0].status == .ditolak)
        #expect(text.contains("alasan: berkas palsu"))
    }

    @Test("two officers on one request: the second gets a message and the fresh state; the dialog keeps its text")
    func conflict() {
        var (program, fake) = Self.waiting()
        program.send(.char("c"))
        program.type("pemohon menelepon")
        fake.changeBehindTheBack("DU-2026-000001", note: "dari putu")
        let text = program.press(.enter)
        #expect(text.contains("baru saja diubah pengguna lain"))
        #expect(text.contains("pemohon menelepon"), "what was typed stays")
        guard case .request(let screen) = program.state.top else { return }
        #expect(screen.view?.history.last?.event.note == "dari putu", "the fresh state was fetched")
        // Enter again saves on the fresh version.
        program.send(.enter)
        #expect(fake.requests[0].history.last?.event.note == "pemohon menelepon")
    }

    @Test("actions follow the role: a petugas cannot extend or reassign, a supervisor can reassign")
    func roles() {
        var (petugas, _) = Self.waiting()
        #expect(!petugas.text.contains("a Alihkan"))
        petugas.send(.char("a"))
        guard case .request(let screen) = petugas.state.top else { return }
        #expect(screen.dialog == nil)
        var (supervisor, fake) = Fixture.counter(role: .supervisor)
        supervisor.send(.enter, .enter, .enter, .char("n"))
        supervisor.type("Made")
        supervisor.send(.function(2), .enter)
        #expect(supervisor.text.contains("a Alihkan"))
        supervisor.send(.char("a"), .down)
        let text = supervisor.press(.enter)
        #expect(fake.requests[0].assignee == "putu")
        #expect(text.contains("dialihkan kepada"))
    }
}

@Suite("Key maps")
struct KeyMapTests {
    /// States covering every screen and dialog.
    static func states() -> [AppState] {
        var states: [AppState] = []
        var (program, fake) = Fixture.counter(role: .supervisor)
        fake.seed(3)
        states.append(program.state)
        program.send(.enter)
        states.append(program.state)
        program.send(.enter)
        states.append(program.state)
        program.send(.enter)
        states.append(program.state)  // card
        program.send(.char("n"))
        program.type("Made")  // a name: the form saves below
        for _ in 0..<7 {
            states.append(program.state)
            program.send(.tab)
        }
        program.send(.function(2))
        states.append(program.state)  // saved
        program.send(.enter)
        states.append(program.state)  // request
        for key in ["d", "s", "c", "K", "a"] {
            program.send(.char(Character(key)))
            states.append(program.state)
            program.send(.escape)
        }
        program.send(.function(4))
        states.append(program.state)
        program.send(.char("/"))
        states.append(program.state)
        program.send(.escape, .char("b"))
        states.append(program.state)  // board
        program.send(.function(6))
        states.append(program.state)  // the monthly report
        fake.seed(1, status: .selesai)
        program.send([.function(4), .char("/")] + Key.typing("DU-2026-000005") + [.enter, .enter, .char("s"), .enter])
        states.append(program.state)  // the SKM dialog after a hand-over
        return states
    }

    @Test("the states reach every screen and dialog, the SKM and the monthly report too")
    func statesCoverEveryScreen() {
        var seen: Set<String> = []
        for state in Self.states() {
            if state.search != nil {
                seen.insert("search")
                continue
            }
            switch state.top {
            case .agencies: seen.insert("agencies")
            case .units: seen.insert("units")
            case .services: seen.insert("services")
            case .card: seen.insert("card")
            case .form: seen.insert("form")
            case .saved: seen.insert("saved")
            case .requests(let list): seen.insert(list.finding == nil ? "requests" : "requests-find")
            case .request(let screen):
                switch screen.dialog {
                case nil: seen.insert("request")
                case .bring: seen.insert("bring")
                case .status: seen.insert("status")
                case .note: seen.insert("note")
                case .contact: seen.insert("contact")
                case .extend: seen.insert("extend")
                case .assign: seen.insert("assign")
                case .survey: seen.insert("survey")
                }
            case .board: seen.insert("board")
            case .report: seen.insert("report")
            }
        }
        let expected: Set<String> = [
            "units", "services", "card", "form", "saved", "request", "bring", "status", "note", "contact", "assign",
            "requests", "requests-find", "board", "report", "survey",
        ]
        #expect(expected.subtracting(seen).isEmpty, "not reached: \(expected.subtracting(seen).sorted())")
    }

    @Test("no key is bound twice on one screen")
    func noDoubleBinding() {
        for state in Self.states() {
            var seen: [Key: String] = [:]
            let map = bindings(state)
            for (keys, help) in map {
                for key in keys {
                    #expect(seen[key] == nil, "\(key) bound to '\(seen[key] ?? "")' and '\(help)'")
                    seen[key] = help
                }
            }
        }
    }

    @Test("the bottom bar shows only keys that help lists, and help lists every binding")
    func barMatchesHelp() {
        for state in Self.states() {
            let keys = App.keys(state)
            let help = keys.help.map(\.label)
            #expect(!keys.bar.isEmpty)
            #expect(help.count == bindings(state).count)
            let lines = KeyHelp.full(state).keys.map(\.label)
            for label in help { #expect(lines.contains(label)) }
        }
    }

    /// Every binding's keys and help text of the state's screen.
    func bindings(_ state: AppState) -> [([Key], String)] {
        if state.search != nil { return SearchScreen.keyMap(state).bindings.map { ($0.keys, $0.help) } }
        switch state.top {
        case .agencies, .units, .services: return BrowserScreen.keyMap(state).bindings.map { ($0.keys, $0.help) }
        case .card: return CardScreen.keyMap(state).bindings.map { ($0.keys, $0.help) }
        case .form(let f): return RequestForm.keyMap(state, f).bindings.map { ($0.keys, $0.help) }
        case .saved: return SavedScreen.keyMap(state).bindings.map { ($0.keys, $0.help) }
        case .requests(let l): return RequestListScreen.keyMap(state, l).bindings.map { ($0.keys, $0.help) }
        case .request(let r): return RequestScreen.keyMap(state, r).bindings.map { ($0.keys, $0.help) }
        case .board: return BoardScreen.keyMap(state).bindings.map { ($0.keys, $0.help) }
        case .report: return ReportScreen.keyMap(state).bindings.map { ($0.keys, $0.help) }
        }
    }
}

struct Failure: Error {}

extension Substring {
    func trimmingTrailing() -> String {
        var s = String(self)
        while s.last == " " { s.removeLast() }
        return s
    }
}
