import ArgumentParser
import Foundation
import LoketCore
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
        var order: [Int64] = []
        var groups: [Int64: [OverdueRequest]] = [:]
        for row in rows {
            if groups[row.summary.unitID] == nil { order.append(row.summary.unitID) }
            groups[row.summary.unitID, default: []].append(row)
        }
        let grouped = order.flatMap { groups[$0]! }
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
            for unitID in order {
                let members = groups[unitID]!
                print("\(members[0].summary.unitName) (\(members[0].summary.agencyCode)) — \(members.count) terlambat")
                for row in members {
                    let s = row.summary
                    print(
                        "  " + TextLayout.pad(s.number, 18) + " terlambat "
                            + TextLayout.pad(row.lateness.description, 23)
                            + " tenggat " + Session.dateTime(s.deadline, s.timeZone) + "  " + s.applicantName + " — "
                            + s.serviceName + (s.assignee.map { " [\($0)]" } ?? ""))
                }
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
