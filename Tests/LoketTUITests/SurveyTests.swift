import Foundation
import LoketCore
import Testing

@testable import LoketTUI

/// The SKM after a hand-over: nine answers with 1-4, Backspace, Enter saves once, Esc skips.
@Suite("SKM at hand-over")
struct SurveyTests {
    /// A request finished (selesai) on screen, a petugas at the counter.
    static func finished() -> (Program, FakeCounter) {
        var (program, fake) = Fixture.counter()
        fake.seed(1, status: .selesai)
        program.send(.function(4), .enter)
        return (program, fake)
    }

    static func scores(_ program: Program) -> [Int]? {
        if case .request(let screen) = program.state.top, case .survey(let scores) = screen.dialog { return scores }
        return nil
    }

    /// Status → diserahkan.
    static func handOver(_ program: inout Program) {
        program.send(.char("s"), .enter)
    }

    @Test("The hand-over offers the survey: nine elements, what 1-4 mean, all in view at 80x24")
    func offered() {
        var (program, fake) = Self.finished()
        Self.handOver(&program)
        #expect(fake.requests[0].status == .diserahkan)
        #expect(Self.scores(program) == [])
        let text = program.text
        #expect(text.contains("Survei kepuasan masyarakat (SKM)"))
        #expect(text.contains("1 = tidak baik   2 = kurang baik   3 = baik   4 = sangat baik"))
        for element in SKMElement.allCases { #expect(text.contains("\(element.rawValue). \(element.name)")) }
        #expect(text.contains("> 1. Persyaratan"))
        #expect(text.contains("Tersimpan: diserahkan."))
        #expect(!text.contains("Pemohon 1 —"))
        #expect(program.text.split(separator: "\n").last?.contains("1-4 Nilai") == true)
    }

    @Test("Other status changes do not offer it")
    func notOtherwise() {
        var (program, fake) = Fixture.counter()
        fake.seed(1)
        program.send(.function(4), .enter, .char("s"), .enter)  // diterima → diproses
        #expect(fake.requests[0].status == .diproses)
        #expect(Self.scores(program) == nil)
        program.send(.char("s"), .enter)  // → selesai
        #expect(Self.scores(program) == nil)
    }

    @Test("1-4 answer and move on; Backspace goes back one; a tenth key is ignored")
    func keys() {
        var (program, _) = Self.finished()
        Self.handOver(&program)
        program.send(.char("4"), .char("3"))
        #expect(Self.scores(program) == [4, 3])
        #expect(program.text.contains("2. Sistem, mekanisme dan prosedur"))
        #expect(program.text.contains("> 3. Waktu penyelesaian"))
        #expect(
            program.text.split(separator: "\n").contains {
                $0.contains("1. Persyaratan ") && $0.contains(" 4 sangat baik")
            })
        #expect(program.text.split(separator: "\n").contains { $0.contains("2. Sistem") && $0.contains(" 3 baik") })
        program.send(.backspace)
        #expect(Self.scores(program) == [4])
        program.send(.char("5"), .char("0"), .char("x"))
        #expect(Self.scores(program) == [4], "only 1-4 answer")
        program.send(.backspace, .backspace)
        #expect(Self.scores(program) == [])
        for key in "123412341" { program.send(.char(key)) }
        program.send(.char("2"))
        #expect(Self.scores(program) == [1, 2, 3, 4, 1, 2, 3, 4, 1])
        #expect(program.text.contains("Semua terjawab. Enter: simpan."))
    }

    @Test("Enter saves exactly the nine answers once, for the request's service; thanks without the pemohon's name")
    func saves() {
        var (program, fake) = Self.finished()
        Self.handOver(&program)
        for key in "4344" { program.send(.char(key)) }
        program.send(.enter)
        #expect(fake.skm.isEmpty, "not before the ninth")
        #expect(program.text.contains("Masih 5 unsur belum dijawab"))
        for key in "34434" { program.send(.char(key)) }
        program.send(.enter)
        #expect(fake.skm.count == 1)
        #expect(fake.skm.first?.answers.scores == [4, 3, 4, 4, 3, 4, 4, 3, 4])
        #expect(fake.skm.first?.serviceID == fake.requests[0].serviceID)
        #expect(Self.scores(program) == nil)
        let notice = ReportTests.lines(program.text)[22]
        #expect(notice == " Terima kasih, jawaban SKM November 2026 dicatat: Layanan 1.")
        // The answer comes back once; a second response for the same save (a double Enter
        // before the first answer) saves nothing more.
        let asked = fake.asked.filter { if case .recordSKM = $0 { true } else { false } }.count
        #expect(asked == 1)
    }

    @Test("Esc skips at any point: nothing saved, no answers kept")
    func skips() throws {
        for typed in ["", "43", "434434434"] {
            var (program, fake) = Self.finished()
            Self.handOver(&program)
            for key in typed { program.send(.char(key)) }
            program.send(.escape)
            #expect(Self.scores(program) == nil)
            #expect(fake.skm.isEmpty)
            #expect(!fake.asked.contains { if case .recordSKM = $0 { true } else { false } })
            #expect(program.text.contains("Survei dilewati; tidak ada jawaban yang dicatat."))
            let screen = try #require({ if case .request(let screen) = program.state.top { screen } else { nil } }())
            #expect(screen.view?.status == .diserahkan)
        }
    }

    @Test("Saving fails: the answers stay, the error shows, Enter tries again, Esc still skips")
    func failure() {
        var (program, fake) = Self.finished()
        Self.handOver(&program)
        fake.skmFailure = DataError(.failure, "Basis data sibuk.")
        for key in "444444444" { program.send(.char(key)) }
        program.send(.enter)
        #expect(fake.skm.isEmpty)
        #expect(Self.scores(program) == Array(repeating: 4, count: 9))
        #expect(program.text.contains("Jawaban SKM belum tersimpan: Basis data sibuk. Enter mencoba lagi"))
        fake.skmFailure = nil
        program.send(.enter)
        #expect(fake.skm.count == 1)
        #expect(Self.scores(program) == nil)
    }

    @Test("Ctrl-C with answers typed asks first (as a form with input does); without, it quits")
    func ctrlCAsks() {
        var (program, _) = Self.finished()
        Self.handOver(&program)
        var (state, effects) = App.update(program.state, .ctrlC)
        #expect(effects == [.quit], "nothing typed yet")
        program.send(.char("4"), .char("3"))
        (state, effects) = App.update(program.state, .ctrlC)
        #expect(effects.isEmpty && state.confirmsQuit)
        (state, effects) = App.update(state, .char("n"))
        #expect(effects.isEmpty && !state.confirmsQuit)
        if case .request(let screen) = state.top, case .survey(let scores) = screen.dialog {
            #expect(scores == [4, 3], "the answers are still there")
        } else {
            Issue.record("the survey is gone")
        }
    }
}
