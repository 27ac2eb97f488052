import Foundation
import LoketCore
import LoketStore
import LoketTUI
import Testing

@testable import LoketTUIStore

/// A request row damaged outside Loket (a date beyond year 9999) reaches the counter's screens as
/// a message naming the request, never as a crash of the program.
@Suite struct DamagedRowTests {
    @Test func theListAndTheRequestSayWhichRowCannotBeRead() throws {
        let world = try StoreCounterDataTests.world()
        let serviceID = try #require(try world.store.findServices(matching: "Legalisasi").first?.id)
        let logged = try world.store.logRequest(
            NewRequest(serviceID: serviceID, applicant: ApplicantInput(name: "Made Wirawan")), by: world.user,
            at: StoreCounterDataTests.now)
        try world.store.writer.write { db in
            try db.execute(
                sql: "UPDATE request SET deadline = '10000-01-01 07:59:59.000' WHERE id = ?", arguments: [logged.id])
        }
        let data = StoreCounterData(
            store: world.store, user: world.user, receiptDirectory: world.directory,
            clock: { StoreCounterDataTests.now })
        guard case .requests(_, .failure(let listFailure)) = data.perform(.requests(RequestQuery())) else {
            Issue.record("the list of a damaged row should fail with a message")
            return
        }
        #expect(listFailure.message.contains("#\(logged.id) tidak dapat dibaca"))
        guard case .request(_, .failure(let requestFailure)) = data.perform(.request(number: logged.number)) else {
            Issue.record("the damaged request should fail with a message")
            return
        }
        #expect(requestFailure.message.contains("#\(logged.id) tidak dapat dibaca"))
    }
}
