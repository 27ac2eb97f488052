import ArgumentParser
import Foundation
import LoketCore
import LoketPresentation
import LoketStore

/// `loket request`: log a pemohon's request and follow it to hand-over.
struct RequestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "request",
        abstract: "Permohonan: catat, lihat, ubah status, lengkapi berkas, perpanjang, alihkan.",
        subcommands: [
            New.self, Show.self, List.self, Update.self, CompleteDocuments.self, Extend.self, Assign.self, Verify.self,
        ]
    )

    struct New: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "new", abstract: "Catat permohonan baru; mencetak nomor dan tenggatnya.")

        @OptionGroup var database: DatabaseOptions
        @Option(name: .long, help: "Layanan: nomor (#id) atau bagian dari namanya.") var service: String
        @Option(name: .long, help: "Nama pemohon (wajib, kecuali dengan --applicant).") var name: String?
        @Option(name: .long, help: "Pemohon yang sudah dikenal: nomornya dari 'loket applicant find' (12 atau #12).")
        var applicant: ApplicantID?
        @Option(name: .long, help: "NIK (16 angka).") var nik: String?
        @Option(name: .long, help: "Nomor telepon (0812..., +62...).") var phone: String?
        @Option(name: .long, help: "Alamat atau instansi asal.") var address: String?
        @Option(name: .long, help: "Pilihan jangka waktu (1, 2, ...) bila jangka waktunya berupa pilihan.")
        var option: Int?
        @Option(name: .long, help: "Persyaratan yang belum dibawa: nomor atau bagian teksnya; boleh berulang.")
        var missing: [String] = []
        @Option(name: .long, help: "Tanggal acara YYYY-MM-DD, untuk layanan yang terikat hari acara (H-5).")
        var event: String?
        @Option(name: .long, help: "Catatan.") var note: String?

        func validate() throws {
            if applicant == nil && Applicant.cleanText(name) == nil {
                throw CLIError.usage(
                    "Sebutkan nama pemohon dengan --name, atau pemohon yang sudah dikenal dengan --applicant ID "
                        + "(cari dengan 'loket applicant find').")
            }
        }

        func run() async throws {
            let eventDay = try event.map(EventDay.parse)
            let session = try Session.open(database)
            let service = try Resolve.service(self.service, in: session.store)
            let summary = try session.store.logRequest(
                NewRequest(
                    serviceID: service.id,
                    applicant: ApplicantInput(name: name ?? "", nik: nik, phone: phone, address: address),
                    option: option, missing: missing, note: note, applicantID: applicant?.value, event: eventDay),
                by: session.user, at: session.now)
            let detail = try session.store.request(number: summary.number, for: session.user, at: session.now)
            print("Nomor: \(summary.number)")
            print("Status: \(summary.status.label)")
            print("Tenggat: \(RequestCommand.deadlineText(detail))")
            if let notice = summary.notice { print("Perhatian: \(notice).") }
        }
    }

    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show", abstract: "Tampilkan satu permohonan dengan riwayatnya.")

        @OptionGroup var database: DatabaseOptions
        @Argument(help: "Nomor permohonan, mis. SDDEN-2026-000123.") var number: String

        func run() async throws {
            let session = try Session.open(database)
            let d = try session.store.request(number: number, for: session.user, at: session.now)
            let s = d.summary
            let tz = d.timeZone
            var out = "\(s.number)  \(s.status.label)\n"
            out += "Instansi : \(d.agencyName)\n"
            out += "Unit     : \(s.unitName)\n"
            out += "Layanan  : \(s.serviceName) (#\(s.serviceID), katalog revisi \(d.catalogRevision))\n"
            out += "Pemohon  : \(d.applicant.name)"
            out += d.applicant.nik.map { ", NIK \($0)" } ?? ""
            out += d.applicant.phone.map { ", telp. \($0)" } ?? ""
            out += d.applicant.address.map { ", \($0)" } ?? ""
            out += "\n"
            out += "Jangka waktu: \(d.timeLimitRaw ?? "(tidak ada)")"
            if let amount = d.timeLimit { out += " → \(amount)" }
            if let condition = d.optionCondition { out += " (\(condition))" }
            if let event = d.event { out += " → hari acara \(IndonesianDateFormat.date(event))" }
            if let extra = d.allowedExtension {
                out += "; dapat diperpanjang \(extra)" + (s.extended ? " (sudah)" : "")
            }
            out += "\n"
            out += "Diterima : \(Session.dateTime(s.receivedAt, tz))\n"
            out += "Lengkap  : \(s.completeAt == nil ? "belum" : Session.dateTime(s.completeAt, tz))\n"
            out += "Tenggat  : \(RequestCommand.deadlineText(d))"
            if s.isOverdue(at: session.now) { out += "  [TERLAMBAT]" }
            if s.finishedLate { out += "  [selesai terlambat]" }
            out += "\n"
            if let warning = d.eventWarning { out += "Perhatian: \(warning)\n" }
            out += "Petugas  : \(s.assignee ?? "-")\n"
            if let reason = d.closingReason { out += "Alasan   : \(reason)\n" }
            if let note = d.note { out += "Catatan  : \(note)\n" }
            if !d.items.isEmpty {
                out += "Persyaratan:\n"
                for item in d.items {
                    let mark = item.brought ? "[x]" : "[ ]"
                    let later = item.completedAt.map { " (dilengkapi \(Session.dateTime($0, tz)))" } ?? ""
                    out += "  \(mark) \(item.label). \(item.text)\(later)\n"
                }
            }
            out += "Riwayat:\n"
            for entry in d.history {
                let line = HistoryText.line(entry.event, assignee: entry.assignee, zone: DateText.zone(tz))
                out += "  \(Session.dateTime(entry.event.at, tz))  \(entry.actor)  \(line)\n"
            }
            print(out, terminator: "")
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list", abstract: "Daftar permohonan unit Anda, terbaru dahulu.")

        @OptionGroup var database: DatabaseOptions
        @Option(
            name: .long, help: "Status: menunggu_berkas, diterima, diproses, selesai, diserahkan, ditolak, dibatalkan.")
        var status: RequestStatus?
        @Option(name: .long, help: "Unit (Bagian): nomor atau bagian dari namanya.") var unit: String?
        @Flag(name: .long, help: "Hanya yang melewati tenggat, paling terlambat dahulu.") var overdue = false
        @Option(
            name: .long,
            help:
                "Hanya yang tenggatnya dalam rentang ini dari sekarang, tenggat terdekat dahulu: 1hari, 12jam, 30menit (juga 1d, 12j)."
        )
        var dueWithin: String?
        @Option(name: .long, help: "Format: table, csv atau json.") var format: ListFormat = .table
        @Option(name: .long, help: "Paling banyak sekian baris (0: semua).") var limit = 1000

        func run() async throws {
            let within = try dueWithin.map(RequestCommand.parseInterval)
            let session = try Session.open(database)
            let unitID = try unit.map { try Resolve.unit($0, in: session.store).id }
            let filter = RequestFilter(
                status: status, unitID: unitID, overdue: overdue, dueWithin: within, limit: limit == 0 ? nil : limit)
            let rows = try session.store.requests(filter, for: session.user, at: session.now)
            // Cut at the limit: say so (on standard error for csv and json, which stay parseable).
            var cut: String?
            if limit > 0, rows.count == limit {
                let total = try session.store.countRequests(filter, for: session.user, at: session.now)
                if total > limit {
                    cut = "(\(limit) dari \(total) ditampilkan; pakai --limit 0 untuk semua)"
                }
            }
            defer {
                if let cut {
                    if format == .table { print(cut) } else { printError("loket: " + cut + "\n") }
                }
            }
            switch format {
            case .json:
                print(try RequestCommand.json(rows.map { RequestJSON($0, now: session.now) }))
            case .csv:
                print(
                    TextLayout.csv(["number", "status", "service", "unit", "applicant", "received_at", "deadline"]))
                for r in rows {
                    let j = RequestJSON(r, now: session.now)
                    print(
                        TextLayout.csv([
                            j.number, j.status, j.service, j.unit, j.applicant, j.received_at, j.deadline ?? "",
                        ]))
                }
            case .table:
                let table = TextTable([
                    .whole("Nomor"), .fixed("Status", 13), .flexible("Pemohon", weight: 2),
                    .flexible("Layanan", weight: 3), .fixed("Tenggat", 17),
                ])
                let cells = rows.map { r -> [String] in
                    let zone = DateText.zone(r.timeZone)
                    let deadline = r.deadline.map { DateText.short($0, zone: zone, now: session.now) } ?? "-"
                    return [
                        r.number, r.status.shortLabel, r.applicantName, r.serviceName,
                        deadline + (r.isOverdue(at: session.now) ? " !" : ""),
                    ]
                }
                if !rows.isEmpty {
                    for line in table.lines(cells, width: TextLayout.outputWidth) { print(line) }
                    if rows.contains(where: { $0.isOverdue(at: session.now) }) { print("(! = terlambat)") }
                }
                if rows.isEmpty { print("(tidak ada permohonan)") }
            }
            try CLIError.check(rows.unreadable)
        }
    }

    struct Update: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "update", abstract: "Ubah status permohonan (ditolak/dibatalkan wajib dengan --reason).")

        @OptionGroup var database: DatabaseOptions
        @Argument(help: "Nomor permohonan.") var number: String
        @Option(name: .long, help: "Status baru.") var status: RequestStatus
        @Option(name: .long, help: "Catatan.") var note: String?
        @Option(name: .long, help: "Alasan (wajib untuk ditolak dan dibatalkan).") var reason: String?

        func run() async throws {
            let session = try Session.open(database)
            let summary = try session.store.changeStatus(
                number: number, to: status, reason: reason, note: note, by: session.user, at: session.now)
            print("\(summary.number): status \(summary.status.label).")
        }
    }

    struct CompleteDocuments: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "complete-documents",
            abstract: "Berkas sudah lengkap: status diterima, tenggat dihitung sejak sekarang.")

        @OptionGroup var database: DatabaseOptions
        @Argument(help: "Nomor permohonan.") var number: String
        @Option(name: .long, help: "Catatan.") var note: String?

        func run() async throws {
            let session = try Session.open(database)
            let summary = try session.store.completeDocuments(
                number: number, by: session.user, note: note, at: session.now)
            print("\(summary.number): berkas lengkap, status \(summary.status.label).")
            print("Tenggat: \(summary.deadline.map { Session.dateTime($0, summary.timeZone) } ?? "tanpa batas waktu")")
        }
    }

    struct Extend: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "extend", abstract: "Perpanjang tenggat sekali, bila jangka waktunya mengizinkan (supervisor)."
        )

        @OptionGroup var database: DatabaseOptions
        @Argument(help: "Nomor permohonan.") var number: String
        @Option(name: .long, help: "Alasan perpanjangan (wajib).") var reason: String?

        func run() async throws {
            let session = try Session.open(database)
            let summary = try session.store.extend(number: number, reason: reason, by: session.user, at: session.now)
            print(
                "\(summary.number): tenggat diperpanjang menjadi \(Session.dateTime(summary.deadline, summary.timeZone))."
            )
        }
    }

    struct Assign: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "assign", abstract: "Alihkan permohonan ke petugas lain (supervisor).")

        @OptionGroup var database: DatabaseOptions
        @Argument(help: "Nomor permohonan.") var number: String
        @Option(name: .long, help: "Pengguna tujuan: nama akun atau bagian dari namanya.") var to: String
        @Option(name: .long, help: "Catatan.") var note: String?

        func run() async throws {
            let session = try Session.open(database)
            let assignee = try Resolve.user(to, in: session.store)
            let summary = try session.store.assign(
                number: number, to: assignee, note: note, by: session.user, at: session.now)
            print("\(summary.number): dialihkan kepada \(summary.assignee ?? assignee.account).")
        }
    }

    struct Verify: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "verify",
            abstract: "Bangun ulang permohonan dari riwayatnya dan laporkan perbedaannya (supervisor).")

        @OptionGroup var database: DatabaseOptions
        @Argument(help: "Nomor permohonan (bawaan: semua).") var number: String?

        func run() async throws {
            let session = try Session.open(database)
            let tally = try session.store.verifyHistory(number: number, by: session.user, at: session.now) { found in
                switch found {
                case .differing(let request):
                    print("\(request.number): baris berbeda dengan riwayatnya")
                    for line in request.differences { print("  \(line)") }
                case .orphans(let orphan):
                    let request = orphan.requestID.map { "#\($0)" } ?? "(nomor tidak terbaca)"
                    print(
                        "Permohonan \(request) tidak ada, tetapi \(orphan.events) peristiwa riwayat menunjuknya "
                            + "(mulai peristiwa #\(orphan.firstEventID)): barisnya dihapus atau peristiwanya ditulis di luar Loket"
                    )
                }
            }
            if tally.isClean {
                print("\(tally.checked) permohonan diperiksa; semuanya sesuai riwayatnya.")
            }
            if tally.unsealed > 0 {
                print(
                    "\(tally.unsealed) permohonan dicatat sebelum segel data pendaftaran ada (v6-request-seal): "
                        + "data pendaftarannya tidak dapat diperiksa.")
            }
            guard tally.isClean else {
                var problems: [String] = []
                if tally.differing > 0 {
                    problems.append("\(tally.differing) dari \(tally.checked) permohonan berbeda dengan riwayatnya")
                }
                if tally.orphanEvents > 0 {
                    problems.append(
                        "\(tally.orphanEvents) peristiwa riwayat menunjuk \(tally.orphanRequests) permohonan yang tidak ada"
                    )
                }
                throw CLIError.dataError(
                    problems.joined(separator: "; ")
                        + ". Bandingkan dengan cadangan terakhir ('loket backup') dan hubungi admin Loket.")
            }
        }
    }

    // MARK: - Helpers

    static func deadlineText(_ d: RequestDetail) -> String {
        DeadlineText.line(
            status: d.summary.status, deadline: d.summary.deadline, missing: d.missingItems.map(\.text),
            zone: DateText.zone(d.timeZone))
    }

    /// `1hari`, `12jam`, `30menit` → seconds (``LoketPresentation/IntervalText``).
    static func parseInterval(_ text: String) throws -> TimeInterval {
        do {
            return try IntervalText.seconds(text)
        } catch {
            throw CLIError.usage(error.description)
        }
    }

    static func json<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}

/// One request in `--format json` (and csv): the issue's fields and a few more.
struct RequestJSON: Encodable {
    var number: String
    var status: String
    var service: String
    var service_id: Int64
    var unit: String
    var agency: String
    var applicant: String
    var received_at: String
    var complete_at: String?
    var deadline: String?
    var assignee: String?
    var extended: Bool
    var overdue: Bool

    init(_ r: RequestSummary, now: Date) {
        number = r.number
        status = r.status.rawValue
        service = r.serviceName
        service_id = r.serviceID
        unit = r.unitName
        agency = r.agencyCode
        applicant = r.applicantName
        received_at = Session.iso(r.receivedAt, r.timeZone) ?? ""
        complete_at = Session.iso(r.completeAt, r.timeZone)
        deadline = Session.iso(r.deadline, r.timeZone)
        assignee = r.assignee
        extended = r.extended
        overdue = r.isOverdue(at: now)
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(number, forKey: .number)
        try c.encode(status, forKey: .status)
        try c.encode(service, forKey: .service)
        try c.encode(service_id, forKey: .service_id)
        try c.encode(unit, forKey: .unit)
        try c.encode(agency, forKey: .agency)
        try c.encode(applicant, forKey: .applicant)
        try c.encode(received_at, forKey: .received_at)
        try c.encode(complete_at, forKey: .complete_at)  // null, not absent
        try c.encode(deadline, forKey: .deadline)
        try c.encode(assignee, forKey: .assignee)
        try c.encode(extended, forKey: .extended)
        try c.encode(overdue, forKey: .overdue)
    }

    enum CodingKeys: String, CodingKey {
        case number, status, service, service_id, unit, agency, applicant, received_at, complete_at, deadline,
            assignee, extended, overdue
    }
}

/// A pemohon's id as typed: `12` or `#12` (as `loket applicant find` prints it).
struct ApplicantID: ExpressibleByArgument {
    var value: Int64

    init?(argument: String) {
        let digits = argument.hasPrefix("#") ? String(argument.dropFirst()) : argument
        guard let value = Int64(digits), value > 0 else { return nil }
        self.value = value
    }
}
