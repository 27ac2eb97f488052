import Foundation
import LoketCore
import Testing

@testable import LoketTUI

/// The supervisors' board: opened with F5 or b, grouped by Bagian, live without a key press.
@Suite("Board")
struct BoardTests {
    /// A supervisor's counter with two overdue requests in two Bagian and one due soon.
    static func supervisor(clock: TestClock = TestClock()) -> (Program, FakeCounter) {
        let world = Fixture.small()
        let fake = FakeCounter(cards: world.cards, clock: { clock.now })
        let state = AppState(
            catalog: world.catalog, width: 80, height: 24, operatorName: "kabag", role: .supervisor)
        fake.seed(1, deadline: Fixture.now.addingTimeInterval(-3 * 86_400), unitID: 2, unitName: "Bagian Umum")
        fake.seed(1, deadline: Fixture.now.addingTimeInterval(-86_400 * 7))  // Bagian Uji, most late
        fake.seed(1, deadline: Fixture.now.addingTimeInterval(2 * 3600))  // due today: soon
        fake.seed(1, deadline: Fixture.now.addingTimeInterval(20 * 86_400))  // not on the board
        return (Program(state: state, data: fake, clock: { clock.now }), fake)
    }

    var board: (Program) -> BoardScreen? = { program in
        if case .board(let board) = program.state.top { return board }
        return nil
    }

    @Test("b opens the board: the whole screen at 80x24, Bagian by their most late request")
    func golden() {
        var (program, _) = Self.supervisor()
        let text = program.press(.char("b"))
        let expected = """
             Loket › Papan pengawasan        kabag (supervisor)  Sen 23 Nov 2026 09:05 WITA
             Papan pengawasan: 2 terlambat, 1 segera jatuh tempo           berubah 09:05:00
               Nomor              Keadaan                   Pemohon — layanan
             Bagian Uji (DU) — 1 terlambat, 1 segera
             > DU-2026-000002     terlambat 4 hari kerja    Pemohon 1 — Layanan 1 [made]
               DU-2026-000003     sisa 2 jam kerja          Pemohon 1 — Layanan 1 [made]
             Bagian Umum (DU) — 1 terlambat
               DU-2026-000001     terlambat 8 jam kerja     Pemohon 1 — Layanan 1 [made]
            """
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.trimmingTrailing() }
        let want = expected.split(separator: "\n", omittingEmptySubsequences: false).map { $0.trimmingTrailing() }
        #expect(Array(lines.prefix(8)) == want)
        #expect(lines[8..<22].allSatisfy { $0.isEmpty })
        #expect(lines[23].contains("F5") == false)  // F5 here reloads; the bar offers Esc and Enter
        #expect(lines[23].contains("Enter Buka"))
    }

    @Test("F5 opens it too; a petugas has neither key, and help does not offer the board")
    func roles() {
        var (program, _) = Self.supervisor()
        program.send(.function(5))
        #expect(board(program) != nil)
        var (petugas, _) = Fixture.counter()
        petugas.send(.char("b"))
        petugas.send(.function(5))
        #expect(board(petugas) == nil)
        #expect(!KeyHelp.full(petugas.state).keys.contains { $0.label.contains("papan") })
    }

    @Test("On a request F5 is the board for a supervisor (R re-reads); a petugas's F5 re-reads the request")
    func f5OnARequest() {
        var (program, fake) = Self.supervisor()
        program.send(.function(4), .enter)
        let number = program.state.top.requestNumber
        program.send(.char("R"))
        #expect(fake.asked.last == .request(number: number ?? ""))
        program.send(.function(5))
        #expect(board(program) != nil)
        var (petugas, counter) = Fixture.counter()
        counter.seed(1)
        petugas.send(.function(4), .enter, .function(5))
        #expect(counter.asked.last == .request(number: "DU-2026-000001"))
        #expect(board(petugas) == nil)
    }

    @Test("The cursor moves over requests only; Enter opens the request, Esc comes back")
    func cursorAndOpen() {
        var (program, _) = Self.supervisor()
        program.send(.char("b"))
        #expect(board(program)?.selectedRow?.number == "DU-2026-000002")
        program.send(.down, .down)
        #expect(board(program)?.selectedRow?.number == "DU-2026-000001")  // past the heading
        program.send(.down)
        #expect(board(program)?.selectedRow?.number == "DU-2026-000001")
        program.send(.up)
        #expect(board(program)?.selectedRow?.number == "DU-2026-000003")
        program.send(.enter)
        guard case .request(let screen) = program.state.top else {
            Issue.record("Enter did not open the request")
            return
        }
        #expect(screen.number == "DU-2026-000003")
        program.send(.escape)
        #expect(board(program)?.selectedRow?.number == "DU-2026-000003")
    }

    @Test("Idle: a tick asks only for the change mark, reads nothing and draws the same screen")
    func idleCostsNothing() {
        var (program, fake) = Self.supervisor()
        program.send(.char("b"))
        let before = program.render()
        let asked = fake.asked.count
        program.send(.tick)
        program.send(.tick)
        #expect(fake.asked.count == asked + 2)
        #expect(fake.asked.suffix(2).allSatisfy { $0 == .changeMark })
        #expect(FrameDiff.runs(from: before, to: program.render()).isEmpty)
    }

    @Test("Live: another officer logs an overdue request; the next tick shows it, no key pressed")
    func live() {
        let clock = TestClock()
        var (program, fake) = Self.supervisor(clock: clock)
        program.send(.char("b"))
        clock.now = Fixture.now.addingTimeInterval(1)
        fake.seed(1, deadline: Fixture.now.addingTimeInterval(-30 * 86_400), unitID: 2, unitName: "Bagian Umum")
        program.send(.tick)
        #expect(fake.asked.suffix(2) == [.changeMark, .board])
        let text = program.text
        #expect(text.contains("3 terlambat, 1 segera jatuh tempo"))
        #expect(text.contains("DU-2026-000005"))
        #expect(text.contains("berubah 09:05:01"))
        // Bagian Umum holds the most late request now: it comes first.
        #expect(board(program)?.selectedRow?.number == "DU-2026-000002")  // the selection stays
        #expect(board(program)?.lines.first == .unit(1))
    }

    @Test("A minute without change: the board is read again (a deadline passes without any write)")
    func minuteReread() {
        let clock = TestClock()
        var (program, fake) = Self.supervisor(clock: clock)
        program.send(.char("b"))
        clock.now = Fixture.now.addingTimeInterval(59)
        program.send(.tick)
        #expect(fake.asked.last == .changeMark)
        clock.now = Fixture.now.addingTimeInterval(2.5 * 3600)  // the due-soon one is 30 minutes late
        program.send(.tick)
        #expect(fake.asked.last == .board)
        let text = program.text
        #expect(text.contains("terlambat <1 jam kerja"))
        #expect(text.contains("3 terlambat, 0 segera jatuh tempo"))
    }

    @Test("Hostile names are drawn without their control characters")
    func hostile() {
        var (program, fake) = Self.supervisor()
        fake.requests[0].applicant.name = "Budi\u{1b}[2J\u{7}"
        program.send(.char("b"))
        let text = program.text
        #expect(text.contains("Budi[2J"))
        #expect(!text.contains("\u{1b}"))
    }
}

/// A clock the test moves.
final class TestClock: @unchecked Sendable {
    private let lock = NSLock()
    private var value = Fixture.now
    var now: Date {
        get { lock.withLock { value } }
        set { lock.withLock { value = newValue } }
    }
}

extension Route {
    /// The number of the request screen, if this is one.
    var requestNumber: String? {
        if case .request(let screen) = self { return screen.number }
        return nil
    }
}
