import ArgumentParser
import Foundation
import LoketCore
import LoketPresentation
import LoketStore

/// `loket report`: the monthly report of the user's units (supervisors): per Bagian and per
/// service, what was received in the month and what became of it, and the SKM index.
struct ReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Laporan bulanan per Bagian dan layanan: tepat waktu, terlambat, median, IKM (supervisor).",
        discussion: """
            Permohonan dihitung pada bulan diterimanya (zona waktu instansi); "selesai" berarti \
            selesai atau diserahkan, diukur saat selesai. Lihat README, "The monthly report and the SKM".
            """
    )

    @OptionGroup var database: DatabaseOptions
    @Option(name: .long, help: "Bulan, YYYY-MM (bawaan: bulan ini).") var month: String?
    @Option(name: .long, help: "Hanya satu Bagian (nomor atau bagian dari namanya).") var unit: String?
    @Option(name: .long, help: "Format: table, csv atau json.") var format: ListFormat = .table

    func run() async throws {
        let chosen = try month.map { try ReportCommand.month($0) }
        let session = try Session.open(database, requiring: .readReports)
        let unitID = try unit.map { try Resolve.unit($0, in: session.store).id }
        let reportMonth = try chosen ?? session.store.currentReportMonth(for: session.user, at: session.now)
        let report = try session.store.monthlyReport(
            for: session.user, month: reportMonth, unitID: unitID, at: session.now)
        switch format {
        case .json: print(try RequestCommand.json(ReportJSON(report)))
        case .csv: printCSV(report)
        case .table: printTable(report)
        }
    }

    /// `--month YYYY-MM` of `report` and `skm add`, or a usage error that says how to write it.
    static func month(_ text: String) throws -> ReportMonth {
        guard let parsed = ReportMonth(parsing: text) else {
            throw CLIError.usage(
                "Bulan '\(TerminalSafe.clean(text))' tidak terbaca (--month). Tulis tahun dan bulan, "
                    + "mis. --month 2026-11. Tidak ada yang diubah.")
        }
        return parsed
    }

    /// One line per Bagian, per service and for the total; `level` tells them apart, so a sum
    /// over a column takes one level (`bagian`, `layanan`, `jumlah`). Numbers with a point, the
    /// JSON's rounding.
    private func printCSV(_ report: MonthlyReport) {
        let figures = [
            "received", "finished_on_time", "finished_late", "open", "overdue", "rejected_or_cancelled",
            "on_time_pct", "median_working_hours", "median_working_days", "skm_responses", "ikm", "ikm_grade",
        ]
        print(TextLayout.csv(["month", "level", "agency", "unit", "service"] + figures))
        func line(_ level: String, _ agency: String, _ unit: String, _ service: String, _ f: ReportFigures) {
            let cells: [String] = [
                String(f.received), String(f.finishedOnTime), String(f.finishedLate), String(f.open),
                String(f.overdue), String(f.closedUnfinished),
                f.onTimePercent.map { ReportText.fixed($0, places: 1) } ?? "",
                f.medianWorkingHours.map { ReportText.fixed($0, places: 2) } ?? "",
                f.medianWorkingDays.map { ReportText.fixed($0, places: 2) } ?? "", String(f.skm.responses),
                f.skm.index.map { ReportText.fixed($0, places: 2) } ?? "", f.skm.grade?.rawValue ?? "",
            ]
            print(TextLayout.csv([report.month.description, level, agency, unit, service] + cells))
        }
        for unit in report.units {
            line("bagian", unit.agencyCode, unit.unitName, "", unit.counts)
            for service in unit.services {
                line("layanan", unit.agencyCode, unit.unitName, service.serviceName, service.counts)
            }
        }
        line("jumlah", "", "", "", report.total)
    }

    private func printTable(_ report: MonthlyReport) {
        let width = TextLayout.outputWidth
        print(TextTable.cut(ReportText.title(report.month), width))
        let nameWidth = ReportText.nameWidth(in: width)
        print(ReportText.header(nameWidth: nameWidth))
        if report.units.isEmpty { print(ReportText.noUnits) }
        for unit in report.units {
            print(ReportText.row(ReportText.unitName(unit), unit.counts, nameWidth: nameWidth))
            for service in unit.services {
                print(ReportText.row("  " + service.serviceName, service.counts, nameWidth: nameWidth))
            }
        }
        print(ReportText.row(ReportText.totalName, report.total, nameWidth: nameWidth))
        print("")
        for line in TextWrap.wrap(ReportText.legend, width: width) { print(line) }
        printSurvey(report, width: width)
    }

    /// Per Bagian with answers, the nine elements' averages (U1 ... U9) and the IKM; `-` where
    /// a row has fewer forms than are shown.
    private func printSurvey(_ report: MonthlyReport, width: Int) {
        let answered = report.units.filter { $0.counts.skm.responses > 0 }
        print("")
        print(ReportText.surveyHeading + " (rata-rata per unsur, 1-4):")
        guard !answered.isEmpty else {
            print(ReportText.noAnswers)
            return
        }
        let ikmWidth = ReportText.columns.last?.width ?? 8
        let nameWidth = max(10, width - 5 - 9 * 5 - (ikmWidth + 1))
        func row(_ name: String, _ cells: [String]) -> String {
            var text = TextTable.cut(name, nameWidth)
            text += String(repeating: " ", count: max(0, nameWidth - DisplayWidth.of(text)))
            for (index, cell) in cells.enumerated() {
                let w = index == cells.count - 1 ? ikmWidth : 4
                text += " " + String(repeating: " ", count: max(0, w - DisplayWidth.of(cell))) + cell
            }
            return text
        }
        print(row("Bagian", ["n"] + SKMElement.allCases.map { "U\($0.rawValue)" } + ["IKM"]))
        func figures(_ tally: SKMTally) -> [String] {
            let averages = tally.averages?.map { ReportText.decimal($0, places: 2) }
            return [String(tally.responses)] + (averages ?? Array(repeating: "-", count: SKMElement.allCases.count))
                + [ReportText.ikmShort(tally)]
        }
        for unit in answered { print(row(ReportText.unitName(unit), figures(unit.counts.skm))) }
        print(row(ReportText.totalName, figures(report.total.skm)))
        let names = SKMElement.allCases.map { "U\($0.rawValue) \($0.name)" }.joined(separator: "; ")
        var notes = names + ". " + ReportText.ikmLong(report.total.skm)
        if !notes.hasSuffix(".") { notes += "." }
        if answered.contains(where: { !$0.counts.skm.isShown }), report.total.skm.isShown {
            notes += " " + ReportText.hiddenRows
        }
        for line in TextWrap.wrap(notes, width: width) { print(line) }
    }
}

/// `--format json`: the keys, and a few more.
struct ReportJSON: Encodable {
    var month: String
    var units: [UnitJSON]
    var total: FiguresJSON
    /// Below this many forms a row's SKM averages, `ikm` and `ikm_grade` are null.
    var skmMinimumResponses = SKMTally.minimumShown

    init(_ report: MonthlyReport) {
        month = report.month.description
        units = report.units.map(UnitJSON.init)
        total = FiguresJSON(report.total)
    }

    enum CodingKeys: String, CodingKey {
        case month
        case units
        case total
        case skmMinimumResponses = "skm_minimum_responses"
    }

    struct UnitJSON: Encodable {
        var figures: FiguresJSON
        var agency: String
        var agencyCode: String
        var unit: String
        var unitID: Int64
        var services: [ServiceJSON]

        init(_ unit: UnitReport) {
            figures = FiguresJSON(unit.counts)
            agency = unit.agencyName
            agencyCode = unit.agencyCode
            self.unit = unit.unitName
            unitID = unit.unitID
            services = unit.services.map(ServiceJSON.init)
        }

        enum CodingKeys: String, CodingKey {
            case agency
            case agencyCode = "agency_code"
            case unit
            case unitID = "unit_id"
            case services
        }

        func encode(to encoder: any Encoder) throws {
            try figures.encode(to: encoder)
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(agency, forKey: .agency)
            try c.encode(agencyCode, forKey: .agencyCode)
            try c.encode(unit, forKey: .unit)
            try c.encode(unitID, forKey: .unitID)
            try c.encode(services, forKey: .services)
        }
    }

    struct ServiceJSON: Encodable {
        var figures: FiguresJSON
        var service: String
        var serviceID: Int64

        init(_ service: ServiceReport) {
            figures = FiguresJSON(service.counts)
            self.service = service.serviceName
            serviceID = service.serviceID
        }

        enum CodingKeys: String, CodingKey {
            case service
            case serviceID = "service_id"
        }

        func encode(to encoder: any Encoder) throws {
            try figures.encode(to: encoder)
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(service, forKey: .service)
            try c.encode(serviceID, forKey: .serviceID)
        }
    }

    struct FiguresJSON: Encodable {
        var received, finishedOnTime, finishedLate, open, overdue, closedUnfinished: Int
        var onTimePct: Double?
        var medianWorkingHours: Double?
        var medianWorkingDays: Double?
        var skmResponses: Int
        var skmAverages: [String: Double]?
        var ikm: Double?
        var ikmGrade: String?

        init(_ f: ReportFigures) {
            received = f.received
            finishedOnTime = f.finishedOnTime
            finishedLate = f.finishedLate
            open = f.open
            overdue = f.overdue
            closedUnfinished = f.closedUnfinished
            onTimePct = f.onTimePercent.map { ReportText.rounded($0, places: 1) }
            medianWorkingHours = f.medianWorkingHours.map { ReportText.rounded($0, places: 2) }
            medianWorkingDays = f.medianWorkingDays.map { ReportText.rounded($0, places: 2) }
            skmResponses = f.skm.responses
            skmAverages = f.skm.averages.map { averages in
                Dictionary(
                    uniqueKeysWithValues: zip(SKMElement.allCases, averages).map {
                        ("u\($0.rawValue)", ReportText.rounded($1, places: 2))
                    })
            }
            ikm = f.skm.index.map { ReportText.rounded($0, places: 2) }
            ikmGrade = f.skm.grade?.rawValue
        }

        enum CodingKeys: String, CodingKey {
            case received
            case finishedOnTime = "finished_on_time"
            case finishedLate = "finished_late"
            case open, overdue
            case closedUnfinished = "rejected_or_cancelled"
            case onTimePct = "on_time_pct"
            case medianWorkingHours = "median_working_hours"
            case medianWorkingDays = "median_working_days"
            case skmResponses = "skm_responses"
            case skmAverages = "skm_averages"
            case ikm
            case ikmGrade = "ikm_grade"
        }

        // Nulls written out: a reader sees every key, `null` where there is nothing to show.
        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(received, forKey: .received)
            try c.encode(finishedOnTime, forKey: .finishedOnTime)
            try c.encode(finishedLate, forKey: .finishedLate)
            try c.encode(open, forKey: .open)
            try c.encode(overdue, forKey: .overdue)
            try c.encode(closedUnfinished, forKey: .closedUnfinished)
            try c.encode(onTimePct, forKey: .onTimePct)
            try c.encode(medianWorkingHours, forKey: .medianWorkingHours)
            try c.encode(medianWorkingDays, forKey: .medianWorkingDays)
            try c.encode(skmResponses, forKey: .skmResponses)
            try c.encode(skmAverages, forKey: .skmAverages)
            try c.encode(ikm, forKey: .ikm)
            try c.encode(ikmGrade, forKey: .ikmGrade)
        }
    }
}
