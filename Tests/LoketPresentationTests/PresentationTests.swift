import Foundation
import LoketCore
import LoketPresentation
import Testing

/// What the command line and the screen both say, said once.
@Suite struct PresentationTests {
    static let wita = TimeZone(identifier: "Asia/Makassar")!
    static let calendar = WorkingCalendar.standard(timeZone: wita)
    static func at(_ y: Int, _ m: Int, _ d: Int, _ h: Int, _ min: Int = 0) -> Date {
        calendar.instant(LocalDate(year: y, month: m, day: d)!, second: h * 3600 + min * 60)
    }

    @Test func datesInTheAgencysZoneWithOneZoneTable() {
        let date = Self.at(2026, 11, 30, 10, 12)
        #expect(DateText.clock(date, zone: Self.wita) == "Sen 30 Nov 2026 10:12 WITA")
        #expect(DateText.short(date, zone: Self.wita) == "Sen 30 Nov 10:12")
        #expect(DateText.short(date, zone: Self.wita, now: Self.at(2027, 1, 2, 9)) == "Sen 30 Nov 2026 10:12")
        #expect(DateText.long(date, zone: Self.wita) == "Senin, 30 November 2026 10.12 WITA")
        #expect(DateText.clock(date, zone: TimeZone(identifier: "Asia/Jakarta")!).hasSuffix("09:12 WIB"))
        #expect(DateText.clock(date, zone: TimeZone(identifier: "Asia/Jayapura")!).hasSuffix("11:12 WIT"))
        #expect(DateText.clock(date, zone: TimeZone(identifier: "Asia/Ujung_Pandang")!).hasSuffix("WITA"))
    }

    @Test func deadlineReasoningAsTheIssueWritesIt() {
        let start = Self.at(2026, 11, 30, 10, 12)
        let deadline = Self.at(2026, 12, 3, 16)
        #expect(
            DeadlineText.reasoning(amount: TimeAmount(3, .workdays), start: start, deadline: deadline, zone: Self.wita)
                == "3 hari kerja dari Sen 30 Nov 10:12 → Kam 3 Des 16:00")
        #expect(
            DeadlineText.waiting(missing: ["Proposal Hibah;", "Surat Pernyataan."])
                == "menunggu kelengkapan berkas (kurang: Proposal Hibah; Surat Pernyataan)")
        #expect(DeadlineText.waiting(missing: []) == "menunggu kelengkapan berkas")
    }

    @Test func statusesAndHistoryInWordsNeverCodes() {
        for status in RequestStatus.allCases {
            #expect(!status.label.contains("_"))
            #expect(DisplayWidth.of(status.shortLabel) <= 13)
        }
        let events = [
            RequestEvent(kind: .dibuat, at: Self.at(2026, 3, 2, 9), actorID: 1, toStatus: .menungguBerkas),
            RequestEvent(
                kind: .berkasLengkap, at: Self.at(2026, 3, 2, 9), actorID: 1, fromStatus: .menungguBerkas,
                toStatus: .diterima, deadline: Self.at(2026, 3, 5, 16)),
            RequestEvent(
                kind: .status, at: Self.at(2026, 3, 2, 9), actorID: 1, fromStatus: .diterima, toStatus: .ditolak,
                reason: "berkas palsu"),
            RequestEvent(kind: .penugasan, at: Self.at(2026, 3, 2, 9), actorID: 1, assigneeID: 2),
        ]
        let lines = events.map { HistoryText.line($0, assignee: "putu", zone: Self.wita) }
        #expect(lines[0] == "dicatat, menunggu kelengkapan berkas")
        #expect(
            lines[1] == "berkas lengkap, diterima; jangka waktu mulai berjalan, tenggat Kamis, 5 Maret 2026 16.00 WITA")
        #expect(lines[2] == "status diterima → ditolak; alasan: berkas palsu")
        #expect(lines[3] == "dialihkan kepada putu")
        for line in lines { #expect(!line.contains("_")) }
    }

    @Test func urgencyInWords() {
        let now = Self.at(2026, 3, 4, 10)
        func urgency(_ deadline: Date?, _ status: RequestStatus = .diterima) -> Urgency {
            Urgency.of(status: status, deadline: deadline, finishedAt: nil, now: now, calendar: Self.calendar)
        }
        #expect(urgency(Self.at(2026, 3, 2, 16)).words == "terlambat 1 hari kerja")
        #expect(urgency(Self.at(2026, 3, 4, 16)).words == "jatuh tempo hari ini")
        #expect(urgency(Self.at(2026, 3, 6, 16)).words == "sesuai jadwal")
        #expect(urgency(nil, .menungguBerkas).words == "menunggu berkas")
        #expect(urgency(Self.at(2026, 3, 2, 16)).isAlarming)
        #expect(!urgency(Self.at(2026, 3, 6, 16)).isAlarming)
        #expect(
            Urgency.timeLeft(deadline: Self.at(2026, 3, 6, 16), now: now, calendar: Self.calendar)
                == "sisa 2 hari kerja")
        #expect(
            Urgency.timeLeft(deadline: Self.at(2026, 3, 4, 13), now: now, calendar: Self.calendar) == "sisa 3 jam kerja"
        )
        #expect(Urgency.timeLeft(deadline: Self.at(2026, 3, 2, 16), now: now, calendar: Self.calendar) == nil)
    }

    static let receipt = Receipt(
        agencyName: "Dinas Komunikasi, Informatika dan Statistik Kota Denpasar", number: "DKISDEN-2026-000020",
        serviceName: "Layanan Permohonan Remote Akses (VPN) bagi Perangkat Daerah", unitName: "Bidang Persandian",
        applicantName: "Ni Luh Putu Ayu Saraswati Dewi", maskedNIK: "************0001", phone: "+6281234567890",
        receivedAt: at(2026, 3, 2, 9), completeAt: at(2026, 3, 3, 10), deadline: at(2026, 3, 6, 16),
        status: .diterima, missingItems: [], complaintChannel: "SP4N-LAPOR! dan telepon (0361) 123456",
        officer: "Made", zone: wita)

    @Test(arguments: ReceiptText.widths)
    func receiptFitsItsWidthAndNamesWhatItMust(width: Int) {
        let text = ReceiptText.text(Self.receipt, width: width)
        for line in text.split(separator: "\n") { #expect(DisplayWidth.of(String(line)) <= width, "\(line)") }
        #expect(text.contains("DKISDEN-2026-000020"), "the number is never cut")
        let flat = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")  // wrapped words joined
        #expect(flat.contains("Bidang Persandian"))
        #expect(flat.contains("(0361) 123456"))
        #expect(flat.contains("Petugas : Made") || flat.contains("Petugas : Made"))
        #expect(flat.contains("Tanda tangan petugas"))
        #expect(flat.contains("Jangka waktu berjalan sejak berkas lengkap"), "a reprint says when the clock started")
    }

    @Test func receiptWrapsByDisplayWidth() {
        var wide = Self.receipt
        wide.applicantName = "王小明 王小明 王小明 王小明 王小明 王小明"
        for line in ReceiptText.text(wide, width: 32).split(separator: "\n") {
            #expect(DisplayWidth.of(String(line)) <= 32, "\(line)")
        }
    }

    @Test func tablesNeverCutWholeColumnsAndFitTheWidth() {
        let table = TextTable([.whole("Nomor"), .flexible("Pemohon"), .fixed("Status", 8)])
        let lines = table.lines(
            [["DKISDEN-2026-000020", String(repeating: "panjang ", count: 20), "diterima"]], width: 60)
        #expect(lines[1].hasPrefix("DKISDEN-2026-000020 "))
        for line in lines { #expect(DisplayWidth.of(line) <= 60) }
        #expect(lines[1].contains("…"))
    }

    @Test func intervals() throws {
        #expect(try IntervalText.seconds("1hari") == 86_400)
        #expect(try IntervalText.seconds("12j") == 43_200)
        #expect(throws: IntervalText.Problem.self) { try IntervalText.seconds("1h") }
        #expect(throws: IntervalText.Problem.self) { try IntervalText.seconds("9999999hari") }
    }

    @Test func overdueGroupsKeepTheOrderOfTheirFirstRow() {
        let groups = OverdueGroups.group([(1, "a"), (2, "b"), (1, "c")]) { Int64($0.0) }
        #expect(groups.map(\.unitID) == [1, 2])
        #expect(groups[0].rows.map(\.1) == ["a", "c"])
    }
}
