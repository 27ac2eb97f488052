import ArgumentParser
import Foundation
import LoketCore
import LoketImporter

struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Impor keputusan Standar Pelayanan (teks hasil ekstraksi PDF) ke katalog."
    )

    @OptionGroup var database: DatabaseOptions

    @Flag(name: .long, help: "Baca dan periksa saja; tidak menulis apa pun.")
    var dryRun = false

    @Option(name: .long, help: "Format keluaran: text atau json.")
    var format: OutputFormat = .text

    @Argument(help: "Berkas keputusan (.txt).")
    var files: [String]

    func run() async throws {
        var catalogs: [ParsedCatalog] = []
        for file in files {
            let url = URL(fileURLWithPath: file)
            if let size = (try? FileManager.default.attributesOfItem(atPath: file))?[.size] as? Int,
                size > DecreeParser.maximumBytes
            {
                throw CLIError.dataError(ImportError.tooLarge(source: file, bytes: size).description)
            }
            let data: Data
            do {
                data = try Data(contentsOf: url)
            } catch {
                throw CLIError.dataError(
                    ImportError.unreadable(source: file, reason: "tidak ada atau tidak bisa dibuka").description)
            }
            do {
                catalogs.append(try DecreeParser.parse(data: data, source: url.lastPathComponent))
            } catch {
                throw CLIError.dataError(error.description)
            }
        }
        if dryRun {
            switch format {
            case .json: print(try CatalogJSON.encode(catalogs))
            case .text: for catalog in catalogs { print(ImportReport.text(catalog), terminator: "") }
            }
            return
        }
        let store = try Session.open(database, requiring: .importCatalog).store
        let outcomes = try store.importCatalogs(catalogs)
        for (catalog, outcome) in zip(catalogs, outcomes) {
            print(ImportReport.text(catalog, outcome: outcome), terminator: "")
        }
    }
}

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text
    case json
}
