import ArgumentParser
import Foundation
import LoketCore
import LoketPresentation
import LoketStore
import LoketTUIStore

/// `loket receipt NUMBER`: the tanda terima handed to the pemohon, as plain text for a slip
/// printer (32 or 42 columns) or a page (80); the layout is LoketPresentation's ReceiptText.
struct ReceiptCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "receipt", abstract: "Cetak tanda terima permohonan (teks biasa).")

    @OptionGroup var database: DatabaseOptions
    @Argument(help: "Nomor permohonan.") var number: String
    @Option(name: .long, help: "Lebar: 32 (struk 58 mm), 42 (struk 80 mm) atau 80 (halaman).") var width = 42

    func validate() throws {
        guard ReceiptText.widths.contains(width) else {
            throw CLIError.usage("Lebar tanda terima hanya 32, 42 atau 80 kolom.")
        }
    }

    func run() async throws {
        let session = try Session.open(database)
        let detail = try session.store.request(
            number: number, for: session.user, permission: .printReceipt, at: session.now)
        print(Self.text(detail, width: width), terminator: "")
    }

    static func text(_ d: RequestDetail, width: Int) -> String { ReceiptText.text(Receipt(d), width: width) }
}
