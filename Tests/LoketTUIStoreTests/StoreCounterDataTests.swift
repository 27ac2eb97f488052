import Foundation
import LoketCore
import LoketImporter
import LoketPresentation
import LoketStore
import LoketTUI
import Testing

@testable import LoketTUIStore

/// The screens on the real store: what the screen shows is what the database holds.
@Suite struct StoreCounterDataTests {
    static let wita = TimeZone(identifier: "Asia/Makassar")!
    /// Monday 2 March 2026 09:00 WITA.
    static let now = WorkingCalendar.standard(timeZone: wita).instant(
        LocalDate(year: 2026, month: 3, day: 2)!, second: 9 * 3600)

    static func world() throws -> (store: Store, user: User, directory: URL) {
        let store = try Store.inMemory()
        let services = [
            ParsedService(
                name: "Legalisasi Produk Hukum", line: 1,
                components: [
                    ParsedComponent(
                        number: 1, label: "Persyaratan", text: "1. KTP\n2. Surat permohonan\n5. Akta", line: 2),
                    ParsedComponent(number: 3, label: "Jangka Waktu", text: "3 (Tiga) hari kerja", line: 3),
                    ParsedComponent(number: 6, label: "Pengaduan", text: "SP4N-LAPOR!", line: 4),
                ]),
            ParsedService(
                name: "Pembawa Acara", line: 10,
                components: [
                    ParsedComponent(number: 1, label: "Persyaratan", text: "Surat permohonan", line: 11),
                    ParsedComponent(number: 3, label: "Jangka Waktu", text: "Disesuaikan dengan waktu (H-5)", line: 12),
                ]),
        ]
        let decree = DecreeInfo(number: "1/2026", date: "2026-01-02")
        _ = try store.importCatalogs([
            ParsedCatalog(
                source: "a.txt", agencyName: "Sekretariat Daerah Kota Denpasar", decree: decree,
                units: [ParsedUnit(name: "Bagian Hukum", decree: decree, services: services)], warnings: [])
        ])
        let admin = try #require(try store.bootstrapAdmin(account: "admin"))
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("loket-\(UUID().uuidString)")
        return (store, admin, directory)
    }

    static func program(_ world: (store: Store, user: User, directory: URL)) throws -> Program {
        try TUISource.program(
            store: world.store, user: world.user, receiptDirectory: world.directory, clock: { now })
    }

    @Test func aRequestLoggedFromTheKeyboardIsInTheStoreWithTheDeadlineTheScreenShowed() throws {
        let world = try Self.world()
        var program = try Self.program(world)
        program.send([.enter, .enter, .char("n")] + Key.typing("Made Wirawan"))
        program.send(.tab, .tab, .tab, .tab, .tab, .char("a"))
        let form = program.render().text
        #expect(form.contains("Tenggat : 3 hari kerja dari Sen 2 Mar 09:00 → Kam 5 Mar 16:00"))
        #expect(form.contains("[x] 5. Akta"), "the card's own numbers")
        program.send(.function(2))
        let saved = program.render().text
        #expect(saved.contains("SDDEN-2026-000001"))
        let detail = try world.store.request(number: "SDDEN-2026-000001", for: world.user)
        #expect(detail.summary.deadline.map { DateText.long($0, zone: Self.wita) } == "Kamis, 5 Maret 2026 16.00 WITA")
        #expect(saved.contains("Kamis, 5 Maret 2026 16.00 WITA"))
        #expect(detail.applicant.name == "Made Wirawan")
        #expect(detail.missingItems.isEmpty)
        // p without a printer: the slip is saved to a file, named on screen.
        program.send(.char("p"))
        let file = world.directory.appendingPathComponent("SDDEN-2026-000001.txt")
        let slip = try String(contentsOf: file, encoding: .utf8)
        #expect(slip.contains("TANDA TERIMA PERMOHONAN"))
        #expect(slip.contains("Petugas    : admin"))
        #expect(slip.contains("SP4N-LAPOR!"))
        #expect(program.render().text.contains("tanda terima disimpan di"))
    }

    @Test func aMissingDocumentIsBroughtOnTheRequestScreen() throws {
        let world = try Self.world()
        var program = try Self.program(world)
        program.send([.enter, .enter, .char("n")] + Key.typing("Made"))
        program.send(.tab, .tab, .tab, .tab, .tab, .char(" "), .char("j"), .char(" "))  // 1 and 2; 5 missing
        program.send(.function(2), .enter)
        var text = program.render().text
        #expect(text.contains("[ ] 5. Akta — belum dibawa"))
        #expect(text.contains("[x] 2. Surat permohonan"), "\(text)")
        program.send(.char("d"), .char(" "), .enter)
        text = program.render().text
        #expect(text.contains("Tersimpan"), "\(text)")
        let detail = try world.store.request(number: "SDDEN-2026-000001", for: world.user)
        #expect(detail.summary.status == .diterima)
        #expect(detail.summary.completeAt == Self.now)
    }

    @Test func theBoardShowsWhatTheStoreCountsAndFollowsAnotherProgramsWrites() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "loket-board-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("loket.sqlite").path
        let seeded = try Self.world()
        try seeded.store.backup(to: path, by: seeded.user)
        let store = try Store(path: path)
        let admin = try #require(try store.user(account: "admin"))
        let service = try #require(try store.findServices(matching: "Legalisasi").first?.id)
        // Due Thursday 5 March 16:00; seen the next Monday 09:00: late by 1 working day (Friday).
        _ = try store.logRequest(
            NewRequest(serviceID: service, applicant: ApplicantInput(name: "Made Wirawan")), by: admin, at: Self.now)
        let later = Self.now.addingTimeInterval(7 * 86_400)
        var program = try TUISource.program(store: store, user: admin, receiptDirectory: directory, clock: { later })
        program.send(.char("b"))
        var text = program.render().text
        #expect(text.contains("Papan pengawasan: 1 terlambat, 0 segera jatuh tempo"))
        #expect(text.contains("Bagian Hukum (SDDEN) — 1 terlambat"))
        #expect(text.contains("terlambat 1 hari kerja"))
        // Another officer's program logs one due within the working day: the next tick shows it.
        let other = try Store(path: path)
        _ = try other.logRequest(
            NewRequest(serviceID: service, applicant: ApplicantInput(name: "Ketut Sari")), by: admin,
            at: later.addingTimeInterval(-5 * 86_400 + 3600))  // Wed 4 March 10:00: due Mon 9 16:00
        program.send(.tick)
        text = program.render().text
        #expect(text.contains("1 terlambat, 1 segera jatuh tempo"))
        #expect(text.contains("Ketut Sari"))
    }

    @Test func theRequestsListPagesAndFinds() throws {
        let world = try Self.world()
        let service = try #require(try world.store.findServices(matching: "Legalisasi").first?.id)
        for n in 0..<60 {
            _ = try world.store.logRequest(
                NewRequest(serviceID: service, applicant: ApplicantInput(name: "Pemohon \(n)")), by: world.user,
                at: Self.now.addingTimeInterval(Double(n) * 60))
        }
        var program = try Self.program(world)
        program.send(.function(4))
        guard case .requests(let list) = program.state.top else { throw CancellationError() }
        #expect(list.rows.count == 50 && list.hasMore)
        #expect(list.rows.first?.number == "SDDEN-2026-000060")
        program.send(.end)
        guard case .requests(let more) = program.state.top else { throw CancellationError() }
        #expect(more.rows.count == 60 && !more.hasMore)
        program.send([.char("/")] + Key.typing("SDDEN-2026-000042") + [.enter])
        let text = program.render().text
        #expect(text.contains("SDDEN-2026-000042"))
        #expect(!text.contains("SDDEN-2026-000041"))
    }

    @Test func aServiceTiedToAnEventAsksForItsDay() throws {
        let world = try Self.world()
        var program = try Self.program(world)
        program.send([.enter, .down, .enter, .char("n")] + Key.typing("Made"))
        var text = program.render().text
        #expect(text.contains("Tanggal acara"))
        program.send(.tab, .tab, .tab, .tab, .tab, .tab, .char("a"))
        #expect(program.render().text.contains("isi tanggal acara dahulu"))
        program.send(.function(2))
        text = program.render().text
        #expect(text.contains("!Tanggal acara"), "\(text)")
        guard case .form(let form) = program.state.top else { throw CancellationError() }
        #expect(form.focus == .eventDate)
        program.send(Key.typing("10-03-2026"))
        text = program.render().text
        #expect(text.contains("= Selasa, 10 Maret 2026"))
        #expect(text.contains("acara Sel 10 Mar 08:00; masuk paling lambat Kam 5 Mar (H-5)"), "\(text)")
        program.send(.function(2))
        #expect(program.render().text.contains("SDDEN-2026-000001"))
        let detail = try world.store.request(number: "SDDEN-2026-000001", for: world.user)
        #expect(detail.event == LocalDate(year: 2026, month: 3, day: 10))
        program.send(.enter)
        #expect(program.render().text.contains("Acara      : Selasa, 10 Maret 2026"))
    }

    @Test func storeErrorsAreWordedForTheScreen() {
        let rule = StoreCounterData.wording(RequestError.rule(.reasonRequired(.ditolak)))
        #expect(!rule.message.contains("--"))
        let nik = StoreCounterData.wording(RequestError.rule(.invalidApplicant(["NIK harus tepat 16 angka"])))
        #expect(nik.kind == .invalid(field: .nik))
        #expect(StoreCounterData.wording(RequestError.changedMeanwhile(number: "X")).kind == .changedMeanwhile)
    }
}
