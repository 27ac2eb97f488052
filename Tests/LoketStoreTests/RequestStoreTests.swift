import Foundation
import GRDB
import LoketCore
import Testing
@testable import LoketStore

/// A store with the Setda fixture plus services whose time limits cover every reading, an
/// admin, a supervisor and a petugas of Bagian Hukum.
struct RequestWorld {
    let store: Store
    let admin: User
    let supervisor: User
    let petugas: User
    let hukum: Int64
    let umum: Int64

    static let wita = TimeZone(identifier: "Asia/Makassar")!
    static let calendar = WorkingCalendar.standard(timeZone: wita)
    /// Civil time in WITA.
    static func at(_ y: Int, _ m: Int, _ d: Int, _ h: Int, _ min: Int = 0) -> Date {
        calendar.instant(LocalDate(year: y, month: m, day: d)!, second: h * 3600 + min * 60)
    }

    static func service(_ name: String, line: Int, timeLimit: String) -> ParsedService {
        ParsedService(
            name: name, line: line,
            components: [
                ParsedComponent(
                    number: 1, label: "Persyaratan", text: "1. KTP\n2. Surat permohonan\n3. Kartu Keluarga",
                    line: line + 1),
                ParsedComponent(number: 3, label: "Jangka Waktu", text: timeLimit, line: line + 2),
                ParsedComponent(
                    number: 6, label: "Penanganan Pengaduan", text: "SP4N-LAPOR!, telepon (0361) 123456", line: line + 3
                ),
            ])
    }

    static var catalog: ParsedCatalog {
        Fixture.catalog([
            Fixture.unit(
                "Bagian Hukum",
                [
                    service("Legalisasi Produk Hukum", line: 10, timeLimit: "3 (Tiga) hari kerja"),
                    service(
                        "Fasilitasi Perda", line: 20,
                        timeLimit: "Maksimal 10 (Sepuluh) Hari kerja + 7 (Tujuh) hari kerja"),
                    service(
                        "Konsultasi", line: 30,
                        timeLimit:
                            "3 (Tiga) hari kerja jika tanpa koordinasi dengan OPD lain, 7 (Tujuh) hari kerja jika ada koordinasi dengan OPD lain"
                    ),
                    service("Mediasi", line: 40, timeLimit: "Sampai dengan tercapai kesepakatan"),
                    service("Fasilitasi Keprotokolan", line: 60, timeLimit: "Disesuaikan dengan waktu (H-5)"),
                ]),
            Fixture.unit("Bagian Umum", [service("Peminjaman Aula", line: 50, timeLimit: "1 (satu) Jam")]),
        ])
    }

    init(path: String? = nil) throws {
        store = try path.map(Store.init(path:)) ?? Store.inMemory()
        _ = try store.importCatalogs([Self.catalog])
        admin = try #require(try store.bootstrapAdmin(account: "admin"))
        hukum = try #require(try store.findUnits(matching: "Bagian Hukum").first?.id)
        umum = try #require(try store.findUnits(matching: "Bagian Umum").first?.id)
        supervisor = try store.addUser(
            account: "kabag", displayName: "Kabag Hukum", role: .supervisor, unitIDs: [hukum], by: admin)
        petugas = try store.addUser(account: "putu", displayName: "Putu", role: .petugas, unitIDs: [hukum], by: admin)
    }

    func serviceID(_ name: String) throws -> Int64 {
        let found = try store.findServices(matching: name)
        #expect(found.count == 1)
        return try #require(found.first?.id)
    }

    func log(
        _ service: String, option: Int? = nil, missing: [String] = [], by user: User? = nil,
        at: Date = RequestWorld.at(2026, 3, 2, 9), name: String = "Made Wirawan", nik: String? = nil
    ) throws -> RequestSummary {
        try store.logRequest(
            NewRequest(
                serviceID: try serviceID(service),
                applicant: ApplicantInput(name: name, nik: nik, phone: "081234567890"),
                option: option, missing: missing),
            by: user ?? petugas, at: at)
    }

    func count(_ table: String) throws -> Int {
        try store.reader.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)")! }
    }
}

@Suite struct RequestStoreTests {
    @Test func numbersAreSequentialPerAgencyAndYear() throws {
        let world = try RequestWorld()
        let a = try world.log("Legalisasi")
        let b = try world.log("Legalisasi")
        #expect(a.number == "SDDEN-2026-000001")
        #expect(b.number == "SDDEN-2026-000002")
        // 31 Dec 2026 23:30 WITA is still 2026 there (15:30 UTC); 1 Jan 2027 00:30 WITA is 2027.
        #expect(try world.log("Legalisasi", at: RequestWorld.at(2026, 12, 31, 23, 30)).number == "SDDEN-2026-000003")
        #expect(try world.log("Legalisasi", at: RequestWorld.at(2027, 1, 1, 0, 30)).number == "SDDEN-2027-000001")
        // A refused request gives no number away.
        #expect(isOptionRequired(#expect(throws: RequestError.self) { try world.log("Konsultasi") }))
        #expect(try world.log("Legalisasi").number == "SDDEN-2026-000004")
        #expect(try world.count("request") == 5)
    }

    @Test func completeAtIntakeStartsTheClock() throws {
        let world = try RequestWorld()
        // Friday 10:00 + 3 hari kerja → Wednesday closing.
        let request = try world.log("Legalisasi", at: RequestWorld.at(2026, 3, 6, 10))
        #expect(request.status == .diterima)
        #expect(request.completeAt == RequestWorld.at(2026, 3, 6, 10))
        #expect(request.deadline == RequestWorld.at(2026, 3, 11, 16))
        let detail = try world.store.request(number: request.number, for: world.petugas)
        #expect(detail.items.map(\.brought) == [true, true, true])
        #expect(detail.items.map(\.text) == ["KTP", "Surat permohonan", "Kartu Keluarga"])
        #expect(detail.timeLimit == TimeAmount(3, .workdays))
        #expect(detail.complaintChannel == "SP4N-LAPOR!, telepon (0361) 123456")
        #expect(detail.history.map(\.event.kind) == [.dibuat])
        #expect(detail.applicant.phone == "+6281234567890")
    }

    @Test func missingDocumentsWaitThenTheClockRunsFromCompletion() throws {
        let world = try RequestWorld()
        let request = try world.log("Legalisasi", missing: ["keluarga", "1"], at: RequestWorld.at(2026, 3, 2, 9))
        #expect(request.status == .menungguBerkas)
        #expect(request.deadline == nil)
        var detail = try world.store.request(number: request.number, for: world.petugas)
        #expect(detail.missingItems.map(\.text) == ["KTP", "Kartu Keluarga"])
        // Brought on Thursday 15:00: 3 hari kerja from then → Tuesday closing.
        let done = try world.store.completeDocuments(
            number: request.number, by: world.petugas, at: RequestWorld.at(2026, 3, 5, 15))
        #expect(done.status == .diterima)
        #expect(done.completeAt == RequestWorld.at(2026, 3, 5, 15))
        #expect(done.deadline == RequestWorld.at(2026, 3, 10, 16))
        detail = try world.store.request(number: request.number, for: world.petugas)
        #expect(detail.missingItems.isEmpty)
        #expect(detail.items.filter { $0.completedAt != nil }.count == 2)
        #expect(throws: RequestError.rule(.documentsAlreadyComplete(.diterima))) {
            try world.store.completeDocuments(number: request.number, by: world.petugas)
        }
        #expect(
            throws: RequestError.ambiguousItem(
                "k",
                candidates: [Requirement(label: "1", text: "KTP"), Requirement(label: "3", text: "Kartu Keluarga")])
        ) {
            try world.log("Legalisasi", missing: ["k"])
        }
        let items = Requirements.numbered(from: "1. KTP\n2. Surat permohonan\n3. Kartu Keluarga")
        #expect(throws: RequestError.unknownItem("Paspor", items: items)) {
            try world.log("Legalisasi", missing: ["Paspor"])
        }
        for typed in ["9", "0", "-1", "-9223372036854775808", "9223372036854775807"] {
            #expect(throws: RequestError.unknownItem(typed, items: items)) {
                try world.log("Legalisasi", missing: [typed])
            }
        }
    }

    @Test func deadlinesUseTheAgencyCalendarAndTheLimitInForce() throws {
        let world = try RequestWorld()
        _ = try world.store.syncNationalHolidays([
            Holiday(date: LocalDate(iso: "2026-03-19")!, kind: .nasional, name: "Hari Suci Nyepi")
        ])
        // Tuesday 17 March 10:00 + 3 hari kerja: Wed 18, (Thu 19 Nyepi), Fri 20, Mon 23 → Monday closing.
        #expect(
            try world.log("Legalisasi", at: RequestWorld.at(2026, 3, 17, 10)).deadline
                == RequestWorld.at(2026, 3, 23, 16))
        // A supervisor's override is the limit new requests run on, and is kept with the request.
        try world.store.setTimeLimitOverride(
            serviceID: try world.serviceID("Legalisasi"), text: "1 hari kerja", reason: "SOP baru", by: "kabag")
        let request = try world.log("Legalisasi", at: RequestWorld.at(2026, 3, 17, 10))
        #expect(request.deadline == RequestWorld.at(2026, 3, 18, 16))
        let detail = try world.store.request(number: request.number, for: world.petugas)
        #expect(detail.timeLimitRaw == "1 hari kerja" && detail.timeLimit == TimeAmount(1, .workdays))
    }

    @Test func choiceAndOpenTimeLimits() throws {
        let world = try RequestWorld()
        #expect(isOptionRequired(#expect(throws: RequestError.self) { try world.log("Konsultasi") }))
        let seven = try world.log("Konsultasi", option: 2, at: RequestWorld.at(2026, 3, 6, 10))
        #expect(seven.deadline == RequestWorld.at(2026, 3, 17, 16))
        let detail = try world.store.request(number: seven.number, for: world.petugas)
        #expect(detail.optionCondition?.contains("ada koordinasi") == true)
        let open = try world.log("Mediasi")
        #expect(open.status == .diterima && open.deadline == nil)
        #expect(throws: RequestError.rule(.optionNotApplicable)) { try world.log("Mediasi", option: 1) }
    }

    @Test func statusChangesFollowTheMachineAndRefusalsChangeNothing() throws {
        let world = try RequestWorld()
        let number = try world.log("Legalisasi").number
        try world.store.changeStatus(
            number: number, to: .diproses, by: world.petugas, at: RequestWorld.at(2026, 3, 3, 9))
        let events = try world.count("request_event")
        #expect(throws: RequestError.rule(.transitionNotAllowed(from: .diproses, to: .diterima))) {
            try world.store.changeStatus(number: number, to: .diterima, by: world.petugas)
        }
        #expect(throws: RequestError.rule(.reasonRequired(.ditolak))) {
            try world.store.changeStatus(number: number, to: .ditolak, by: world.petugas)
        }
        #expect(try world.count("request_event") == events)
        #expect(try world.store.summary(number: number)?.status == .diproses)
        let done = try world.store.changeStatus(
            number: number, to: .selesai, note: "siap diambil", by: world.petugas, at: RequestWorld.at(2026, 3, 4, 9))
        #expect(done.status == .selesai && done.finishedAt == RequestWorld.at(2026, 3, 4, 9) && !done.finishedLate)
        let handed = try world.store.changeStatus(number: number, to: .diserahkan, by: world.petugas)
        #expect(handed.status == .diserahkan)
        let rejected = try world.log("Legalisasi")
        let after = try world.store.changeStatus(
            number: rejected.number, to: .ditolak, reason: "bukan kewenangan", note: "diarahkan ke Dinas",
            by: world.petugas)
        #expect(after.status == .ditolak)
        let rejectedDetail = try world.store.request(number: rejected.number, for: world.petugas)
        #expect(rejectedDetail.closingReason == "bukan kewenangan")
        #expect(rejectedDetail.history.last?.event.reason == "bukan kewenangan")
        #expect(rejectedDetail.history.last?.event.note == "diarahkan ke Dinas")
        // A finished request cannot be reassigned, and says so.
        #expect(throws: RequestError.rule(.notReassignable(.ditolak))) {
            try world.store.assign(number: rejected.number, to: world.petugas, by: world.supervisor)
        }
        #expect(throws: RequestError.notFound("SDDEN-2026-999999")) {
            try world.store.changeStatus(number: "SDDEN-2026-999999", to: .diproses, by: world.petugas)
        }
    }

    @Test func extensionOnceBySupervisorWithReason() throws {
        let world = try RequestWorld()
        let number = try world.log("Fasilitasi Perda", at: RequestWorld.at(2026, 3, 2, 9)).number
        #expect(try world.store.summary(number: number)?.deadline == RequestWorld.at(2026, 3, 16, 16))
        #expect(
            refusedPermission(
                #expect(throws: AccessError.self) {
                    try world.store.extend(number: number, reason: "perlu", by: world.petugas)
                }) == .extendDeadline)
        #expect(try world.store.refusals().first?.permission == Permission.extendDeadline.rawValue)
        #expect(try world.store.refusals().first?.target == number)
        #expect(throws: RequestError.rule(.extensionNotAllowed("alasan perpanjangan wajib diisi (--reason)"))) {
            try world.store.extend(number: number, reason: " ", by: world.supervisor)
        }
        let extended = try world.store.extend(number: number, reason: "koordinasi DPRD", by: world.supervisor)
        #expect(extended.deadline == RequestWorld.at(2026, 3, 25, 16) && extended.extended)
        #expect(
            throws: RequestError.rule(.extensionNotAllowed("perpanjangan hanya boleh sekali dan sudah diberikan"))
        ) {
            try world.store.extend(number: number, reason: "lagi", by: world.supervisor)
        }
        let plain = try world.log("Legalisasi").number
        #expect(
            throws: RequestError.rule(.extensionNotAllowed("jangka waktu layanan ini tidak mengenal perpanjangan"))
        ) { try world.store.extend(number: plain, reason: "x", by: world.supervisor) }
    }

    @Test func historyIsAppendOnlyAndRebuildsTheRow() throws {
        let world = try RequestWorld()
        let number = try world.log("Fasilitasi Perda", missing: ["KTP"]).number
        try world.store.completeDocuments(number: number, by: world.petugas, at: RequestWorld.at(2026, 3, 3, 9))
        let other = try world.store.addUser(
            account: "komang", displayName: nil, role: .petugas, unitIDs: [world.hukum], by: world.admin)
        try world.store.assign(number: number, to: other, by: world.supervisor, at: RequestWorld.at(2026, 3, 3, 10))
        // Again to the same officer: refused, no second event.
        #expect(throws: RequestError.alreadyAssigned(number: number, account: "komang")) {
            try world.store.assign(number: number, to: other, by: world.supervisor, at: RequestWorld.at(2026, 3, 3, 10))
        }
        try world.store.changeStatus(number: number, to: .diproses, by: other, at: RequestWorld.at(2026, 3, 3, 11))
        try world.store.extend(
            number: number, reason: "koordinasi", by: world.supervisor, at: RequestWorld.at(2026, 3, 4, 9))
        try world.store.changeStatus(number: number, to: .selesai, by: other, at: RequestWorld.at(2026, 3, 30, 9))
        let id = try #require(try world.store.summary(number: number)?.id)
        let pair = try #require(try world.store.replayedState(requestID: id))
        #expect(pair.stored == pair.replayed)
        // Both sides use the same fold; an independent expectation catches a bug in it.
        let expected = RequestState(
            status: .selesai, receivedAt: RequestWorld.at(2026, 3, 2, 9), completeAt: RequestWorld.at(2026, 3, 3, 9),
            deadline: RequestWorld.at(2026, 3, 26, 16),  // 10 HK from Tue 3rd → 17th, + 7 HK → Thu 26th
            extended: true, assigneeID: other.id, closingReason: nil, finishedAt: RequestWorld.at(2026, 3, 30, 9),
            updatedAt: RequestWorld.at(2026, 3, 30, 9))
        #expect(pair.stored == expected)
        #expect(try world.store.summary(number: number)?.finishedLate == true)
        #expect(try world.store.requestsDifferingFromHistory().isEmpty)
        let detail = try world.store.request(number: number, for: world.supervisor)
        #expect(
            detail.history.map(\.event.kind) == [.dibuat, .berkasLengkap, .penugasan, .status, .perpanjangan, .status])
        #expect(detail.history.map(\.actor) == ["putu", "putu", "kabag", "komang", "kabag", "komang"])

        // The database refuses to rewrite history.
        #expect(throws: DatabaseError.self) {
            try world.store.writer.write { db in try db.execute(sql: "UPDATE request_event SET note = 'x'") }
        }
        #expect(throws: DatabaseError.self) {
            try world.store.writer.write { db in try db.execute(sql: "DELETE FROM request_event") }
        }
        // Nor to replace it: INSERT OR REPLACE deletes without firing the delete trigger.
        #expect(throws: AccessError.self) { try world.store.extend(number: number, reason: "x", by: world.petugas) }
        let refusals = try world.store.refusals()
        #expect(refusals.count == 1)
        for table in ["request_event", "refusal"] {
            #expect(throws: DatabaseError.self) {
                try world.store.writer.write { db in
                    try db.execute(sql: "INSERT OR REPLACE INTO \(table) SELECT * FROM \(table) WHERE id = 1")
                }
            }
            #expect(throws: DatabaseError.self) {
                try world.store.writer.write { db in
                    try db.execute(sql: "REPLACE INTO \(table) SELECT * FROM \(table) WHERE id = 1")
                }
            }
        }
        #expect(try world.store.refusals() == refusals)
        #expect(
            try world.store.request(number: number, for: world.supervisor).history.map(\.event)
                == detail.history.map(\.event))
        #expect(try world.count("request_event") == 6)
        // A row changed behind the history's back is found.
        try world.store.writer.write { db in try db.execute(sql: "UPDATE request SET status = 'diproses'") }
        #expect(try world.store.requestsDifferingFromHistory() == [id])
    }

    @Test func rolesScopesAndRefusalsAreLogged() throws {
        let world = try RequestWorld()
        #expect(try world.store.bootstrapAdmin(account: "orang-lain") == nil)
        #expect(throws: AccessError.unknownAccount("tamu")) { try world.store.currentUser(account: "tamu") }
        #expect(try world.store.refusals().first?.account == "tamu")
        #expect(try world.store.currentUser(account: "putu") == world.petugas)
        // Putu works for Bagian Hukum, not Bagian Umum.
        #expect(refusedPermission(#expect(throws: AccessError.self) { try world.log("Aula") }) == .logRequest)
        let aula = try world.log("Aula", by: world.admin)
        #expect(throws: AccessError.self) { try world.store.request(number: aula.number, for: world.petugas) }
        #expect(throws: AccessError.self) {
            try world.store.changeStatus(number: aula.number, to: .diproses, by: world.petugas)
        }
        #expect(throws: AccessError.self) {
            try world.store.addUser(account: "x", displayName: nil, role: .admin, unitIDs: [], by: world.supervisor)
        }
        #expect(throws: RequestError.userExists("putu")) {
            try world.store.addUser(account: "putu", displayName: nil, role: .admin, unitIDs: [], by: world.admin)
        }
        #expect(
            refusedPermission(#expect(throws: AccessError.self) { try world.store.overdue(for: world.petugas) })
                == .readReports)
        #expect(try world.store.refusals().count == 6)
        // Lists only show the user's units.
        _ = try world.log("Legalisasi")
        #expect(try world.store.requests(RequestFilter(), for: world.petugas).map(\.unitName) == ["Bagian Hukum"])
        #expect(try world.store.requests(RequestFilter(), for: world.admin).count == 2)
        // Reassigning to someone outside the unit is refused.
        let umumOfficer = try world.store.addUser(
            account: "wayan", displayName: nil, role: .petugas, unitIDs: [world.umum], by: world.admin)
        let legal = try world.log("Legalisasi").number
        #expect(throws: RequestError.assigneeOutOfScope(account: "wayan", unit: "Bagian Hukum")) {
            try world.store.assign(number: legal, to: umumOfficer, by: world.supervisor)
        }
    }

    @Test func returningApplicantIsFoundByNIKOrPhone() throws {
        let world = try RequestWorld()
        _ = try world.log("Legalisasi", nik: "5171010101010001")
        _ = try world.log("Legalisasi", name: "Made Wirawan")  // same phone and name
        _ = try world.log("Legalisasi", name: "Ketut Lain")  // same phone, other person
        #expect(try world.count("applicant") == 2)
        let found = try world.store.findApplicants(nik: nil, phone: "+62 812-3456-7890")
        #expect(found.map(\.applicant.name).sorted() == ["Ketut Lain", "Made Wirawan"])
        #expect(throws: RequestError.rule(.invalidApplicant(["NIK harus tepat 16 angka (diterima: '123')"]))) {
            try world.log("Legalisasi", nik: "123")
        }
    }

    @Test func aLaterVisitNeverRewritesAnEarlierRequest() throws {
        let world = try RequestWorld()
        let first = try world.log("Legalisasi", name: "Made Wirawan", nik: "5171010101010001")
        let receiptBefore = try world.store.request(number: first.number, for: world.petugas)
        #expect(first.notice == nil)
        // The same NIK comes back under another name, with a new phone and address.
        let second = try world.store.logRequest(
            NewRequest(
                serviceID: try world.serviceID("Legalisasi"),
                applicant: ApplicantInput(
                    name: "Wayan Lain", nik: "5171010101010001", phone: "0813 1111 2222", address: "Jl. Baru 1")),
            by: world.petugas, at: RequestWorld.at(2026, 3, 3, 9))
        let after = try world.store.request(number: first.number, for: world.petugas)
        #expect(after.applicant == receiptBefore.applicant)
        #expect(after.summary.applicantName == "Made Wirawan" && after.applicant.phone == "+6281234567890")
        #expect(after.history == receiptBefore.history)
        // The second request keeps what was given; the counter is told, the history says so.
        let detail = try world.store.request(number: second.number, for: world.petugas)
        #expect(detail.applicant.name == "Wayan Lain" && detail.applicant.address == "Jl. Baru 1")
        #expect(detail.applicantID == after.applicantID)
        #expect(second.notice?.contains("NIK ini sebelumnya tercatat atas nama Made Wirawan") == true)
        #expect(detail.history.first?.event.note?.contains("sebelumnya tercatat atas nama Made Wirawan") == true)
        #expect(
            try world.store.requests(RequestFilter(), for: world.petugas).map(\.applicantName).sorted()
                == ["Made Wirawan", "Wayan Lain"])
        // The registered pemohon is not renamed.
        #expect(
            try world.store.findApplicants(nik: "5171010101010001", phone: nil).map(\.applicant.name) == [
                "Made Wirawan"
            ])
        // The same name again: the contact is brought up to date, earlier requests still unchanged.
        _ = try world.store.logRequest(
            NewRequest(
                serviceID: try world.serviceID("Legalisasi"),
                applicant: ApplicantInput(name: "made wirawan", nik: "5171010101010001", address: "Jl. Baru 2")),
            by: world.petugas, at: RequestWorld.at(2026, 3, 4, 9))
        #expect(
            try world.store.findApplicants(nik: "5171010101010001", phone: nil).first?.applicant.address == "Jl. Baru 2"
        )
        #expect(try world.store.request(number: first.number, for: world.petugas).applicant == receiptBefore.applicant)
    }

    @Test func aReturningPemohonIsFoundAndReused() throws {
        let world = try RequestWorld()
        let first = try world.log("Legalisasi", name: "Ni Made Sari", nik: "5171010101010002")
        let id = try world.store.request(number: first.number, for: world.petugas).applicantID
        #expect(try world.store.searchApplicants(nik: "5171 0101 0101 0002", for: world.petugas).map(\.id) == [id])
        #expect(try world.store.searchApplicants(phone: "+62 812 3456 7890", for: world.petugas).map(\.id) == [id])
        #expect(try world.store.searchApplicants(name: "sari made", for: world.petugas).map(\.id) == [id])
        #expect(try world.store.searchApplicants(name: "100%", for: world.petugas).isEmpty)
        // Logged by id: the details come from the pemohon, the request keeps its own copy.
        let again = try world.store.logRequest(
            NewRequest(
                serviceID: try world.serviceID("Legalisasi"), applicant: ApplicantInput(name: ""), applicantID: id),
            by: world.petugas, at: RequestWorld.at(2026, 3, 3, 9))
        let detail = try world.store.request(number: again.number, for: world.petugas)
        #expect(detail.applicantID == id && again.notice == nil)
        #expect(detail.applicant.name == "Ni Made Sari" && detail.applicant.nik == "5171010101010002")
        #expect(detail.applicant.phone == "+6281234567890")
        #expect(throws: RequestError.applicantNotFound(999)) {
            try world.store.logRequest(
                NewRequest(
                    serviceID: try world.serviceID("Legalisasi"), applicant: ApplicantInput(name: ""), applicantID: 999),
                by: world.petugas)
        }
        #expect(try world.count("applicant") == 1)
    }

    @Test func verifyReportsWhatDiffersFromTheHistory() throws {
        let world = try RequestWorld()
        let number = try world.log("Legalisasi").number
        _ = try world.log("Legalisasi")
        #expect(try world.store.verifyHistory(by: world.supervisor).differing.isEmpty)
        #expect(try world.store.verifyHistory(by: world.supervisor).checked == 2)
        #expect(throws: AccessError.self) { try world.store.verifyHistory(by: world.petugas) }
        try world.store.writer.write { db in
            try db.execute(sql: "UPDATE request SET status = 'selesai' WHERE number = ?", arguments: [number])
        }
        let result = try world.store.verifyHistory(by: world.supervisor)
        #expect(result.differing.map(\.number) == [number])
        #expect(result.differing.first?.differences == ["status: selesai di baris, diterima menurut riwayat"])
        #expect(try world.store.verifyHistory(number: number, by: world.supervisor).checked == 1)
    }

    @Test func overdueMostLateFirstWithLateness() throws {
        let world = try RequestWorld()
        let early = try world.log("Legalisasi", at: RequestWorld.at(2026, 3, 2, 9)).number  // due Thu 5th
        let later = try world.log("Legalisasi", at: RequestWorld.at(2026, 3, 4, 9)).number  // due Mon 9th
        let finished = try world.log("Legalisasi", at: RequestWorld.at(2026, 3, 2, 9)).number
        try world.store.changeStatus(number: finished, to: .selesai, by: world.petugas)
        _ = try world.log("Mediasi")  // open: never overdue
        let now = RequestWorld.at(2026, 3, 10, 10)
        let board = try world.store.overdue(for: world.supervisor, at: now)
        #expect(board.map(\.summary.number) == [early, later])
        #expect(board.map(\.lateness) == [.workdays(2), .hours(2)])
        let list = try world.store.requests(RequestFilter(overdue: true), for: world.petugas, at: now)
        #expect(Set(list.map(\.number)) == [early, later])
        let due = try world.store.requests(
            RequestFilter(dueWithin: 86_400), for: world.petugas, at: RequestWorld.at(2026, 3, 8, 17))
        #expect(due.map(\.number) == [later])
    }

    @Test func runningListsComeMostLateFirstAndAreCounted() throws {
        let world = try RequestWorld()
        // Received in the other order than their deadlines.
        let later = try world.log("Konsultasi", option: 2, at: RequestWorld.at(2026, 3, 2, 9)).number  // due 11th
        let early = try world.log("Legalisasi", at: RequestWorld.at(2026, 3, 3, 9)).number  // due Fri 6th
        let middle = try world.log("Legalisasi", at: RequestWorld.at(2026, 3, 4, 9)).number  // due Mon 9th
        let umum = try world.log("Peminjaman Aula", by: world.admin, at: RequestWorld.at(2026, 3, 5, 9)).number
        let now = RequestWorld.at(2026, 3, 12, 10)
        let all = try world.store.requests(RequestFilter(overdue: true), for: world.admin, at: now)
        #expect(all.map(\.number) == [umum, early, middle, later])
        let hukum = try world.store.requests(RequestFilter(overdue: true), for: world.petugas, at: now)
        #expect(hukum.map(\.number) == [early, middle, later])
        let one = try world.store.requests(
            RequestFilter(unitID: world.hukum, overdue: true, limit: 2), for: world.admin, at: now)
        #expect(one.map(\.number) == [early, middle])
        #expect(try world.store.countRequests(RequestFilter(overdue: true), for: world.admin, at: now) == 4)
        #expect(try world.store.countRequests(RequestFilter(overdue: true), for: world.petugas, at: now) == 3)
        #expect(
            try world.store.countRequests(
                RequestFilter(status: .diterima, unitID: world.umum, overdue: true), for: world.admin, at: now) == 1)
        let soon = RequestFilter(dueWithin: 6 * 86_400)
        let before = RequestWorld.at(2026, 3, 5, 17)
        #expect(try world.store.requests(soon, for: world.petugas, at: before).map(\.number) == [early, middle, later])
        #expect(try world.store.countRequests(soon, for: world.petugas, at: before) == 3)
    }

    @Test func concurrentPoolsHandOutDistinctGapFreeNumbers() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("loket-req-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("loket.sqlite").path
        let world = try RequestWorld(path: path)
        let serviceID = try world.serviceID("Legalisasi")
        let user = world.petugas
        let numbers = Locked<[String]>([])
        let errors = Locked<[String]>([])
        DispatchQueue.concurrentPerform(iterations: 4) { _ in
            do {
                let store = try Store(path: path)  // its own pool, as another process would have
                for i in 0..<250 {
                    let summary = try store.logRequest(
                        NewRequest(serviceID: serviceID, applicant: ApplicantInput(name: "Pemohon \(i)")), by: user,
                        at: RequestWorld.at(2026, 5, 4, 9))
                    numbers.withLock { $0.append(summary.number) }
                }
            } catch {
                errors.withLock { $0.append("\(error)") }
            }
        }
        #expect(errors.withLock { $0 } == [])
        let all = numbers.withLock { $0 }
        #expect(all.count == 1000 && Set(all).count == 1000)
        #expect(
            Set(all) == Set((1...1000).map { RequestNumber(agencyCode: "SDDEN", year: 2026, sequence: $0).description })
        )
        #expect(try world.store.integrityCheck() == ["ok"])
    }

    @Test func backupIsAConsistentCopy() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("loket-bak-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let world = try RequestWorld(path: directory.appendingPathComponent("loket.sqlite").path)
        let number = try world.log("Legalisasi").number
        let copy = directory.appendingPathComponent("cadangan.sqlite").path
        #expect(throws: AccessError.self) { try world.store.backup(to: copy, by: world.petugas) }
        try world.store.backup(to: copy, by: world.supervisor)
        let restored = try Store(path: copy)
        #expect(try restored.summary(number: number)?.status == .diterima)
        #expect(try restored.integrityCheck() == ["ok"])
        #expect(throws: StoreError.backupExists(path: copy)) { try world.store.backup(to: copy, by: world.supervisor) }
        // Nothing is left beside the copy (the temporary file was linked into place and removed).
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.contains("sementara") }
                .isEmpty)
    }

    /// `loket backup DB-journal` (or `-wal`, `-shm`, or the file itself, also through `..`) is refused:
    /// SQLite would delete the copy on the next open.
    @Test func backupOntoTheDatabasesOwnFilesIsRefused() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("loket-bak-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("loket.sqlite").path
        let world = try RequestWorld(path: path)
        for target in [
            path + "-journal", path + "-wal", path + "-shm", path,
            directory.appendingPathComponent("sub/../loket.sqlite-journal").path,
        ] {
            #expect(throws: StoreError.backupOntoDatabase(path: target)) {
                try world.store.backup(to: target, by: world.supervisor)
            }
        }
        #expect(!FileManager.default.fileExists(atPath: path + "-journal"))
        #expect(try world.store.integrityCheck() == ["ok"])
    }

    /// A backup killed half-way left its temporary file: the next backup to the same path works.
    @Test func aLeftoverTemporaryFileDoesNotBlockABackup() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("loket-bak-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let world = try RequestWorld(path: directory.appendingPathComponent("loket.sqlite").path)
        let copy = directory.appendingPathComponent("cadangan.sqlite").path
        try Data().write(
            to: URL(fileURLWithPath: directory.appendingPathComponent(".cadangan.sqlite.sementara-1-dead").path))
        // While the copy is written, nothing is at `copy` (a kill -9 then leaves no empty file there).
        let seenDuringCopy = Collected()
        try world.store.backup(to: copy, by: world.supervisor, at: Date()) {
            if FileManager.default.fileExists(atPath: copy) { seenDuringCopy.append(copy) }
        }
        #expect(seenDuringCopy.all.isEmpty)
        #expect(try Store(path: copy).integrityCheck() == ["ok"])
    }
}

/// True for "the time limit is a choice: pick an option" (the options themselves are the parser's).
func isOptionRequired(_ error: RequestError?) -> Bool {
    if case .rule(.optionRequired(let options))? = error { return options.count == 2 }
    return false
}

/// The permission a refusal was about (nil: not a role/unit refusal).
func refusedPermission(_ error: AccessError?) -> Permission? {
    if case .refused(_, _, let permission, _)? = error { return permission }
    return nil
}

/// A value shared between threads of a test.
final class Locked<T>: @unchecked Sendable {
    private var value: T
    private let lock = NSLock()
    init(_ value: T) { self.value = value }
    func withLock<R>(_ body: (inout T) -> R) -> R {
        lock.lock()
        defer { lock.unlock() }
        return body(&value)
    }
}
