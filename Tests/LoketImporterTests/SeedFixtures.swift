import Foundation
import LoketCore
import LoketImporter
import LoketSeed

/// The five shipped decrees, parsed once per test process.
enum Seeds {
    static func url(_ prefix: String) -> URL {
        SeedFiles.decrees.first { $0.lastPathComponent.hasPrefix(prefix) }!
    }

    static func text(_ prefix: String) throws -> String {
        try String(contentsOf: url(prefix), encoding: .utf8)
    }

    static func catalog(_ prefix: String) throws -> ParsedCatalog {
        let url = url(prefix)
        return try DecreeParser.parse(data: Data(contentsOf: url), source: url.lastPathComponent)
    }

    static func service(_ catalog: ParsedCatalog, line: Int) -> (unit: ParsedUnit, service: ParsedService)? {
        for unit in catalog.units {
            if let service = unit.services.first(where: { $0.line == line }) { return (unit, service) }
        }
        return nil
    }
}
