import Foundation
import LoketCore
import LoketImporter
import Testing

/// The whole import of each seed, pinned: every unit with its decree, every service with its
/// line, name, components present and jangka waktu (text and reading), and every warning. The
/// files in `Golden/` were reviewed line by line; a change to the importer that moves any of it
/// shows here as a diff. After a deliberate change, regenerate with
/// `LOKET_UPDATE_GOLDEN=1 swift test --filter GoldenReportTests`, then review the diff.
struct GoldenReportTests {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    @Test(arguments: ["000", "001", "002", "003", "004"])
    func theImportReportOfEachSeedIsPinned(_ prefix: String) throws {
        let report = Self.report(try Seeds.catalog(prefix))
        let file = Self.directory.appendingPathComponent("seed-\(prefix).txt")
        if ProcessInfo.processInfo.environment["LOKET_UPDATE_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: Self.directory, withIntermediateDirectories: true)
            try Data(report.utf8).write(to: file)
        }
        let pinned = try String(contentsOf: file, encoding: .utf8)
        if report != pinned {
            let got = report.split(separator: "\n", omittingEmptySubsequences: false)
            let want = pinned.split(separator: "\n", omittingEmptySubsequences: false)
            let first = (0..<min(got.count, want.count)).first { got[$0] != want[$0] } ?? min(got.count, want.count)
            let gone = want.filter { !got.contains($0) }.prefix(30).map { "  - \($0)" }
            let new = got.filter { !want.contains($0) }.prefix(30).map { "  + \($0)" }
            Issue.record(
                """
                seed \(prefix) differs from Golden/seed-\(prefix).txt from line \(first + 1):
                \((gone + new).joined(separator: "\n"))
                """)
        }
    }

    /// The report: plain text a person can read against the decree.
    static func report(_ catalog: ParsedCatalog) -> String {
        var out = "\(catalog.source): \(catalog.agencyName)\n"
        out += "services \(catalog.serviceCount), units \(catalog.units.count), warnings \(catalog.warnings.count)\n"
        for unit in catalog.units {
            out += "\nunit \(unit.name) — decree \(unit.decree.number ?? "-"), \(unit.decree.date ?? "-")\n"
            for service in unit.services {
                out += "  \(service.line) \(service.name)\n"
                let numbers = service.components.compactMap(\.number)
                let extra = service.components.count - numbers.count
                let missing = Component.allCases.map(\.rawValue).filter { !numbers.contains($0) }
                out += "    components \(numbers.map(String.init).joined(separator: " "))"
                if extra > 0 { out += " +\(extra) extra" }
                if !missing.isEmpty { out += "; missing \(missing.map(String.init).joined(separator: " "))" }
                out += "\n"
                if let time = service.components.first(where: { $0.number == Component.jangkaWaktu.rawValue }) {
                    let text = time.text.replacingOccurrences(of: "\n", with: " / ")
                    out += "    jangka waktu (\(time.line)) «\(text)»\n"
                    let reading = TimeLimitParser.parse(time.text).reading
                    if case .open(let reason?) = reading, !reason.isEmpty {
                        out += "      → tanpa batas pasti (frasa yang dikenal pada teks di atas)\n"
                    } else {
                        out += "      → \(reading.indonesianSummary)\n"
                    }
                } else {
                    out += "    jangka waktu: no row\n"
                }
            }
        }
        out += "\nwarnings\n"
        for warning in catalog.warnings { out += "  \(warning.line): \(warning.message)\n" }
        return out
    }
}
