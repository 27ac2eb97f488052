import Foundation
import GRDB
import LoketCore
import LoketImporter
import Testing

@testable import LoketStore

/// What the counter screen needs of the store: the card's own item numbers, documents brought
/// one by one, notes and corrections, changes refused when made meanwhile, keyset pages.
@Suite struct CounterStoreTests {
    /// A service whose Persyaratan the decree numbers 1, 2, 5 (items 3 and 4 were dropped).
    static func world() throws -> RequestWorld {
        let world = try RequestWorld()
        return world
    }

    @Test func missingItemsUseTheCardsOwnNumbers() throws {
        #expect(
            Requirements.numbered(from: "1. KTP\n2. Surat permohonan\n5. Kartu Keluarga").map(\.label) == [
                "1", "2", "5",
            ])
        // Not every item numbered, or a number twice: positions from 1 for all.
        #expect(Requirements.numbered(from: "KTP\n• Surat\n2. Foto").map(\.label) == ["1", "2", "3"])
        #expect(Requirements.numbered(from: "1. KTP\n1. Foto").map(\.label) == ["1", "2"])
        let items = Requirements.numbered(from: "1. KTP\n2. Surat permohonan\n5. Kartu Keluarga")
        #expect(try Store.match(["5"], in: items) == [2], "5 means the card's item 5, the third line")
        #expect(throws: RequestError.unknownItem("3", items: items)) { try Store.match(["3"], in: items) }
        #expect(try Store.match(["5."], in: items) == [2])
    }

    @Test func noDoubledSeparatorsFromItemText() throws {
        #expect(Requirements.listText("Proposal Hibah;") == "Proposal Hibah")
        let world = try RequestWorld()
        let request = try world.log("Legalisasi", missing: ["1", "2"])
        let detail = try world.store.request(number: request.number, for: world.petugas)
        let note = try #require(detail.history.first?.event.note)
        #expect(!note.contains(";;"))
        #expect(note.contains("berkas kurang: KTP; Surat permohonan"))
    }

    @Test func documentsBroughtOneByOneStartTheClockAtTheLast() throws {
        let world = try RequestWorld()
        let request = try world.log("Legalisasi", missing: ["1", "3"])
        var detail = try world.store.request(number: request.number, for: world.petugas)
        #expect(detail.missingItems.map(\.label) == ["1", "3"])
        let first = try world.store.bringDocuments(
            number: request.number, positions: [0], by: world.petugas, expecting: detail.version,
            at: RequestWorld.at(2026, 3, 3, 10))
        #expect(first.status == .menungguBerkas)
        #expect(first.deadline == nil)
        detail = try world.store.request(number: request.number, for: world.petugas)
        #expect(detail.missingItems.map(\.label) == ["3"])
        #expect(detail.history.last?.event.kind == .catatan)
        #expect(throws: RequestError.itemNotMissing("1")) {
            try world.store.bringDocuments(number: request.number, positions: [0], by: world.petugas)
        }
        let done = try world.store.bringDocuments(
            number: request.number, positions: [2], by: world.petugas, expecting: detail.version,
            at: RequestWorld.at(2026, 3, 4, 10))
        #expect(done.status == .diterima)
        #expect(done.completeAt == RequestWorld.at(2026, 3, 4, 10))
        #expect(done.deadline == RequestWorld.at(2026, 3, 9, 16), "Wed 10:00 + 3 hari kerja = Mon closing")
        let replay = try #require(try world.store.replayedState(requestID: done.id))
        #expect(replay.stored == replay.replayed, "the row still rebuilds from its events")
    }

    @Test func aChangeMadeMeanwhileIsRefusedAndWritesNothing() throws {
        let world = try RequestWorld()
        let request = try world.log("Legalisasi")
        let seen = try world.store.request(number: request.number, for: world.petugas).version
        try world.store.addNote(number: request.number, note: "dari meja lain", by: world.supervisor, expecting: seen)
        let events = try world.count("request_event")
        #expect(throws: RequestError.changedMeanwhile(number: request.number)) {
            try world.store.changeStatus(
                number: request.number, to: .diproses, by: world.petugas, expecting: seen)
        }
        #expect(try world.count("request_event") == events)
        #expect(try world.store.summary(number: request.number)?.status == .diterima)
    }

    @Test func contactCorrectionKeepsTheOldValuesInTheHistory() throws {
        let world = try RequestWorld()
        let request = try world.log("Legalisasi")
        try world.store.correctContact(
            number: request.number, phone: "0813 1111 2222", address: "Jl. Gajah Mada 1", by: world.petugas)
        let detail = try world.store.request(number: request.number, for: world.petugas)
        #expect(detail.applicant.phone == "+6281311112222")
        #expect(detail.history.last?.event.note?.contains("telepon +6281234567890 → +6281311112222") == true)
        #expect(throws: RequestError.nothingChanged) {
            try world.store.correctContact(
                number: request.number, phone: "081311112222", address: "Jl. Gajah Mada 1", by: world.petugas)
        }
        #expect(throws: RequestError.emptyNote) {
            try world.store.addNote(number: request.number, note: "  ", by: world.petugas)
        }
    }

    @Test func pagesAreKeysetAndCoverEveryRowOnce() throws {
        let world = try RequestWorld()
        for n in 0..<25 { _ = try world.log("Legalisasi", at: RequestWorld.at(2026, 3, 2, 9, n)) }
        var seen: [String] = []
        var after: (Date, Int64)?
        repeat {
            let page = try world.store.requestPage(
                RequestPageQuery(after: after, limit: 10), for: world.petugas, at: RequestWorld.at(2026, 3, 2, 12))
            seen += page.rows.map(\.number)
            after = page.hasMore ? page.rows.last.map { ($0.receivedAt, $0.id) } : nil
        } while after != nil
        #expect(seen.count == 25)
        #expect(Set(seen).count == 25)
        #expect(seen.first == "SDDEN-2026-000025", "newest first")
        // By number, by name; a petugas of Hukum never sees Umum's requests.
        let byNumber = try world.store.requestPage(
            RequestPageQuery(text: "sdden-2026-000007"), for: world.petugas, at: RequestWorld.at(2026, 3, 2, 12))
        #expect(byNumber.rows.map(\.number) == ["SDDEN-2026-000007"])
        let byName = try world.store.requestPage(
            RequestPageQuery(text: "wirawan"), for: world.petugas, at: RequestWorld.at(2026, 3, 2, 12))
        #expect(byName.rows.count == 25)
        _ = try world.log("Peminjaman Aula", by: world.admin)
        let all = try world.store.requestPage(RequestPageQuery(limit: 100), for: world.petugas)
        #expect(all.rows.allSatisfy { $0.unitID == world.hukum })
        // Overdue: nearest deadline first.
        let late = try world.store.requestPage(
            RequestPageQuery(focus: .overdue, limit: 100), for: world.petugas, at: RequestWorld.at(2026, 4, 1, 9))
        #expect(late.rows.count == 25)
    }

    @Test func printerCommandsAreOnlyTheSpoolersClients() throws {
        #expect(ReceiptSettings.parse("lp -d loket1") == ["lp", "-d", "loket1"])
        #expect(ReceiptSettings.parse("lpr -P struk") == ["lpr", "-P", "struk"])
        for bad in ["sh -c 'rm -rf ~'", "lp; rm -rf /", "lp $(id)", "/usr/bin/lp -d x", "lp -d `id`", ""] {
            #expect(ReceiptSettings.parse(bad) == nil, "\(bad)")
        }
        let world = try RequestWorld()
        #expect(try world.store.receiptSettings(for: world.petugas) == ReceiptSettings(printer: nil, width: 42))
        let agency = try #require(try world.store.agencies().first?.id)
        try world.store.setReceiptSettings(agencyID: agency, printer: "lp -d loket1", width: 32)
        #expect(
            try world.store.receiptSettings(for: world.petugas)
                == ReceiptSettings(printer: ["lp", "-d", "loket1"], width: 32))
        try world.store.setReceiptSettings(account: "putu", printer: "lpr -P meja2", width: 80)
        #expect(
            try world.store.receiptSettings(for: world.petugas)
                == ReceiptSettings(printer: ["lpr", "-P", "meja2"], width: 80))
        #expect(throws: StoreError.invalidPrinter("sh -c x")) {
            try world.store.setReceiptSettings(agencyID: agency, printer: "sh -c x", width: nil)
        }
    }
}
