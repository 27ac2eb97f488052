import ArgumentParser
import Foundation
import LoketCore
import LoketImporter
import LoketSeed
import LoketStore

/// `loket bench`: the figures the README quotes. Build in release mode first
/// (`swift run -c release loket bench`). Each area has its own subcommand in its own file;
/// `loket bench` alone runs `catalog`.
struct BenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Ukur kecepatan (angka untuk README).",
        subcommands: [
            BenchCatalog.self, BenchDeadlines.self, BenchRequests.self, BenchBurst.self, BenchTUI.self,
            BenchCounter.self,
        ],
        defaultSubcommand: BenchCatalog.self
    )
}

/// `loket bench catalog`: parse and import the seeds, query the catalog.
struct BenchCatalog: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "catalog",
        abstract: "Ukur kecepatan: impor seed, katalog."
    )

    @Option(name: .long, help: "Jumlah pengulangan per ukuran.")
    var iterations = 20

    func run() async throws {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("loket-bench-\(ProcessInfo.processInfo.processIdentifier)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let files = try SeedFiles.decrees.map { ($0.lastPathComponent, try Data(contentsOf: $0)) }

        var parseOnly: [Double] = []
        var importEmpty: [Double] = []
        var catalogQuery: [Double] = []
        var catalogCommand: [Double] = []
        for iteration in 0..<iterations {
            parseOnly.append(
                try measure {
                    _ = try files.map { try DecreeParser.parse(data: $0.1, source: $0.0) }
                }
            )
            let path = directory.appendingPathComponent("import-\(iteration).sqlite").path
            importEmpty.append(
                try measure {
                    let store = try Store(path: path)
                    let catalogs = try files.map { try DecreeParser.parse(data: $0.1, source: $0.0) }
                    _ = try store.importCatalogs(catalogs)
                }
            )
            catalogQuery.append(try measure { _ = try Store(path: path).catalogTree() })
            catalogCommand.append(
                try measure {
                    let tree = try Store(path: path).catalogTree()
                    var out = ""
                    for agency in tree {
                        for unit in agency.units {
                            for service in unit.services { out += service.name + (service.timeLimitRaw ?? "") }
                        }
                    }
                    precondition(!out.isEmpty)
                }
            )
        }
        print("Loket bench (\(iterations) kali, median / maks, milidetik)")
        report("parse 5 seed decrees", parseOnly)
        report("import 5 seeds into an empty database (open + parse + write)", importEmpty)
        report("catalog tree query (open + query)", catalogQuery)
        report("catalog command work (open + query + format)", catalogCommand)
    }

}

/// Milliseconds one run of `body` takes.
func measure(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
}

/// Prints one README row: name, median and maximum in milliseconds.
func report(_ name: String, _ samples: [Double]) {
    let sorted = samples.sorted()
    let median = sorted.isEmpty ? 0 : sorted[sorted.count / 2]
    let padded = name.count < 62 ? name + String(repeating: " ", count: 62 - name.count) : name
    print("  " + padded + String(format: " %8.2f / %8.2f", median, sorted.last ?? 0))
}
