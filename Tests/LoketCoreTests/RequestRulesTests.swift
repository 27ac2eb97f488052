import Foundation
import Testing
@testable import LoketCore

@Suite struct ApplicantTests {
    @Test func validApplicantIsNormalised() throws {
        let applicant = try Applicant(
            validating: ApplicantInput(
                name: "  Made   Wirawan ", nik: "5171 0101 0101 0001", phone: "0812-3456-7890", address: " ",
                note: nil))
        #expect(applicant.name == "Made Wirawan")
        #expect(applicant.nik == "5171010101010001")
        #expect(applicant.phone == "+6281234567890")
        #expect(applicant.address == nil)
        #expect(applicant.maskedNIK == "************0001")
    }

    @Test(arguments: [
        ("081234567890", "+6281234567890"),
        ("+62 812 3456 7890", "+6281234567890"),
        ("62812-3456-7890", "+6281234567890"),
        ("+62 (0361) 222-333", "+62361222333"),
        ("0361 222333", "+62361222333"),
        ("812 3456 7890", "+6281234567890"),
        ("0062 812 3456 7890", "+6281234567890"),
    ])
    func phoneNumbersNormalise(raw: String, expected: String) {
        #expect(Applicant.normalisePhone(raw) == expected)
    }

    @Test(arguments: [
        "+1 415 555 0100", "0812abc", "0", "08123", "0812345678901234", "+62 0",
        // The national number starts with 2-9; a bare 62 followed by 1... is ambiguous.
        "621234567", "+62 1234 5678", "01234567", "1234567", "6201234567",
    ])
    func badPhoneNumbersAreRefused(raw: String) {
        #expect(Applicant.normalisePhone(raw) == nil)
    }

    @Test func everyProblemIsListedInIndonesian() {
        #expect(throws: RequestRuleError.self) {
            try Applicant(validating: ApplicantInput(name: " ", nik: "12345", phone: "abc"))
        }
        do {
            _ = try Applicant(validating: ApplicantInput(name: " ", nik: "517101010101000X", phone: "abc"))
            Issue.record("accepted")
        } catch {
            guard case .invalidApplicant(let problems) = error else {
                Issue.record("\(error)")
                return
            }
            #expect(problems.count == 3)
            #expect(error.description.contains("nama pemohon wajib diisi"))
            #expect(error.description.contains("NIK harus tepat 16 angka"))
            #expect(error.description.contains("nomor telepon 'abc' tidak dikenali"))
        }
    }
}

@Suite struct RequestStatusTests {
    @Test func theHappyPath() throws {
        let path: [RequestStatus] = [.menungguBerkas, .diterima, .diproses, .selesai, .diserahkan]
        for (from, to) in zip(path, path.dropFirst()) {
            try from.checkTransition(to: to, reason: nil)
        }
        try RequestStatus.diterima.checkTransition(to: .selesai, reason: nil)
        #expect(RequestStatus.diserahkan.isFinal)
        #expect(!RequestStatus.selesai.isOpen)
        #expect(RequestStatus.menungguBerkas.isOpen && !RequestStatus.menungguBerkas.isClockRunning)
    }

    @Test func noWayBackAndNothingAfterTheEnd() {
        #expect(throws: RequestRuleError.transitionNotAllowed(from: .diproses, to: .diterima)) {
            try RequestStatus.diproses.checkTransition(to: .diterima, reason: nil)
        }
        #expect(throws: RequestRuleError.transitionNotAllowed(from: .selesai, to: .ditolak)) {
            try RequestStatus.selesai.checkTransition(to: .ditolak, reason: "x")
        }
        #expect(throws: RequestRuleError.transitionNotAllowed(from: .menungguBerkas, to: .selesai)) {
            try RequestStatus.menungguBerkas.checkTransition(to: .selesai, reason: nil)
        }
        for final in [RequestStatus.diserahkan, .ditolak, .dibatalkan] {
            for next in RequestStatus.allCases {
                #expect(throws: RequestRuleError.self) { try final.checkTransition(to: next, reason: "alasan") }
            }
        }
    }

    @Test func rejectionAndCancellationNeedAReason() throws {
        #expect(throws: RequestRuleError.reasonRequired(.ditolak)) {
            try RequestStatus.diterima.checkTransition(to: .ditolak, reason: "   ")
        }
        #expect(throws: RequestRuleError.reasonRequired(.dibatalkan)) {
            try RequestStatus.menungguBerkas.checkTransition(to: .dibatalkan, reason: nil)
        }
        try RequestStatus.diproses.checkTransition(to: .ditolak, reason: "berkas palsu")
    }
}

@Suite struct RequestNumberTests {
    @Test func formatAndParse() {
        let number = RequestNumber(agencyCode: "SDDEN", year: 2026, sequence: 123)
        #expect(number.description == "SDDEN-2026-000123")
        #expect(RequestNumber(parsing: " sdden-2026-000123 ") == number)
        #expect(RequestNumber(parsing: "SDDEN-2026-123") == number)
        #expect(
            RequestNumber(agencyCode: "SDDEN2", year: 2026, sequence: 1_234_567).description == "SDDEN2-2026-1234567")
        for bad in ["", "SDDEN", "SDDEN-26-1", "SDDEN-2026-", "SDDEN-2026-0", "SDDEN-2026-12a", "-2026-1", "A-B-C-D"] {
            #expect(RequestNumber(parsing: bad) == nil, "\(bad)")
        }
    }
}

@Suite struct RequestTimeLimitTests {
    static let wita = TimeZone(identifier: "Asia/Makassar")!
    static let calendar = WorkingCalendar.standard(timeZone: wita)
    /// Civil time in WITA.
    static func at(_ y: Int, _ m: Int, _ d: Int, _ h: Int, _ min: Int = 0) -> Date {
        calendar.instant(LocalDate(year: y, month: m, day: d)!, second: h * 3600 + min * 60)
    }

    @Test func choiceNeedsAnOptionInRange() throws {
        let reading = TimeLimitParser.parse(
            "3 (Tiga) hari kerja jika tanpa koordinasi dengan OPD lain, 7 (Tujuh) hari kerja jika ada koordinasi dengan OPD lain"
        ).reading
        guard case .choice(let options) = reading else {
            Issue.record("\(reading)")
            return
        }
        #expect(throws: RequestRuleError.optionRequired(options: options)) {
            try RequestTimeLimit(reading: reading, option: nil)
        }
        #expect(throws: RequestRuleError.optionOutOfRange(given: 3, options: options)) {
            try RequestTimeLimit(reading: reading, option: 3)
        }
        // Any typed Int is checked by range, never by arithmetic (Int.min - 1 would trap).
        for typed in [0, -1, Int.min, Int.max] {
            #expect(throws: RequestRuleError.optionOutOfRange(given: typed, options: options)) {
                try RequestTimeLimit(reading: reading, option: typed)
            }
        }
        let limit = try RequestTimeLimit(reading: reading, option: 2)
        #expect(limit.amount == TimeAmount(7, .workdays))
        // Friday 10:00 + 7 hari kerja → the Tuesday after next, at closing.
        #expect(limit.deadline(completeAt: Self.at(2026, 3, 6, 10), in: Self.calendar) == Self.at(2026, 3, 17, 16))
        #expect(throws: RequestRuleError.optionNotApplicable) {
            try RequestTimeLimit(reading: .duration(TimeAmount(1, .days)), option: 1)
        }
    }

    @Test func openLimitHasNoDeadline() throws {
        let limit = try RequestTimeLimit(reading: .open(reason: nil), option: nil)
        #expect(limit.deadline(completeAt: Self.at(2026, 3, 6, 10), in: Self.calendar) == nil)
    }

    static func state(_ status: RequestStatus, deadline: Date?, extended: Bool = false) -> RequestState {
        RequestState(
            status: status, receivedAt: at(2026, 3, 2, 9), completeAt: at(2026, 3, 2, 9), deadline: deadline,
            extended: extended, assigneeID: 1, closingReason: nil, finishedAt: nil, updatedAt: at(2026, 3, 2, 9))
    }

    @Test func extensionOnceWithReasonOnlyWhenAllowed() throws {
        let extended = try RequestTimeLimit(
            reading: .extended(base: TimeAmount(10, .workdays), extension: TimeAmount(7, .workdays)), option: nil)
        let base = try #require(extended.deadline(completeAt: Self.at(2026, 3, 2, 9), in: Self.calendar))
        #expect(base == Self.at(2026, 3, 16, 16))
        let running = Self.state(.diproses, deadline: base)
        #expect(
            try extended.extendedDeadline(of: running, reason: "koordinasi OPD", in: Self.calendar)
                == Self.at(2026, 3, 25, 16))
        #expect(throws: RequestRuleError.self) {
            try extended.extendedDeadline(of: running, reason: " ", in: Self.calendar)
        }
        #expect(throws: RequestRuleError.self) {
            try extended.extendedDeadline(
                of: Self.state(.diproses, deadline: base, extended: true), reason: "lagi", in: Self.calendar)
        }
        #expect(throws: RequestRuleError.self) {
            try extended.extendedDeadline(of: Self.state(.selesai, deadline: base), reason: "x", in: Self.calendar)
        }
        let plain = try RequestTimeLimit(reading: .duration(TimeAmount(3, .workdays)), option: nil)
        #expect(throws: RequestRuleError.self) {
            try plain.extendedDeadline(of: running, reason: "x", in: Self.calendar)
        }
    }

    @Test func requirementsSplitByLine() {
        #expect(
            Requirements.items(from: "1. KTP\n2) Surat permohonan\n\n- Kartu Keluarga\n• Pas foto 3x4\nNPWP")
                == ["KTP", "Surat permohonan", "Kartu Keluarga", "Pas foto 3x4", "NPWP"])
        #expect(Requirements.items(from: nil) == [])
        #expect(Requirements.items(from: "3.5 meter persegi") == ["3.5 meter persegi"])
    }

    @Test func latenessInWorkingDaysOrHours() {
        let deadline = Self.at(2026, 3, 2, 16)  // Monday closing
        #expect(Lateness.of(deadline: deadline, now: Self.at(2026, 3, 2, 15), in: Self.calendar) == nil)
        #expect(Lateness.of(deadline: deadline, now: Self.at(2026, 3, 3, 10), in: Self.calendar) == .hours(2))
        // 16:30 on the deadline day: overdue, but no office time has passed since.
        let justLate = Lateness.of(deadline: deadline, now: Self.at(2026, 3, 2, 16, 30), in: Self.calendar)
        #expect(justLate == .hours(0) && justLate?.description == "kurang dari 1 jam kerja")
        // Tuesday 08:40: 40 office minutes, still less than one hour; 09:59 is 1 hour.
        #expect(Lateness.of(deadline: deadline, now: Self.at(2026, 3, 3, 8, 40), in: Self.calendar) == .hours(0))
        #expect(Lateness.of(deadline: deadline, now: Self.at(2026, 3, 3, 9, 59), in: Self.calendar) == .hours(1))
        #expect(Lateness.of(deadline: deadline, now: Self.at(2026, 3, 3, 16), in: Self.calendar) == .workdays(1))
        // Over a weekend: Tue..Fri closed = 4, Monday 9th 10:00 not yet closed.
        #expect(Lateness.of(deadline: deadline, now: Self.at(2026, 3, 9, 10), in: Self.calendar) == .workdays(4))
        #expect(Lateness.of(deadline: deadline, now: Self.at(2026, 3, 2, 20), in: Self.calendar) == .hours(0))
    }
}

@Suite struct RequestReplayTests {
    @Test func replayFoldsEveryKind() throws {
        let t0 = Date(timeIntervalSince1970: 1_772_000_000)
        let d1 = t0.addingTimeInterval(86_400)
        let d2 = t0.addingTimeInterval(10 * 86_400)
        let events = [
            RequestEvent(kind: .dibuat, at: t0, actorID: 1, toStatus: .menungguBerkas, assigneeID: 1),
            RequestEvent(
                kind: .berkasLengkap, at: t0 + 60, actorID: 1, fromStatus: .menungguBerkas, toStatus: .diterima,
                completeAt: t0 + 60, deadline: d1),
            RequestEvent(kind: .penugasan, at: t0 + 120, actorID: 2, assigneeID: 3),
            RequestEvent(kind: .status, at: t0 + 180, actorID: 3, fromStatus: .diterima, toStatus: .diproses),
            RequestEvent(kind: .perpanjangan, at: t0 + 240, actorID: 2, deadline: d2, reason: "koordinasi"),
            RequestEvent(kind: .catatan, at: t0 + 300, actorID: 3, note: "menunggu tanda tangan"),
            RequestEvent(
                kind: .status, at: t0 + 360, actorID: 3, fromStatus: .diproses, toStatus: .dibatalkan,
                note: "lewat telepon", reason: "pemohon menarik"),
        ]
        let state = try #require(RequestState.replay(events))
        #expect(state.status == .dibatalkan)
        #expect(state.receivedAt == t0)
        #expect(state.completeAt == t0 + 60)
        #expect(state.deadline == d2)
        #expect(state.extended)
        #expect(state.assigneeID == 3)
        #expect(state.closingReason == "pemohon menarik")
        #expect(state.finishedAt == t0 + 360)
        #expect(state.updatedAt == t0 + 360)
        #expect(RequestState.replay(Array(events.dropFirst())) == nil)
    }

    @Test func rolesAndScopes() {
        #expect(Role.petugas.allows(.logRequest))
        #expect(!Role.petugas.allows(.extendDeadline))
        #expect(Role.supervisor.allows(.extendDeadline) && Role.supervisor.allows(.reassign))
        #expect(!Role.supervisor.allows(.manageUsers) && !Role.supervisor.allows(.importCatalog))
        #expect(Role.admin.allows(.manageUsers))
        #expect(Role.minimum(for: .extendDeadline) == .supervisor)
        #expect(UserScope(role: .petugas, unitIDs: [3]).contains(unit: 3))
        #expect(!UserScope(role: .petugas, unitIDs: [3]).contains(unit: 4))
        #expect(UserScope(role: .petugas, unitIDs: []).contains(unit: 4))
        #expect(UserScope(role: .admin, unitIDs: [3]).contains(unit: 4))
    }
}
