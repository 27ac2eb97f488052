import Foundation
import GRDB
import LoketCore
import Testing

@testable import LoketStore

/// A request for a service tied to an event day (jangka waktu `H-5`).
@Suite struct RequestEventDayTests {
    func log(_ world: RequestWorld, event: String?, at: Date) throws -> RequestSummary {
        try world.store.logRequest(
            NewRequest(
                serviceID: try world.serviceID("Keprotokolan"), applicant: ApplicantInput(name: "Made Wirawan"),
                event: event.flatMap(LocalDate.init(iso:))),
            by: world.petugas, at: at)
    }

    @Test func theDeadlineIsTheOpeningOfTheEventDayAndTheEventDayIsKept() throws {
        let world = try RequestWorld()
        // Logged Monday 30 November for Thursday 10 December: in time (H-5 is 5 December).
        let request = try log(world, event: "2026-12-10", at: RequestWorld.at(2026, 11, 30, 9))
        #expect(request.status == .diterima)
        #expect(request.deadline == RequestWorld.at(2026, 12, 10, 8))
        #expect(request.notice == nil)
        let detail = try world.store.request(number: request.number, for: world.petugas)
        #expect(detail.event == LocalDate(iso: "2026-12-10"))
        #expect(detail.eventDaysBefore == 5)
        #expect(detail.eventWarning == nil)
        #expect(detail.timeLimit == nil)
        // The row rebuilt from its events agrees with the cache.
        let states = try #require(try world.store.replayedState(requestID: request.id))
        #expect(states.replayed == states.stored)
    }

    @Test func loggedLaterThanHMinusNIsAcceptedWithAWarning() throws {
        let world = try RequestWorld()
        let request = try log(world, event: "2026-12-10", at: RequestWorld.at(2026, 12, 8, 9))
        #expect(request.deadline == RequestWorld.at(2026, 12, 10, 8))
        #expect(request.notice?.contains("lewat dari H-5 (paling lambat 2026-12-05 untuk acara 2026-12-10)") == true)
        let detail = try world.store.request(number: request.number, for: world.petugas)
        #expect(detail.eventWarning == request.notice)
        #expect(detail.history.first?.event.note?.contains("lewat dari H-5") == true)
    }

    @Test func documentsCompletedLaterKeepTheEventDeadline() throws {
        let world = try RequestWorld()
        let request = try world.store.logRequest(
            NewRequest(
                serviceID: try world.serviceID("Keprotokolan"), applicant: ApplicantInput(name: "Made Wirawan"),
                missing: ["1"], event: LocalDate(iso: "2026-12-10")),
            by: world.petugas, at: RequestWorld.at(2026, 11, 30, 9))
        #expect(request.deadline == nil)
        let complete = try world.store.completeDocuments(
            number: request.number, by: world.petugas, at: RequestWorld.at(2026, 12, 2, 11))
        #expect(complete.deadline == RequestWorld.at(2026, 12, 10, 8))
    }

    @Test func withoutAnEventDayOrWithAPassedOneNothingIsWritten() throws {
        let world = try RequestWorld()
        let before = try world.count("request")
        #expect(throws: RequestError.rule(.eventRequired(daysBefore: 5))) {
            try log(world, event: nil, at: RequestWorld.at(2026, 11, 30, 9))
        }
        #expect(throws: RequestError.rule(.eventPassed(LocalDate(iso: "2026-11-27")!))) {
            try log(world, event: "2026-11-27", at: RequestWorld.at(2026, 11, 30, 9))
        }
        #expect(throws: RequestError.rule(.eventNotApplicable)) {
            try world.store.logRequest(
                NewRequest(
                    serviceID: try world.serviceID("Legalisasi"), applicant: ApplicantInput(name: "Made"),
                    event: LocalDate(iso: "2026-12-10")),
                by: world.petugas, at: RequestWorld.at(2026, 11, 30, 9))
        }
        #expect(try world.count("request") == before)
        #expect(RequestError.rule(.eventRequired(daysBefore: 5)).isUsage)
    }
}
