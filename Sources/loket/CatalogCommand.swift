import ArgumentParser
import Foundation
import LoketStore

struct CatalogCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "catalog",
        abstract: "Tampilkan katalog: instansi → Bagian → layanan, dengan jangka waktu mentah."
    )

    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        let store = try Session.open(database, requiring: .viewCatalog).store
        var out = ""
        for agency in try store.catalogTree() {
            out += "\(agency.name) [\(agency.code)] (revisi \(agency.revision), \(agency.serviceCount) layanan)\n"
            for unit in agency.units {
                out += "  \(unit.name) (\(unit.services.count))\n"
                for service in unit.services {
                    out += "    #\(service.id) \(service.name)\n"
                    out += "        jangka waktu: \(service.timeLimitRaw.map(rawTimeLimit) ?? "(tidak ada)")\n"
                    if let override = service.timeLimitOverride {
                        out += "        jangka waktu diubah pengawas: \(override)\n"
                    }
                }
            }
        }
        writeOutput(out)
    }
}
