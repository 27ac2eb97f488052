import ArgumentParser
import Foundation
import LoketStore

@main
struct Loket: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "loket",
        abstract: "Standar Pelayanan di loket: katalog layanan, jangka waktu, dan permohonan.",
        subcommands: [CatalogCommand.self, ImportCommand.self]
    )

    /// Runs the command; failures print in Indonesian and exit with 64 (usage), 65 (data),
    /// 77 (refused) or 74 (database).
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let error as CLIError {
            CLIError.exit(with: error)
        } catch let error as StoreError {
            CLIError.exit(with: .io(error.description))
        } catch {
            exit(withError: error)
        }
    }
}
