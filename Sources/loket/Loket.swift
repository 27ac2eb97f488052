import ArgumentParser
import Foundation
import LoketStore
import LoketTUIStore
import LoketTerminal

@main
struct Loket: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "loket",
        abstract: "Standar Pelayanan di loket: katalog layanan, jangka waktu, dan permohonan.",
        subcommands: [
            CatalogCommand.self, AgencyCommand.self, ServiceCommand.self, ImportCommand.self, DeadlineCommand.self,
            CalendarCommand.self,
            RequestCommand.self, ApplicantCommand.self, OverdueCommand.self, ReportCommand.self, SKMCommand.self,
            ReceiptCommand.self, UserCommand.self,
            PrinterCommand.self,
            BackupCommand.self,
            BenchCommand.self,
        ]
    )

    @OptionGroup var database: DatabaseOptions

    /// Without a subcommand: open (and on first run create and seed) the database, then the
    /// full-screen interface when standard input and output are a terminal; otherwise (pipes,
    /// CI) a one-line summary.
    func run() async throws {
        let session = try Session.open(database, requiring: .viewCatalog)  // an unknown account: exit 77
        let store = session.store
        if isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 {
            let simulated = try CurrentAccount.simulatedNow()
            let program = try TUISource.program(
                store: store, user: session.user, receiptDirectory: DatabaseLocation.receiptDirectory,
                clock: { simulated ?? Date() })
            let terminal: Terminal
            do {
                terminal = try Terminal()
            } catch {
                throw CLIError.unavailable(Self.unusableTerminal(ProcessInfo.processInfo.environment["TERM"], error))
            }
            let status = TerminalApp.run(program, terminal: terminal)
            if status != 0 { Foundation.exit(status) }
            return
        }
        let tree = try store.catalogTree()
        let services = tree.reduce(0) { $0 + $1.serviceCount }
        print("Loket siap: \(tree.count) instansi, \(services) layanan di \(store.path ?? "memori").")
        print(
            "Tampilan layar penuh perlu terminal; lihat katalog dengan 'loket catalog', bantuan dengan 'loket --help'.")
    }

    /// Why the full-screen interface cannot start on a terminal, and what to do (exit 69).
    static func unusableTerminal(_ term: String?, _ reason: Terminal.Unavailable) -> String {
        let what: String
        switch (reason, term ?? "") {
        case (.unknownType, ""): what = "variabel TERM belum diatur"
        case (.unknownType, let term): what = "jenis terminal TERM=\(term) tidak dikenal (tidak ada di terminfo)"
        case (.cannotAddressCursor, let term): what = "terminal TERM=\(term) tidak dapat memindahkan kursor"
        }
        return "tampilan layar penuh tidak dapat dibuka: \(what).\n"
            + "Atur TERM sesuai terminal Anda lalu jalankan lagi, misalnya:\n"
            + "    export TERM=xterm-256color\n"
            + "(PuTTY dan kebanyakan emulator terminal: xterm-256color; konsol Linux: linux.) "
            + "Tanpa layar penuh: 'loket catalog' dan 'loket --help'."
    }

    /// Runs the command; failures print in Indonesian and exit with 64 (usage), 65 (data),
    /// 69 (no usable terminal), 77 (refused) or 74 (database).
    static func main() async {
        // Checked before anything is read or written: what a command prints must have somewhere to go.
        guard StandardOutput.isUsable else {
            CLIError.exit(with: StandardOutput.closed)
        }
        do {
            try ArgumentCheck.check(Array(CommandLine.arguments.dropFirst()))
            var command = try parseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
            if let failure = StandardOutput.finish() { CLIError.exit(with: failure) }
        } catch let error as CLIError {
            CLIError.exit(with: error)
        } catch let error as StoreError {
            CLIError.exit(with: .io(error.description))
        } catch let error as AccessError {
            CLIError.exit(with: .refused(error.description))
        } catch let error as RequestError {
            CLIError.exit(with: error.isUsage ? .usage(error.description) : .dataError(error.description))
        } catch {
            // Help and version requests exit 0 with ArgumentParser's text. Usage errors keep
            // ArgumentParser's precise (English) detail, framed in Indonesian, with exit 64.
            let code = exitCode(for: error)
            guard code != .success else {  // help and version: the text on standard output
                print(fullMessage(for: error))
                if let failure = StandardOutput.finish() { CLIError.exit(with: failure) }
                Foundation.exit(0)
            }
            let detail = UsageText.indonesian(message(for: error))
            CLIError.exit(
                with: .usage(
                    "penggunaan salah: \(detail)\nTidak ada yang diubah. Lihat bantuan dengan 'loket --help' "
                        + "atau 'loket PERINTAH --help'."))
        }
    }
}

/// ArgumentParser's usage messages in Indonesian (the common ones; others pass through).
enum UsageText {
    static let phrases: [(String, String)] = [
        ("unexpected arguments", "argumen tidak dikenal"),
        ("Unexpected argument", "argumen tidak dikenal"),
        ("Unknown option", "opsi tidak dikenal"),
        ("Missing expected argument", "argumen wajib belum diisi"),
        ("Missing value for", "nilai belum diisi untuk"),
        ("The value", "nilai"),
        ("is invalid for", "tidak sah untuk"),
        (". Please provide one of", "; pilih salah satu dari"),
        ("' and '", "' atau '"),
    ]

    static func indonesian(_ message: String) -> String {
        phrases.reduce(message) { text, pair in text.replacingOccurrences(of: pair.0, with: pair.1) }
    }
}
