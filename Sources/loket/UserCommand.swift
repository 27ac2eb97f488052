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

        @Option(
            name: .customLong("agency-units"),
            help: ArgumentHelp(
                "Semua Bagian satu instansi (nomor, kode atau namanya): unit yang ada saat perintah ini; "
                    + "Bagian baru nanti tidak ikut. Boleh berulang, boleh dengan --unit.", valueName: "AGENCY"))
        var agencyUnits: [String] = []

        @Flag(name: .long, help: "Petugas atau supervisor untuk semua unit (tanpa --unit).")
        var allUnits = false

        @Option(name: .long, help: "Nama lengkap (bawaan: nama akun).")
        var name: String?

        /// A petugas or supervisor must be given units, or all of them on purpose: no unit
        /// means every unit, which a forgotten --unit must not grant.
        func validate() throws {
            switch role {
            case .petugas, .supervisor:
                if !hasUnits && !allUnits {
                    throw CLIError.usage(
                        "Peran \(role.rawValue) perlu unit kerja: tulis --unit UNIT (boleh berulang), "
                            + "--agency-units INSTANSI untuk semua Bagian satu instansi, atau --all-units "
                            + "untuk semua unit. Tidak ada yang diubah.")
                }
                if hasUnits && allUnits {
                    throw CLIError.usage(
                        "Pilih salah satu: --unit/--agency-units atau --all-units. Tidak ada yang diubah.")
                }
            case .admin:
                if hasUnits || allUnits {
                    throw CLIError.usage("Admin selalu untuk semua unit; jangan pakai --unit atau --all-units.")
                }
            }
        }

        var hasUnits: Bool { !unit.isEmpty || !agencyUnits.isEmpty }

        func run() async throws {
            let session = try Session.open(database)
            let unitIDs = try UserCommand.unitIDs(unit, agencyUnits: agencyUnits, in: session.store)
            let user = try session.store.addUser(
                account: account, displayName: name, role: role, unitIDs: unitIDs, by: session.user,
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
                        semua Bagian satu instansi: loket user set kabag --agency-units SDDEN
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

        @Option(
            name: .customLong("agency-units"),
            help: ArgumentHelp(
                "Semua Bagian satu instansi (mengganti unit yang lama): unit yang ada saat perintah ini; "
                    + "Bagian baru nanti tidak ikut. Boleh berulang, boleh dengan --unit.", valueName: "AGENCY"))
        var agencyUnits: [String] = []

        @Flag(name: .long, help: "Semua unit (mengganti yang lama).")
        var allUnits = false

        @Flag(name: .long, help: "Nonaktifkan akun.")
        var inactive = false

        @Flag(name: .long, help: "Aktifkan lagi akun.")
        var active = false

        var hasUnits: Bool { !unit.isEmpty || !agencyUnits.isEmpty }

        func validate() throws {
            if role == nil && !hasUnits && !allUnits && !inactive && !active {
                throw CLIError.usage(
                    "Sebutkan yang diubah: --role, --unit/--agency-units/--all-units, --inactive atau --active. "
                        + "Tidak ada yang diubah.")
            }
            if hasUnits && allUnits {
                throw CLIError.usage("Pilih salah satu: --unit/--agency-units atau --all-units.")
            }
            if inactive && active { throw CLIError.usage("Pilih salah satu: --inactive atau --active.") }
            if role == .admin && (hasUnits || allUnits) {
                throw CLIError.usage("Admin selalu untuk semua unit; jangan pakai --unit atau --all-units.")
            }
        }

        func run() async throws {
            let session = try Session.open(database)
            let unitIDs: [Int64]? =
                allUnits || role == .admin
                ? [] : !hasUnits ? nil : try UserCommand.unitIDs(unit, agencyUnits: agencyUnits, in: session.store)
            let user = try session.store.updateUser(
                account: account.trimmingCharacters(in: .whitespaces), role: role, unitIDs: unitIDs,
                active: inactive ? false : active ? true : nil, by: session.user, at: session.now)
            print(
                "Pengguna \(user.account): \(user.role.rawValue), \(UserCommand.units(user))"
                    + (user.isActive ? "" : " (nonaktif)"))
        }
    }

    /// The units named by `--unit` and `--agency-units` (every Bagian the agency has in its
    /// catalog now), each once, in the order given.
    static func unitIDs(_ units: [String], agencyUnits: [String], in store: Store) throws -> [Int64] {
        var ids = try units.map { try Resolve.unit($0, in: store).id }
        if !agencyUnits.isEmpty {
            let tree = try store.catalogTree()
            for text in agencyUnits {
                let agency = try Resolve.agency(text, in: store)
                let found = tree.first { $0.id == agency.id }?.units.map(\.id) ?? []
                guard !found.isEmpty else {
                    throw CLIError.usage(
                        "Instansi \(agency.code) belum punya Bagian di katalog (impor keputusannya dulu dengan "
                            + "'loket import'), atau sebut unitnya dengan --unit. Tidak ada yang diubah.")
                }
                ids += found
            }
        }
        var seen = Set<Int64>()
        return ids.filter { seen.insert($0).inserted }
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
