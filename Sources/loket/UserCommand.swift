import ArgumentParser
import Foundation
import LoketCore
import LoketStore

/// `loket user`: the accounts that may use Loket (admins add them).
struct UserCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user",
        abstract: "Pengguna: akun sistem operasi, peran, dan unit kerja.",
        subcommands: [Add.self, List.self, Change.self]
    )

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add", abstract: "Daftarkan akun sebagai pengguna (khusus admin).")

        @OptionGroup var database: DatabaseOptions

        @Argument(help: "Nama akun sistem operasi (seperti di 'whoami').")
        var account: String

        @Option(name: .long, help: "Peran: petugas, supervisor atau admin.")
        var role: Role

        @Option(name: .long, help: "Unit kerja (Bagian): nomor atau bagian dari namanya; boleh berulang.")
        var unit: [String] = []

        @Flag(name: .long, help: "Petugas atau supervisor untuk semua unit (tanpa --unit).")
        var allUnits = false

        @Option(name: .long, help: "Nama lengkap (bawaan: nama akun).")
        var name: String?

        /// A petugas or supervisor must be given units, or all of them on purpose: no unit
        /// means every unit, which a forgotten --unit must not grant.
        func validate() throws {
            switch role {
            case .petugas, .supervisor:
                if unit.isEmpty && !allUnits {
                    throw CLIError.usage(
                        "Peran \(role.rawValue) perlu unit kerja: tulis --unit UNIT (boleh berulang), atau --all-units "
                            + "untuk semua unit. Tidak ada yang diubah.")
                }
                if !unit.isEmpty && allUnits {
                    throw CLIError.usage("Pilih salah satu: --unit atau --all-units. Tidak ada yang diubah.")
                }
            case .admin:
                if !unit.isEmpty || allUnits {
                    throw CLIError.usage("Admin selalu untuk semua unit; jangan pakai --unit atau --all-units.")
                }
            }
        }

        func run() async throws {
            let session = try Session.open(database)
            let units = try unit.map { try Resolve.unit($0, in: session.store) }
            let user = try session.store.addUser(
                account: account, displayName: name, role: role, unitIDs: units.map(\.id), by: session.user,
                at: session.now)
            print("Pengguna \(user.account) (\(user.role.rawValue)) didaftarkan; unit: \(UserCommand.units(user)).")
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "Daftar pengguna.")

        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            let session = try Session.open(database)
            print(
                TextLayout.pad("Akun", 16) + " " + TextLayout.pad("Peran", 10) + " " + TextLayout.pad("Nama", 24)
                    + " Unit")
            for user in try session.store.users() {
                print(
                    TextLayout.pad(user.account, 16) + " " + TextLayout.pad(user.role.rawValue, 10) + " "
                        + TextLayout.pad(user.displayName, 24) + " " + UserCommand.units(user)
                        + (user.isActive ? "" : "  [nonaktif]"))
            }
        }
    }

    /// `loket user set ACCOUNT [--role R] [--unit U... | --all-units] [--inactive | --active]`.
    struct Change: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "set",
            abstract: "Ubah peran atau unit kerja pengguna, atau nonaktifkan/aktifkan akunnya (khusus admin).",
            discussion: """
                Contoh: pindah unit:   loket user set putu --unit "SDDEN umum"
                        naik peran:    loket user set putu --role supervisor
                        sudah pindah tugas: loket user set putu --inactive
                Akun nonaktif ditolak seperti akun tak dikenal; riwayat permohonannya tetap.
                """)

        @OptionGroup var database: DatabaseOptions

        @Argument(help: "Nama akun.")
        var account: String

        @Option(name: .long, help: "Peran baru: petugas, supervisor atau admin.")
        var role: Role?

        @Option(name: .long, help: "Unit kerja baru (mengganti yang lama); boleh berulang.")
        var unit: [String] = []

        @Flag(name: .long, help: "Semua unit (mengganti yang lama).")
        var allUnits = false

        @Flag(name: .long, help: "Nonaktifkan akun.")
        var inactive = false

        @Flag(name: .long, help: "Aktifkan lagi akun.")
        var active = false

        func validate() throws {
            if role == nil && unit.isEmpty && !allUnits && !inactive && !active {
                throw CLIError.usage(
                    "Sebutkan yang diubah: --role, --unit/--all-units, --inactive atau --active. Tidak ada yang diubah."
                )
            }
            if !unit.isEmpty && allUnits { throw CLIError.usage("Pilih salah satu: --unit atau --all-units.") }
            if inactive && active { throw CLIError.usage("Pilih salah satu: --inactive atau --active.") }
            if role == .admin && (!unit.isEmpty || allUnits) {
                throw CLIError.usage("Admin selalu untuk semua unit; jangan pakai --unit atau --all-units.")
            }
        }

        func run() async throws {
            let session = try Session.open(database)
            let unitIDs: [Int64]? =
                allUnits || role == .admin
                ? [] : unit.isEmpty ? nil : try unit.map { try Resolve.unit($0, in: session.store).id }
            let user = try session.store.updateUser(
                account: account.trimmingCharacters(in: .whitespaces), role: role, unitIDs: unitIDs,
                active: inactive ? false : active ? true : nil, by: session.user, at: session.now)
            print(
                "Pengguna \(user.account): \(user.role.rawValue), \(UserCommand.units(user))"
                    + (user.isActive ? "" : " (nonaktif)"))
        }
    }

    static func units(_ user: User) -> String {
        if user.role == .admin { return "semua unit" }
        return user.units.isEmpty
            ? "semua unit" : user.units.map { "\($0.name) (\($0.agencyCode))" }.joined(separator: ", ")
    }
}

extension Role: ExpressibleByArgument {
    /// Any case: `Petugas`, `SUPERVISOR`.
    public init?(argument: String) {
        self.init(rawValue: argument.trimmingCharacters(in: .whitespaces).lowercased())
    }
}
extension RequestStatus: ExpressibleByArgument {
    /// Any case, and a space or dash for the underscore: `Diproses`, `menunggu berkas`.
    public init?(argument: String) {
        let key = argument.trimmingCharacters(in: .whitespaces).lowercased()
            .replacingOccurrences(of: " ", with: "_").replacingOccurrences(of: "-", with: "_")
        self.init(rawValue: key)
    }
}
