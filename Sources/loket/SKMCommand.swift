import ArgumentParser
import Foundation
import LoketCore
import LoketPresentation
import LoketStore

/// `loket skm`: the Survei Kepuasan Masyarakat answers (component 14 of the card).
struct SKMCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "skm",
        abstract: "Jawaban Survei Kepuasan Masyarakat (SKM) per layanan dan bulan.",
        subcommands: [Add.self]
    )

    /// `loket skm add`: one paper form's nine answers.
    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "Mencatat sembilan jawaban SKM dari formulir kertas (1-4 per unsur).",
            discussion: """
                Jawaban dijumlahkan per layanan dan bulan, tanpa pemohon, waktu atau petugas. \
                Unsur: \(SKMElement.allCases.map { "\($0.rawValue) \($0.name)" }.joined(separator: "; ")).
                """
        )

        @OptionGroup var database: DatabaseOptions
        @Option(name: .long, help: "Layanan (#id atau bagian dari namanya).") var service: String
        @Option(name: .long, help: "Sembilan nilai 1-4, dipisah koma, mis. 4,3,4,4,3,4,4,3,4.") var answers: String
        @Option(name: .long, help: "Bulan formulir, YYYY-MM (bawaan: bulan ini).") var month: String?

        func run() async throws {
            let parsed: SKMAnswers
            do {
                parsed = try SKMAnswers(parsing: answers)
            } catch {
                throw CLIError.usage(Self.message(error, answers) + " Tidak ada yang dicatat.")
            }
            let chosen = try month.map { try ReportCommand.month($0) }
            let session = try Session.open(database)
            let found = try Resolve.service(service, in: session.store)
            let counted: ReportMonth
            do {
                counted = try session.store.recordSKM(
                    parsed, serviceID: found.id, month: chosen, by: session.user, at: session.now)
            } catch let error as StoreError {
                if case .futureSurveyMonth = error { throw CLIError.usage(error.description) }
                throw error
            }
            print("Jawaban SKM dicatat untuk \(found.name) — \(found.unitName), bulan \(counted.indonesianName).")
        }

        static func message(_ error: SKMAnswerError, _ text: String) -> String {
            switch error {
            case .count(let n):
                return "--answers berisi \(n) nilai; SKM punya sembilan unsur: tulis sembilan nilai 1-4 dipisah koma."
            case let .score(element, value):
                return "--answers: nilai unsur \(element) ('\(TerminalSafe.clean(value))') bukan 1, 2, 3 atau 4."
            }
        }
    }
}
