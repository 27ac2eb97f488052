import Foundation
import LoketCore
import LoketPresentation
import Testing

@testable import LoketTUI

/// The monthly report screen (F6): the table of `loket report`, bars, SKM; the month with ←/→.
@Suite("Monthly report screen")
struct ReportTests {
    var report: (Program) -> ReportScreen? = { program in
        if case .report(let screen) = program.state.top { return screen }
        return nil
    }

    static func lines(_ text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.trimmingTrailing() }
    }

    @Test("F6 opens the current month: the whole screen at 80x24, the total pinned above the bar")
    func golden() {
        var (program, fake) = Fixture.counter(role: .supervisor)
        let text = program.press(.function(6))
        #expect(fake.asked.last == .report(month: ReportMonth(year: 2026, month: 11)!))
        let expected = """
             Loket › Laporan bulanan          made (supervisor)  Sen 23 Nov 2026 09:05 WITA
             Laporan bulanan November 2026 (2026-11)                                1-19/26
             Bagian / layanan       Masuk Tepat Telat Proses Lewat %Tepat   Median      IKM
             Bagian Hukum (DU)         24     9     3     12     1   75,0  5,0 jam  86,11 B
               ███████████████░░░░░ 75,0% tepat waktu (9 dari 12 selesai)
               Legalisasi Produk H…    21     8     2     11     1   80,0  5,0 jam  86,11 B
               Salinan Peraturan        3     1     1      1     0   50,0        -        -
             Bagian Umum (DU)           0     0     0      0     0      -        -        -

             Seluruh Bagian:
               ███████████████░░░░░ 75,0% tepat waktu (9 dari 12 selesai)

             Survei Kepuasan Masyarakat (SKM), rata-rata per unsur
               Nilai 1 tidak baik, 2 kurang baik, 3 baik, 4 sangat baik.
               U1 Persyaratan                              3,50
               U2 Sistem, mekanisme dan prosedur           3,00
               U3 Waktu penyelesaian                       3,50
               U4 Biaya/tarif                              4,00
               U5 Produk spesifikasi jenis pelayanan       3,00
               U6 Kompetensi pelaksana                     3,50
               U7 Perilaku pelaksana                       4,00
               U8 Penanganan pengaduan, saran dan masukan  3,00
             Jumlah                    24     9     3     12     1   75,0  6,0 jam  86,11 B
             ↑↓ Gulir  ←→ Bulan  i SKM  Esc Kembali  F1/? Bantuan  / Cari  F4 Permohonan
            """
        #expect(Self.lines(text) == Self.lines(expected))
        // The rows are the CLI's rows: one shared layout.
        let figures = Fixture.report(ReportMonth(year: 2026, month: 11)!)
        let nameWidth = ReportText.nameWidth(in: 78)
        #expect(
            Self.lines(text)[3] == " "
                + ReportText.row("Bagian Hukum (DU)", figures.units[0].counts, nameWidth: nameWidth))
    }

    @Test("Wider: the names are not cut, the SKM and the grade per Bagian in view without scrolling")
    func wide() {
        var (program, _) = Fixture.counter(width: 120, height: 40, role: .supervisor)
        let text = program.press(.function(6))
        #expect(text.contains("  Legalisasi Produk Hukum "))
        #expect(text.contains("IKM 86,11, mutu B (baik), dari 6 responden"))
        #expect(text.contains("Bagian Hukum (DU): IKM 86,11 B, 6 responden"))
        #expect(text.contains("U9 Sarana dan prasarana"))
        #expect(Self.lines(text)[38].hasPrefix(" Jumlah"))
        #expect(!Self.lines(text)[1].contains("/"), "everything fits: no position")
    }

    @Test("A petugas has no F6 and its help does not list the report; supervisors and admins do")
    func roles() {
        var (petugas, fake) = Fixture.counter()
        petugas.send(.function(6))
        #expect(report(petugas) == nil)
        #expect(!fake.asked.contains { if case .report = $0 { true } else { false } })
        #expect(!KeyHelp.full(petugas.state).keys.contains { $0.label.contains("laporan") })
        petugas.send(.function(4), .function(6))
        #expect(report(petugas) == nil, "not from the requests list either")
        for role in [Role.supervisor, .admin] {
            var (program, _) = Fixture.counter(role: role)
            #expect(KeyHelp.full(program.state).keys.contains { $0.keys == "F6" && $0.label.contains("laporan") })
            program.send(.function(6))
            #expect(report(program) != nil)
            program.send(.escape, .function(4), .function(6))
            #expect(report(program) != nil, "from the requests list")
            program.send(.function(5), .function(6))
            #expect(report(program) != nil, "from the board")
            #expect(program.state.stack.filter { if case .report = $0 { true } else { false } }.count == 1)
        }
    }

    @Test("← asks for the previous month, → for the next one, never past the current month")
    func months() {
        var (program, fake) = Fixture.counter(role: .supervisor)
        program.send(.function(6))
        var text = program.press(.left)
        #expect(fake.asked.last == .report(month: ReportMonth(year: 2026, month: 10)!))
        #expect(text.contains("Laporan bulanan Oktober 2026 (2026-10)"))
        #expect(text.contains("Bagian Hukum (DU)         23"), "October's figures")
        program.send(.char("h"))
        #expect(fake.asked.last == .report(month: ReportMonth(year: 2026, month: 9)!))
        program.send(.right, .char("l"))
        #expect(fake.asked.last == .report(month: ReportMonth(year: 2026, month: 11)!))
        let asked = fake.asked.count
        text = program.press(.right)
        #expect(fake.asked.count == asked, "no month after the current one is asked for")
        #expect(report(program)?.month == ReportMonth(year: 2026, month: 11)!)
        #expect(text.contains("Bulan berikutnya belum ada."))
        // Across the year: January goes back to December of the year before.
        for _ in 0..<11 { program.send(.left) }
        #expect(fake.asked.last == .report(month: ReportMonth(year: 2025, month: 12)!))
    }

    @Test("Left open over the month's end, → reaches the new month")
    func monthEnd() {
        let clock = TestClock()
        let world = Fixture.small()
        let fake = FakeCounter(cards: world.cards, clock: { clock.now })
        let state = AppState(catalog: world.catalog, operatorName: "kabag", role: .supervisor)
        var program = Program(state: state, data: fake, clock: { clock.now })
        program.send(.function(6), .right)
        #expect(report(program)?.month == ReportMonth(year: 2026, month: 11)!)
        clock.now = Fixture.now.addingTimeInterval(9 * 86_400)  // Wednesday 2 December
        program.send(.right)
        #expect(fake.asked.last == .report(month: ReportMonth(year: 2026, month: 12)!))
        program.send(.right)
        #expect(report(program)?.month == ReportMonth(year: 2026, month: 12)!)
    }

    @Test("The first supported month has no month before it")
    func firstMonth() throws {
        var (program, fake) = Fixture.counter(role: .supervisor)
        program.send(.function(6))
        var screen = try #require(report(program))
        let first = ReportMonth(year: SupportedDates.years.lowerBound, month: 1)!
        screen.month = first
        var state = program.state
        state.top = .report(screen)
        let (next, effects) = App.update(state, .left)
        #expect(effects.isEmpty)
        let after = try #require({ if case .report(let after) = next.top { after } else { nil } }())
        #expect(after.month == first)
        _ = fake
    }

    @Test("An answer for a month no longer shown is dropped")
    func staleAnswer() throws {
        var (program, _) = Fixture.counter(role: .supervisor)
        program.send(.function(6), .left)
        let november = ReportMonth(year: 2026, month: 11)!
        let (state, _) = App.receive(program.state, .report(month: november, .success(Fixture.report(november))))
        let screen = try #require({ if case .report(let screen) = state.top { screen } else { nil } }())
        #expect(screen.month == ReportMonth(year: 2026, month: 10)!)
        #expect(screen.report?.month == ReportMonth(year: 2026, month: 10)!)
    }

    @Test("Scrolling: ↓ j PgDn End reach the legend, ↑ k PgUp Home the top; i jumps to the SKM and back")
    func scrolling() {
        var (program, _) = Fixture.counter(role: .supervisor)
        program.send(.function(6))
        program.send(.down, .char("j"))
        #expect(report(program)?.scroll == 2)
        program.send(.up, .char("k"), .char("k"))
        #expect(report(program)?.scroll == 0)
        program.send(.pageDown)
        #expect(report(program)?.scroll == 7, "26 lines, 19 in view: 7 at most")
        program.send(.pageUp)
        #expect(report(program)?.scroll == 0)
        var text = program.press(.end)
        #expect(text.contains("kerja dari diterima sampai selesai; IKM: indeks kepuasan (A-D)."))
        #expect(text.contains("IKM 86,11, mutu B (baik), dari 6 responden"))
        #expect(text.contains("8-26/26"))
        program.send(.home)
        #expect(report(program)?.scroll == 0)
        text = program.press(.char("i"))
        #expect(text.contains("U9 Sarana dan prasarana                     3,50"))
        program.send(.char("i"))
        #expect(report(program)?.scroll == 0)
        // The month changes from the top of the table.
        program.send(.end, .left)
        #expect(report(program)?.scroll == 0)
    }

    @Test("A resize keeps the scroll within the lines: taller, everything in view from the top")
    func resize() {
        var (program, _) = Fixture.counter(role: .supervisor)
        program.send(.function(6), .end)
        #expect(report(program)?.scroll == 7)
        program.send(.resize(width: 100, height: 40))
        #expect(report(program)?.scroll == 0)
        #expect(program.text.contains("Bagian Hukum (DU)"))
    }

    @Test("Esc goes back to the screen it was opened from")
    func back() {
        var (program, _) = Fixture.counter(role: .supervisor)
        program.send(.enter)
        let before = program.state.stack.count
        program.send(.function(6), .escape)
        #expect(program.state.stack.count == before)
        #expect(report(program) == nil)
    }

    @Test("Without Unicode the bars are ASCII")
    func ascii() {
        var (program, _) = Fixture.counter(role: .supervisor)
        program.send(.function(6))
        let text = program.render(glyphs: .ascii).text
        #expect(text.contains("  ###############..... 75,0% tepat waktu (9 dari 12 selesai)"))
        // A Bagian that received nothing has no bar: one muted row.
        #expect(!text.contains("belum ada yang selesai"))
        #expect(!text.contains("█"))
    }

    @Test("Names from the data are drawn without their control characters, the columns stay in place")
    func hostile() {
        var (program, fake) = Fixture.counter(role: .supervisor)
        let november = ReportMonth(year: 2026, month: 11)!
        var hostile = Fixture.report(november)
        hostile.units[0].unitName = "Bagian\u{1b}[2J Hukum\u{7}"
        hostile.units[0].services[0].serviceName = "Legal\u{1b}]0;x\u{7}isasi"
        fake.reports[november] = hostile
        let text = program.press(.function(6))
        #expect(!text.contains("\u{1b}"))
        #expect(!text.contains("\u{7}"))
        #expect(Self.lines(text)[3].hasSuffix("24     9     3     12     1   75,0  5,0 jam  86,11 B"))
    }

    @Test("A month without anything: dashes, the SKM says there are no answers yet")
    func empty() {
        var (program, fake) = Fixture.counter(role: .supervisor)
        let november = ReportMonth(year: 2026, month: 11)!
        fake.reports[november] = MonthlyReport(
            month: november,
            units: [
                UnitReport(unitID: 1, unitName: "Bagian Hukum", agencyCode: "DU", counts: ReportFigures(), services: [])
            ],
            total: ReportFigures())
        let text = program.press(.function(6))
        #expect(text.contains("Belum ada jawaban survei bulan ini."))
        #expect(text.contains(" Jumlah                     0     0     0      0     0      -        -        -"))
    }
}

@Suite("Report month: the user's own zone")
struct ReportMonthZoneTests {
    @Test("F6 opens the month of the agency holding the user's units (00:30 WIT is April, 23:30 WITA March)")
    func homeZone() {
        func agency(_ id: Int64, _ zone: String, unit: Int64) -> CatalogSnapshot.Agency {
            CatalogSnapshot.Agency(
                id: id, name: "Instansi \(id)", code: "A\(id)", timeZone: zone,
                units: [CatalogSnapshot.Unit(id: unit, name: "Bagian \(unit)", services: [])])
        }
        let catalog = CatalogSnapshot(agencies: [
            agency(1, "Asia/Makassar", unit: 10), agency(2, "Asia/Jayapura", unit: 20),
        ])
        let now = ISO8601DateFormatter().date(from: "2026-03-31T15:30:00Z")!
        let papua = AppState(catalog: catalog, operatorName: "s", role: .supervisor, homeUnits: [20], now: now)
        #expect(ReportScreen.currentMonth(papua) == ReportMonth(year: 2026, month: 4)!)
        let bali = AppState(catalog: catalog, operatorName: "s", role: .supervisor, homeUnits: [10], now: now)
        #expect(ReportScreen.currentMonth(bali) == ReportMonth(year: 2026, month: 3)!)
        let admin = AppState(catalog: catalog, operatorName: "a", role: .admin, now: now)
        #expect(ReportScreen.currentMonth(admin) == ReportMonth(year: 2026, month: 3)!, "every unit: the first agency")
    }
}
