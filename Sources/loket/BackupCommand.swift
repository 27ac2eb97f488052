import ArgumentParser
import Foundation
import LoketStore

/// `loket backup PATH`: a consistent copy of the database, taken while others keep working
/// (SQLite's online backup through GRDB). Supervisors and admins.
struct BackupCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup", abstract: "Salin basis data secara utuh ke berkas baru, sambil tetap dipakai.")

    @OptionGroup var database: DatabaseOptions
    @Argument(help: "Berkas tujuan (belum ada).") var path: String

    func run() async throws {
        let session = try Session.open(database)
        do {
            try session.store.backup(to: path, by: session.user, at: session.now)
        } catch let error as StoreError {
            // An existing file is the user's choice of path, not database trouble.
            switch error {
            case .backupExists, .backupOntoDatabase: throw CLIError.usage(error.description)
            default: break
            }
            throw error
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        print("Cadangan tersimpan di \(path) (\(size / 1024) KiB).")
    }
}
