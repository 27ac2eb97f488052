import ArgumentParser
import Foundation
import LoketCore
import LoketPresentation
import LoketStore

/// `loket overdue`: the overdue board (supervisors): running requests past their deadline, most
/// late first, grouped by Bagian, with how late each is.
struct OverdueCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "overdue",
        abstract: "Permohonan yang melewati tenggat, paling terlambat dahulu, per Bagian (supervisor)."
    )

    @OptionGroup var database: DatabaseOptions
    @Option(name: .long, help: "Format: table, csv atau json.") var format: ListFormat = .table
    @Option(name: .long, help: "Paling banyak sekian permohonan (0: semua).") var limit = 100

    func run() async throws {
        let session = try Session.open(database)
        let rows = try session.store.overdue(
            for: session.user, at: session.now, limit: limit == 0 ? Int.max : limit)
        // Bagian in the order of their most late request; inside, most late first.
        let groups = OverdueGroups.group(rows.rows) { $0.summary.unitID }
        let grouped = groups.flatMap(\.rows)
        switch format {
        case .json:
            print(try RequestCommand.json(grouped.map { OverdueJSON($0, now: session.now) }))
        case .csv:
            print(TextLayout.csv(["unit", "number", "status", "service", "applicant", "deadline", "late"]))
            for row in grouped {
                let s = row.summary
                print(
                    TextLayout.csv([
                        s.unitName, s.number, s.status.rawValue, s.serviceName, s.applicantName,
                        Session.iso(s.deadline, s.timeZone) ?? "", row.lateness.description,
                    ]))
            }
        case .table:
            if rows.isEmpty { print("Tidak ada permohonan yang melewati tenggat.") }
            let table = TextTable([
                .whole("Nomor"), .whole("Terlambat"), .fixed("Tenggat", 17), .flexible("Pemohon — layanan"),
            ])
            // One table for every group, so that the columns line up across Bagian.
            let cells = grouped.map { row -> [String] in
                let s = row.summary
                let deadline = s.deadline.map { DateText.short($0, zone: DateText.zone(s.timeZone), now: session.now) }
                return [
                    s.number, "terlambat \(row.lateness)", deadline ?? "-",
                    s.applicantName + " — " + s.serviceName + (s.assignee.map { " [\($0)]" } ?? ""),
                ]
            }
            var lines = table.lines(cells, width: TextLayout.outputWidth - 2, header: false)[...]
            for group in groups {
                let first = group.rows[0].summary
                let count = " (\(first.agencyCode)) — \(group.rows.count) terlambat"
                let room = TextLayout.outputWidth - DisplayWidth.of(count)
                print(TextTable.cut(first.unitName, room) + count)
                for line in lines.prefix(group.rows.count) { print("  " + line) }
                lines = lines.dropFirst(group.rows.count)
            }
            if rows.count == limit {
                print("(menampilkan \(limit) yang paling terlambat; --limit 0 untuk semua)")
            }
        }
        try CLIError.check(rows.unreadable)
    }
}

struct OverdueJSON: Encodable {
    var request: RequestJSON
    var lateness: Lateness

    init(_ row: OverdueRequest, now: Date) {
        request = RequestJSON(row.summary, now: now)
        lateness = row.lateness
    }

    func encode(to encoder: any Encoder) throws {
        try request.encode(to: encoder)
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(lateness.description, forKey: .late)
        switch lateness {
        case .workdays(let n):
            try c.encode(n, forKey: .late_workdays)
            try c.encodeNil(forKey: .late_hours)
        case .hours(let n):
            try c.encodeNil(forKey: .late_workdays)
            try c.encode(n, forKey: .late_hours)
        }
    }

    enum CodingKeys: String, CodingKey { case late, late_workdays, late_hours }
}
