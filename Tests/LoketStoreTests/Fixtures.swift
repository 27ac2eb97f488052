import Foundation
import GRDB
import LoketCore
@testable import LoketStore

/// Hand-built catalogs and helpers shared by the store tests.
enum Fixture {
    static let decree = DecreeInfo(number: "188.4/726/ORG/2021", date: "2021-03-15")
    static let agencyName = "Sekretariat Daerah Kota Denpasar"

    /// A service with a few components: 1, 2, 3 (jangka waktu), an extra unnumbered row, and 14.
    static func service(_ name: String, line: Int, days: Int = 3, extra: String = "Maklumat") -> ParsedService {
        ParsedService(
            name: name, line: line,
            components: [
                ParsedComponent(number: 1, label: "Persyaratan", text: "KTP\nSurat permohonan", line: line + 1),
                ParsedComponent(
                    number: 2, label: "Sistem, Mekanisme dan Prosedur", text: "Datang ke loket",
                    line: line + 2),
                ParsedComponent(number: 3, label: "Jangka Waktu", text: "\(days) (hari) hari kerja", line: line + 3),
                ParsedComponent(number: nil, label: extra, text: "Kami siap melayani", line: line + 4),
                ParsedComponent(
                    number: 14, label: "Evaluasi Kinerja Pelaksana", text: "Setahun sekali",
                    line: line + 5),
            ])
    }

    static func unit(_ name: String, _ services: [ParsedService], decree: DecreeInfo = decree) -> ParsedUnit {
        ParsedUnit(name: name, decree: decree, services: services)
    }

    static func catalog(
        _ units: [ParsedUnit], agency: String = agencyName, source: String = "000_setda.txt",
        decree: DecreeInfo = decree
    ) -> ParsedCatalog {
        ParsedCatalog(source: source, agencyName: agency, decree: decree, units: units, warnings: [])
    }

    /// Setda Denpasar: Bagian Hukum (2 services), Bagian Umum (1 service).
    static var setda: ParsedCatalog {
        catalog([
            unit(
                "Bagian Hukum",
                [
                    service("Permohonan MC.", line: 10),
                    service("Konsultasi Hukum", line: 30, days: 5),
                ]),
            unit("Bagian Umum", [service("Peminjaman Aula", line: 50, days: 1)]),
        ])
    }

    /// Another agency, one unit.
    static var diskominfo: ParsedCatalog {
        let decree = DecreeInfo(number: "800/12/DKIS/2022", date: nil)
        return catalog(
            [unit("Bidang Statistik", [service("Permintaan Data Statistik", line: 12)], decree: decree)],
            agency: "Dinas Komunikasi, Informatika dan Statistik Kota Denpasar", source: "002_diskominfos.txt",
            decree: decree
        )
    }

    /// A catalog of `count` services spread over units of 10, for the timing test.
    static func large(services count: Int) -> ParsedCatalog {
        let units = stride(from: 0, to: count, by: 10).map { start in
            unit(
                "Bagian \(start / 10 + 1)",
                (start..<min(start + 10, count)).map {
                    service("Layanan nomor \($0 + 1)", line: 100 + $0 * 20)
                })
        }
        return catalog(units)
    }

    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("loket-store-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

/// The row counts of every catalog table.
struct RowCounts: Equatable, CustomStringConvertible {
    var counts: [String: Int]
    var description: String { counts.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ") }

    static let tables = ["agency", "decree", "catalogRevision", "unit", "service", "serviceRevision", "component"]

    init(_ store: Store) throws {
        counts = try store.reader.read { db in
            var counts: [String: Int] = [:]
            for table in Self.tables {
                counts[table] = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)") ?? 0
            }
            return counts
        }
    }
}

/// Every row of every catalog table, as text: two equal dumps mean identical contents.
func dump(_ store: Store) throws -> [String] {
    try store.reader.read { db in
        var lines: [String] = []
        for table in RowCounts.tables {
            for row in try Row.fetchAll(db, sql: "SELECT * FROM \(table) ORDER BY id") {
                lines.append("\(table) \(row.description)")
            }
        }
        return lines
    }
}

/// A Sendable, lock-protected list (for SQL traces collected on GRDB's queue).
final class Collected: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [String] = []

    func append(_ item: String) { lock.withLock { items.append(item) } }
    var all: [String] { lock.withLock { items } }
}
