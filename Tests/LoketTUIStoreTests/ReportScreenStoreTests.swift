import Foundation
import LoketCore
import LoketPresentation
import LoketStore
import LoketTUI
import Testing

@testable import LoketTUIStore

/// The report screen and the SKM dialog on the real store.
@Suite struct ReportScreenStoreTests {
    @Test func theReportScreenShowsTheStoresFiguresAndTheSurveyAnswersLandInTheTally() throws {
        let world = try StoreCounterDataTests.world()
        let store = world.store
        let admin = world.user
        let now = StoreCounterDataTests.now
        let legal = try #require(try store.findServices(matching: "Legalisasi").first?.id)
        let event = try #require(try store.findServices(matching: "Pembawa Acara").first?.id)
        // Two finished (the newest is handed over on screen), one still open.
        let first = try store.logRequest(
            NewRequest(serviceID: legal, applicant: ApplicantInput(name: "Made Wirawan")), by: admin,
            at: now.addingTimeInterval(-86_400 * 0.5))
        _ = try store.changeStatus(number: first.number, to: .selesai, by: admin, at: now.addingTimeInterval(-600))
        let onTime = try store.logRequest(
            NewRequest(serviceID: legal, applicant: ApplicantInput(name: "Ketut Sari")), by: admin,
            at: now.addingTimeInterval(-60))
        _ = try store.changeStatus(number: onTime.number, to: .selesai, by: admin, at: now.addingTimeInterval(-30))
        _ = try store.logRequest(
            NewRequest(
                serviceID: event, applicant: ApplicantInput(name: "Putu"),
                event: LocalDate(year: 2026, month: 3, day: 20)), by: admin, at: now.addingTimeInterval(-120))
        var program = try StoreCounterDataTests.program(world)
        // The hand-over of the second one, with the pemohon's answers.
        program.send(.function(4), .enter)
        program.send(.char("s"), .enter)
        #expect(try store.request(number: onTime.number, for: admin).summary.status == .diserahkan)
        for key in "434434434" { program.send(.char(key)) }
        program.send(.enter)
        #expect(program.render().text.contains("dicatat: Legalisasi Produk Hukum"))
        program.send(.escape, .escape, .function(6))
        let text = program.render().text
        let month = ReportMonth(year: 2026, month: 3)!
        let report = try store.monthlyReport(for: admin, month: month, at: now)
        #expect(report.total.skm.responses == 1)
        #expect(report.total.skm.sums == [4, 3, 4, 4, 3, 4, 4, 3, 4])
        #expect(report.total.received == 3)
        let nameWidth = ReportText.nameWidth(in: 78)
        let unit = try #require(report.units.first)
        #expect(text.contains(ReportText.title(month)))
        #expect(text.contains(" " + ReportText.row(ReportText.unitName(unit), unit.counts, nameWidth: nameWidth)))
        for service in unit.services {
            #expect(
                text.contains(" " + ReportText.row("  " + service.serviceName, service.counts, nameWidth: nameWidth)))
        }
        #expect(text.contains(" " + ReportText.row(ReportText.totalName, report.total, nameWidth: nameWidth)))
        #expect(text.contains(ReportText.onTimeShare(unit.counts)))
        program.send(.char("i"))
        // One form is counted but not shown (SKMTally.minimumShown).
        #expect(report.total.skm.index == nil)
        #expect(program.render().text.contains("Baru 1 responden; nilai ditampilkan mulai 5 responden"))
        // ← reads February from the store: nothing received then.
        program.send(.left)
        #expect(
            program.render().text.contains(
                " Jumlah                     0     0     0      0     0      -        -        -"))
    }
}
