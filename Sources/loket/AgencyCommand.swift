import ArgumentParser
import Foundation
import LoketCore
import LoketStore

/// `loket agency`: the agencies and their settings.
struct AgencyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agency",
        abstract: "Instansi: daftar, kode nomor permohonan.",
        subcommands: [AgencyList.self, AgencyCodeCommand.self],
        defaultSubcommand: AgencyList.self
    )
}

/// `loket agency list`.
struct AgencyList: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "Daftar instansi.")

    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        let store = try Session.open(database, requiring: .viewCatalog).store
        print("No  Kode      Zona waktu      Revisi  Nama")
        for agency in try store.agencies() {
            let id = String(agency.id).padding(toLength: 3, withPad: " ", startingAt: 0)
            let code = agency.code.padding(toLength: 9, withPad: " ", startingAt: 0)
            let zone = agency.timeZone.padding(toLength: 15, withPad: " ", startingAt: 0)
            let revision = String(agency.revision).padding(toLength: 7, withPad: " ", startingAt: 0)
            print("\(id) \(code) \(zone) \(revision) \(agency.name)")
        }
    }
}

/// `loket agency code --agency A DPS`: the code request numbers start with (admin).
struct AgencyCodeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "code",
        abstract: "Lihat atau ubah kode instansi di nomor permohonan (admin), misalnya DPS → DPS-2026-000123.",
        discussion: """
            Nomor yang sudah diberikan tetap; nomor berikutnya memakai kode baru dan urutan tahun itu
            berlanjut.
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Option(name: .long, help: "Instansi: nomor, kode, atau bagian dari namanya.")
    var agency: String

    @Argument(help: "Kode baru: 2-8 huruf dan angka, diawali huruf.")
    var code: String?

    func run() async throws {
        if let code, !Store.isValidAgencyCode(code.trimmingCharacters(in: .whitespaces).uppercased()) {
            throw CLIError.usage(StoreError.invalidAgencyCode(code).description)
        }
        let store = try Session.open(database, requiring: code == nil ? .viewCatalog : .manageAgency).store
        let agency = try Resolve.agency(self.agency, in: store)
        guard let code else {
            print("Kode \(agency.name): \(agency.code)")
            return
        }
        let stored: String
        do {
            stored = try store.setAgencyCode(agencyID: agency.id, code)
        } catch let error as StoreError {
            if case .agencyCodeTaken = error { throw CLIError.dataError(error.description) }
            throw error
        }
        print("Kode \(agency.name): \(agency.code) → \(stored). Nomor permohonan berikutnya: \(stored)-TAHUN-NNNNNN.")
    }
}
