import Foundation
import GRDB
import LoketCore
import Testing
@testable import LoketStore

/// What a hostile user or a damaged file does to the store: rows that cannot be decoded,
/// reads outside one's units, look-alike names, refusals of unknown accounts.
@Suite struct HardeningStoreTests {
    /// A request whose deadline was written as year 10000 (by hand, or by an older program):
    /// listings show the others and name it; reading it alone is an error naming it, not a crash.
    @Test func anUndecodableRowIsReportedWithItsID() throws {
        let world = try RequestWorld()
        let good = try world.log("Legalisasi")
        let bad = try world.log("Legalisasi")
        try world.store.writer.write { db in
            try db.execute(
                sql:
                    "UPDATE request SET deadline = '10000-01-01 07:59:59.000', received_at = '10000-01-01 00:00:00.000' WHERE id = ?",
                arguments: [bad.id])
        }
        let listing = try world.store.requests(RequestFilter(), for: world.admin)
        #expect(listing.map(\.number) == [good.number])
        #expect(listing.unreadable.map(\.id) == [bad.id])
        #expect(listing.unreadable.first?.description.contains("#\(bad.id)") == true)

        let error = #expect(throws: StoreError.self) { try world.store.request(number: bad.number, for: world.admin) }
        #expect(error == .unreadableRow(UnreadableRow(id: bad.id, column: "received_at")))
        #expect(error?.description.contains("Permohonan #\(bad.id) tidak dapat dibaca") == true)

        let verified = try world.store.verifyHistory(by: world.supervisor)
        #expect(verified.differing.map(\.number) == [bad.number])
        #expect(verified.differing.first?.differences == ["baris permohonan tidak terbaca"])
    }

    @Test func theOverdueBoardSkipsAnUndecodableRow() throws {
        let world = try RequestWorld()
        let late = try world.log("Legalisasi")
        let bad = try world.log("Legalisasi")
        try world.store.writer.write { db in
            try db.execute(sql: "UPDATE request SET finished_at = 'nanti' WHERE id = ?", arguments: [bad.id])
        }
        let board = try world.store.overdue(for: world.supervisor, at: RequestWorld.at(2026, 4, 1, 9))
        #expect(board.map(\.summary.number) == [late.number])
        #expect(board.unreadable == [UnreadableRow(id: bad.id, column: "finished_at")])
    }

    /// A supervisor limited to Bagian Hukum checks only Bagian Hukum's requests.
    @Test func verifyIsScopedToTheUsersUnits() throws {
        let world = try RequestWorld()
        _ = try world.log("Legalisasi")
        let aula = try world.log("Aula", by: world.admin)
        #expect(try world.store.verifyHistory(by: world.supervisor).checked == 1)
        #expect(try world.store.verifyHistory(by: world.admin).checked == 2)
        #expect(throws: AccessError.self) { try world.store.verifyHistory(number: aula.number, by: world.supervisor) }
        #expect(try world.store.refusals().first?.target == aula.number)
    }

    /// A petugas of Bagian Hukum does not find the pemohon of other units (their NIK, phone,
    /// address); an admin and an all-units petugas do.
    @Test func applicantSearchIsScopedToTheUsersUnits() throws {
        let world = try RequestWorld()
        _ = try world.log("Aula", by: world.admin, name: "Ketut Sari", nik: "5171010101010003")
        _ = try world.log("Legalisasi", name: "Made Wirawan", nik: "5171010101010002")
        #expect(try world.store.searchApplicants(nik: "5171010101010003", for: world.petugas).isEmpty)
        #expect(try world.store.searchApplicants(name: "ketut", for: world.petugas).isEmpty)
        #expect(try world.store.searchApplicants(name: "made", for: world.petugas).count == 1)
        #expect(try world.store.searchApplicants(nik: "5171010101010003", for: world.admin).count == 1)
        let everywhere = try world.store.addUser(
            account: "wayan", displayName: nil, role: .petugas, unitIDs: [], by: world.admin)
        #expect(try world.store.searchApplicants(name: "ketut", for: everywhere).count == 1)
        // Nor does a guessed id copy another unit's pemohon (NIK, phone, address) into a request.
        let ketut = try #require(try world.store.searchApplicants(name: "ketut", for: world.admin).first?.id)
        #expect(throws: RequestError.applicantNotFound(ketut)) {
            try world.store.logRequest(
                NewRequest(
                    serviceID: try world.serviceID("Legalisasi"), applicant: ApplicantInput(name: ""),
                    applicantID: ketut),
                by: world.petugas,
                at: RequestWorld.at(2026, 3, 2, 9))
        }
    }

    /// `Made` and `Ma\u{200B}de` (or with a right-to-left mark) are the same pemohon.
    @Test func invisibleMarksAreStrippedFromNames() throws {
        let world = try RequestWorld()
        let plain = try world.log("Legalisasi", name: "Made Wirawan")
        for marked in [
            "Ma\u{200B}de Wirawan", "\u{200F}Made Wirawan\u{200E}", "Made\u{2066} Wirawan\u{2069}",
            "Ma\u{061C}de\u{FEFF} Wirawan",
        ] {
            let again = try world.log("Legalisasi", name: marked)
            #expect(again.applicantName == "Made Wirawan")
            #expect(
                try world.store.request(number: again.number, for: world.petugas).applicantID
                    == world.store.request(number: plain.number, for: world.petugas).applicantID)
        }
        #expect(try world.count("applicant") == 1)
        #expect(Applicant.cleanText("\u{200B}\u{200C}\u{200D}") == nil)
    }

    /// An unknown account asking for LOKET_USER is "belum terdaftar", not a petugas.
    @Test func anUnknownAccountIsNotCalledPetugas() throws {
        let world = try RequestWorld()
        let error = #expect(throws: AccessError.self) {
            try world.store.actingUser(real: "tamu", acting: "admin", simulatedClock: false, at: Date())
        }
        #expect(error?.description.contains("tamu (belum terdaftar)") == true)
        #expect(error?.description.contains("petugas") == false)
        #expect(try world.store.refusals().first?.reason.contains("belum terdaftar") == true)
    }

    /// A process whose account cannot be trusted is refused and the refusal logged.
    @Test func anUntrustedIdentityIsLogged() throws {
        let world = try RequestWorld()
        let error = try world.store.refuseIdentity(label: "uid 4242", problem: "uid 4242 tidak punya akun")
        #expect(error.description.hasPrefix("Ditolak: uid 4242 tidak punya akun"))
        let logged = try #require(try world.store.refusals().first)
        #expect(logged.account == "uid 4242")
        #expect(logged.permission == "akun_tidak_terpercaya")
    }
}
