import ArgumentParser
import Foundation
import GRDB
import LoketCore
import LoketStore

/// `loket bench requests`: a database with `--count` requests (1 000 000 by default), generated
/// in one transaction with prepared statements, then the issue's figures: logging one request,
/// the overdue board's first 100 rows, one request with its history, the file size.
struct BenchRequests: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "requests", abstract: "Ukur kecepatan permohonan pada basis data berisi banyak permohonan.")

    @Option(name: .long, help: "Jumlah permohonan yang dibuat.")
    var count = 1_000_000

    @Option(name: .long, help: "Jumlah pengulangan per ukuran.")
    var iterations = 200

    @Option(name: .long, help: "Simpan basis data bench di sini (bawaan: berkas sementara yang dihapus).")
    var keep: String?

    func validate() throws {
        guard count >= 1 else { throw ValidationError("--count harus 1 atau lebih (ditulis \(count)).") }
        guard iterations >= 1 else {
            throw ValidationError("--iterations harus 1 atau lebih (ditulis \(iterations)).")
        }
    }

    func run() async throws { try work() }

    /// The admin a bench acts as: the account that runs it (as `loket` reads it,
    /// ``CurrentAccount``), so that the ordinary commands can be run on a kept database; `bench`
    /// when the process has no trusted account.
    static func admin(of store: Store) throws -> User {
        let account: String
        switch CurrentAccount.identity() {
        case .account(let name): account = name
        case .refused: account = "bench"
        }
        return try store.bootstrapAdmin(account: account) ?? store.currentUser(account: account)
    }

    /// Synchronous, so GRDB's blocking reads are used (not its async overloads).
    func work() throws {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("loket-bench-requests-\(ProcessInfo.processInfo.processIdentifier)")
        let path = keep ?? directory.appendingPathComponent("loket.sqlite").path
        if keep == nil {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        }
        defer { if keep == nil { try? FileManager.default.removeItem(at: directory) } }

        let store = try Store(path: path)
        _ = try store.importCatalogs(try SeedCatalog.parseAll())
        _ = try store.syncNationalHolidays(try SeedCatalog.nationalHolidays())
        let admin = try Self.admin(of: store)
        let now = Date()

        let generate = try measure { try Self.generate(count, in: store, admin: admin, now: now) }
        print("Loket bench requests: \(count) permohonan dibuat dalam \(String(format: "%.1f", generate / 1000)) s")

        // Services with a fixed, non-choice limit to log against, round robin.
        let services = try store.catalogTree().flatMap { $0.units.flatMap(\.services) }.filter { service in
            guard let limit = try? store.timeLimit(serviceID: service.id) else { return false }
            if case .choice = limit.reading { return false }
            return true
        }.map(\.id)
        var logging: [Double] = []
        var numbers: [String] = []
        for i in 0..<iterations {
            logging.append(
                try measure {
                    let summary = try store.logRequest(
                        NewRequest(
                            serviceID: services[i % services.count],
                            applicant: ApplicantInput(name: "Pemohon Bench \(i)", phone: "0812\(10_000_000 + i)")),
                        by: admin, at: now)
                    numbers.append(summary.number)
                })
        }
        var overdue: [Double] = []
        var rows = 0
        for _ in 0..<iterations {
            overdue.append(try measure { rows = try store.overdue(for: admin, at: now, limit: 100).count })
        }
        // A supervisor limited to one unit (the unit with the most overdue requests), and an
        // admin's unfiltered list: the roles whose queries need their own indexes.
        let unitID = try store.reader.read { db in
            try Int64.fetchOne(
                db,
                sql: """
                    SELECT unit_id FROM request WHERE status IN ('diterima', 'diproses') AND deadline < ?
                    GROUP BY unit_id ORDER BY count(*) DESC LIMIT 1
                    """, arguments: [now])
        }
        let supervisor =
            try store.user(account: "bench-kabag")
            ?? store.addUser(
                account: "bench-kabag", displayName: nil, role: .supervisor, unitIDs: unitID.map { [$0] } ?? [],
                by: admin)
        var scopedOverdue: [Double] = []
        var scopedRows = 0
        for _ in 0..<iterations {
            scopedOverdue.append(
                try measure { scopedRows = try store.overdue(for: supervisor, at: now, limit: 100).count })
        }
        var list: [Double] = []
        var listRows = 0
        for _ in 0..<iterations {
            list.append(
                try measure { listRows = try store.requests(RequestFilter(limit: 100), for: admin, at: now).count })
        }
        let sample = try store.reader.read { db in
            try String.fetchAll(
                db, sql: "SELECT number FROM request WHERE id % ? = 0 LIMIT ?",
                arguments: [max(1, count / iterations), iterations])
        }
        var history: [Double] = []
        var events = 0
        for number in sample {
            history.append(try measure { events += try store.request(number: number, for: admin).history.count })
        }
        try store.writer.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
        let size = (try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0

        print("(\(iterations) kali, median / maks, milidetik)")
        report("log one request (card, time limit, calendar, checks, write)", logging)
        report("overdue board, first \(rows) rows", overdue)
        report("overdue board, supervisor of one unit (\(scopedRows) rows)", scopedOverdue)
        report("request list, admin, first \(listRows) rows", list)
        report("one request with its history (\(events / max(1, sample.count)) events avg)", history)
        print(
            String(format: "  database file size: %.0f MB (%d bytes/request)", Double(size) / 1e6, size / max(1, count))
        )
    }

    /// Writes `count` requests in one transaction: applicants (one per three requests), requests
    /// spread over the last two years, one to four events each, the counters. About 3% are still
    /// running, a third of those past their deadline; a few wait for documents. Each row's
    /// `updated_at` is its last event's time and its `dibuat` event carries its ``RequestSeal``,
    /// as Loket writes them, so `loket request verify` finds nothing to report.
    static func generate(_ count: Int, in store: Store, admin: User, now: Date) throws {
        let services = try store.reader.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT sr.service_id, sr.id, s.unit_id, u.agency_id, a.code
                    FROM serviceRevision sr JOIN service s ON s.id = sr.service_id JOIN unit u ON u.id = s.unit_id
                    JOIN agency a ON a.id = u.agency_id
                    """
            ).map {
                (
                    service: $0[0] as Int64, revision: $0[1] as Int64, unit: $0[2] as Int64, agency: $0[3] as Int64,
                    code: $0[4] as String
                )
            }
        }
        try store.writer.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA cache_size = -200000")
            try db.inTransaction(.immediate) {
                let applicant = try db.makeStatement(
                    sql: "INSERT INTO applicant (name, nik, phone, created_at, updated_at) VALUES (?, ?, ?, ?, ?)")
                let request = try db.makeStatement(
                    sql: """
                        INSERT INTO request (number, agency_id, year, sequence, service_id, service_revision_id,
                            unit_id, applicant_id, applicant_name, applicant_nik, applicant_phone, time_limit_text,
                            time_limit_amount, time_limit_unit, received_at, complete_at, deadline, status, finished_at,
                            assignee_id, created_by, updated_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                let event = try db.makeStatement(
                    sql: """
                        INSERT INTO request_event (request_id, at, actor_id, kind, from_status, to_status,
                            complete_at, deadline, assignee_id, seal)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                var sequences: [Int64: [Int: Int]] = [:]
                let span = 2 * 365 * 86_400.0
                let applicants = max(1, count / 3)
                for i in 0..<applicants {
                    let nik = i % 2 == 0 ? String(format: "5171%012d", i) : nil
                    try applicant.execute(arguments: ["Pemohon \(i)", nik, "+62813\(10_000_000 + i)", now, now])
                }
                let firstApplicant = db.lastInsertedRowID - Int64(applicants) + 1
                let calendar = WorkingCalendar.standard(timeZone: TimeZone(identifier: "Asia/Makassar")!)
                for i in 0..<count {
                    let service = services[i % services.count]
                    // Oldest first, so ids follow receipt time.
                    let received = now.addingTimeInterval(-span + span * Double(i) / Double(count))
                    let year = calendar.civil(received).date.year
                    let sequence = (sequences[service.agency]?[year] ?? 0) + 1
                    sequences[service.agency, default: [:]][year] = sequence
                    let number = RequestNumber(agencyCode: service.code, year: year, sequence: sequence).description
                    let deadline = received.addingTimeInterval(7 * 86_400)
                    let recent = i >= count - count / 33  // the last 3%: still running
                    let status: RequestStatus =
                        recent
                        ? (i % 10 == 0 ? .menungguBerkas : (i % 2 == 0 ? .diproses : .diterima))
                        : (i % 50 == 0 ? .dibatalkan : .diserahkan)
                    let complete: Date? = status == .menungguBerkas ? nil : received
                    let finished: Date? = status.isOpen ? nil : received.addingTimeInterval(5 * 86_400)
                    let processing = received.addingTimeInterval(3_600)
                    // The row's updated_at is its last event's time (a diproses request's is its status event).
                    let updated = finished ?? (status == .diproses ? processing : received)
                    let applicantIndex = i % applicants
                    let nik = applicantIndex % 2 == 0 ? String(format: "5171%012d", applicantIndex) : nil
                    let name = "Pemohon \(applicantIndex)"
                    let phone = "+62813\(10_000_000 + applicantIndex)"
                    let applicantID = firstApplicant + Int64(applicantIndex)
                    try request.execute(arguments: [
                        number, service.agency, year, sequence, service.service, service.revision, service.unit,
                        applicantID, name, nik, phone, "5 hari kerja", 5, "workdays", received, complete,
                        complete == nil ? nil : deadline, status.rawValue, finished, admin.id, admin.id, updated,
                    ])
                    let id = db.lastInsertedRowID
                    // In RequestSeal.columns order.
                    let seal = RequestSeal.of(bound: [
                        id, number, service.agency, year, sequence, service.service, service.revision, service.unit,
                        applicantID, name, nik, phone, nil, nil, "5 hari kerja", nil, 5, "workdays", nil, nil, received,
                        admin.id, nil, nil, nil,
                    ])
                    let initial: RequestStatus = complete == nil ? .menungguBerkas : .diterima
                    try event.execute(arguments: [
                        id, received, admin.id, RequestEventKind.dibuat.rawValue, nil, initial.rawValue, complete,
                        complete == nil ? nil : deadline, admin.id, seal,
                    ])
                    if status == .diproses || status == .diserahkan {
                        try event.execute(arguments: [
                            id, processing, admin.id, RequestEventKind.status.rawValue, "diterima", "diproses", nil,
                            nil, nil, nil,
                        ])
                    }
                    if status == .diserahkan {
                        try event.execute(arguments: [
                            id, finished!, admin.id, "status", "diproses", "selesai", nil, nil, nil, nil,
                        ])
                        // Handed over: the row's finished_at is when it was ready.
                        try event.execute(arguments: [
                            id, finished!, admin.id, "status", "selesai", "diserahkan", nil, nil, nil, nil,
                        ])
                    } else if status == .dibatalkan {
                        try event.execute(arguments: [
                            id, finished!, admin.id, "status", "diterima", "dibatalkan", nil, nil, nil, nil,
                        ])
                    }
                }
                for (agency, years) in sequences {
                    for (year, last) in years {
                        try db.execute(
                            sql: "INSERT OR REPLACE INTO request_counter (agency_id, year, last) VALUES (?, ?, ?)",
                            arguments: [agency, year, last])
                    }
                }
                return .commit
            }
        }
    }
}

/// `loket bench burst`: logs `--count` requests one by one through the normal path, writing
/// `disimpan NUMBER` after each commit (unbuffered). The load and crash tests run several of
/// these at once, or kill one with `kill -9` mid-way.
struct BenchBurst: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "burst", abstract: "Catat banyak permohonan berturut-turut (uji beban dan kill -9).")

    @OptionGroup var database: DatabaseOptions
    @Option(name: .long, help: "Layanan: nomor (#id) atau bagian dari namanya.") var service: String
    @Option(name: .long, help: "Jumlah permohonan.") var count = 250

    func run() async throws {
        let session = try Session.open(database)
        let service = try Resolve.service(self.service, in: session.store)
        let pid = ProcessInfo.processInfo.processIdentifier
        for i in 0..<count {
            let summary = try session.store.logRequest(
                NewRequest(serviceID: service.id, applicant: ApplicantInput(name: "Pemohon \(pid)-\(i)")),
                by: session.user)
            StandardOutput.appendNow("disimpan \(summary.number)\n")
        }
    }
}
