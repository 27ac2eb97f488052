import ArgumentParser
import Foundation
import LoketCore
import LoketPresentation
import LoketStore

/// `loket printer`: where the counter screen's `p` sends the tanda terima: a printer command
/// per agency or per user (`lp -d loket1`; only `lp` and `lpr`, run without a shell) and a width.
/// Without one, the slip is saved to a file in the officer's data directory.
struct PrinterCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "printer",
        abstract: "Printer tanda terima per instansi atau per pengguna (admin): lp/lpr dan lebar 32, 42 atau 80.",
        discussion: """
            Contoh: loket printer --agency SDDEN "lp -d loket1" --width 32
                    loket printer --user made "lpr -P meja2"
            Hanya lp atau lpr yang dijalankan (tanpa shell): pengaturan ini tersimpan di basis data bersama.
            Tanpa printer, tombol p menyimpan tanda terima ke berkas (~/.local/share/loket/tanda-terima/).
            """
    )

    @OptionGroup var database: DatabaseOptions
    @Option(name: .long, help: "Instansi: nomor, kode, atau bagian dari namanya.") var agency: String?
    @Option(name: .long, help: "Pengguna (nama akun): pengaturannya sendiri, di atas pengaturan instansi.")
    var user: String?
    @Argument(help: "Perintah printer, misalnya \"lp -d loket1\".") var command: String?
    @Option(name: .long, help: "Lebar tanda terima: 32 (58 mm), 42 (80 mm) atau 80 (halaman).") var width: Int?
    @Flag(name: .long, help: "Hapus pengaturan (kembali ke berkas, atau ke pengaturan instansi).") var clear = false

    func validate() throws {
        guard (agency == nil) != (user == nil) else {
            throw CLIError.usage("Sebutkan salah satu: --agency INSTANSI atau --user AKUN.")
        }
        if let command, ReceiptSettings.parse(command) == nil {
            throw CLIError.usage(StoreError.invalidPrinter(command).description)
        }
        if let width, !ReceiptText.widths.contains(width) {
            throw CLIError.usage(StoreError.invalidReceiptWidth(width).description)
        }
        if clear, command != nil || width != nil {
            throw CLIError.usage("--clear tidak dipakai bersama perintah printer atau --width.")
        }
    }

    func run() async throws {
        let changes = clear || command != nil || width != nil
        let session = try Session.open(database, requiring: changes ? .manageAgency : .viewCatalog)
        let store = session.store
        if let account = user {
            let target = try Resolve.user(account, in: store)
            if changes { try store.setReceiptSettings(account: target.account, printer: command, width: width) }
            let settings = try store.receiptSettings(for: target)
            print("Tanda terima \(target.account): \(Self.describe(settings))")
        } else if let agency {
            let found = try Resolve.agency(agency, in: store)
            if changes { try store.setReceiptSettings(agencyID: found.id, printer: command, width: width) }
            let row = try store.agencyReceiptSettings(agencyID: found.id)
            print("Tanda terima \(found.name): \(Self.describe(row))")
        }
    }

    static func describe(_ settings: ReceiptSettings) -> String {
        (settings.printer.map { "printer '\($0.joined(separator: " "))'" } ?? "tanpa printer (disimpan ke berkas)")
            + ", lebar \(settings.width) kolom"
    }
}
