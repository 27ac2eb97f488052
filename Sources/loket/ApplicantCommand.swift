import ArgumentParser
import Foundation
import LoketCore
import LoketStore

/// `loket applicant find`: a returning pemohon, found by NIK, phone or name, with the id that
/// `loket request new --applicant ID` takes.
struct ApplicantCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "applicant", abstract: "Pemohon: cari pemohon yang pernah datang.", subcommands: [Find.self])

    struct Find: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "find", abstract: "Cari pemohon menurut NIK, nomor telepon atau nama.")

        @OptionGroup var database: DatabaseOptions
        @Option(name: .long, help: "NIK (16 angka).") var nik: String?
        @Option(name: .long, help: "Nomor telepon (0812..., +62...).") var phone: String?
        @Argument(help: "Nama atau bagian nama.") var name: String?

        func validate() throws {
            if [nik, phone, name].allSatisfy({ Applicant.cleanText($0) == nil }) {
                throw CLIError.usage("Sebutkan --nik, --phone atau nama pemohon yang dicari.")
            }
        }

        func run() async throws {
            let session = try Session.open(database)
            let found = try session.store.searchApplicants(
                nik: nik, phone: phone, name: name, for: session.user, at: session.now)
            if found.isEmpty {
                print("(tidak ada pemohon yang cocok)")
                return
            }
            for (id, a) in found {
                var line = TextLayout.pad("#\(id)", 8) + " " + a.name
                if let nik = a.nik { line += ", NIK \(nik)" }
                if let phone = a.phone { line += ", telp. \(phone)" }
                if let address = a.address { line += ", \(address)" }
                print(line)
            }
            if found.count == 50 { print("(50 pertama; persempit pencarian)") }
            print("Catat permohonannya dengan: loket request new --service LAYANAN --applicant ID")
        }
    }
}
