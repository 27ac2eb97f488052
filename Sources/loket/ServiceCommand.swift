import ArgumentParser
import Foundation
import LoketCore
import LoketStore

/// `loket service`: one service of the catalog.
struct ServiceCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "service",
        abstract: "Satu layanan: kartu Standar Pelayanan, jangka waktu.",
        subcommands: [ServiceShow.self, ServiceTimeLimitCommand.self]
    )
}

/// `loket service show SERVICE`: the card as plain text.
struct ServiceShow: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Tampilkan kartu Standar Pelayanan (14 komponen) sebuah layanan.")

    @OptionGroup var database: DatabaseOptions

    @Argument(help: "Layanan: #nomor atau bagian dari namanya.")
    var service: String

    func run() async throws {
        let store = try Session.open(database, requiring: .viewCatalog).store
        let match = try Resolve.service(service, in: store)
        guard let card = try store.serviceCard(serviceID: match.id),
            let limit = try store.timeLimit(serviceID: match.id)
        else { throw StoreError.unknownService(match.id) }
        var out = "#\(card.serviceID) \(card.name)\n\(card.unitName) — \(card.agency.name)\n"
        out += "Keputusan \(card.decree.number ?? "(nomor tidak terbaca)"), revisi katalog \(card.revision)\n"
        out += "Jangka waktu: " + TimeLimitLine.describe(limit) + "\n\n"
        for component in Component.allCases {
            let rows = card.components.filter { $0.number == component.rawValue }
            guard !rows.isEmpty else {
                out += "\(component.rawValue). \(component.canonicalLabel)\n   (tidak tercantum dalam keputusan)\n"
                continue
            }
            for row in rows {
                out += "\(component.rawValue). \(row.label)\n"
                out += row.text.split(separator: "\n").map { "   " + $0 }.joined(separator: "\n") + "\n"
            }
        }
        for row in card.components where row.number == nil {
            out +=
                "-. \(row.label)\n" + row.text.split(separator: "\n").map { "   " + $0 }.joined(separator: "\n") + "\n"
        }
        print(out, terminator: "")
    }
}

/// `loket service time-limit SERVICE "5 hari kerja" [--reason R]`, `--clear`: a supervisor's
/// override of the decree's jangka waktu. Without text: shows the time limit in force.
struct ServiceTimeLimitCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "time-limit",
        abstract: "Lihat, ubah (pengawas) atau kembalikan jangka waktu sebuah layanan.",
        discussion: """
            Contoh: loket service time-limit "permohonan mc" "5 hari kerja" --reason "Nota dinas 12/2026"
            Jangka waktu yang diubah tetap berlaku setelah keputusan yang sama diimpor ulang, dan
            ditampilkan sebagai "diubah" di samping teks keputusan. --clear mengembalikan teks keputusan.
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Argument(help: "Layanan: #nomor atau bagian dari namanya.")
    var service: String

    @Argument(help: "Jangka waktu baru, misalnya \"5 hari kerja\".")
    var text: String?

    @Option(name: .long, help: "Alasan perubahan (dasar, nota dinas).")
    var reason: String?

    @Flag(name: .long, help: "Hapus perubahan; kembali ke teks keputusan.")
    var clear = false

    func run() async throws {
        // Everything typed is checked before the database is opened.
        if clear, text != nil { throw CLIError.usage("Pakai --clear tanpa teks jangka waktu baru.") }
        if reason != nil, text == nil {
            throw CLIError.usage(
                "--reason hanya berlaku bersama jangka waktu baru, misalnya: loket service time-limit \"#34\" "
                    + "\"5 hari kerja\" --reason \"Nota dinas\". Tidak ada yang diubah.")
        }
        let cleaned = text.map { $0.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
        let parse = cleaned.map(TimeLimitParser.parse)
        if let parse, let text, parse.reading.isUnreadable {
            let why = parse.warnings.isEmpty ? "" : " (" + parse.warnings.joined(separator: " ") + ")"
            throw CLIError.dataError(
                "Jangka waktu '\(text)' tidak dapat dibaca\(why). Tidak ada yang diubah. Tulis misalnya "
                    + "\"5 hari kerja\", \"3 jam\", \"14 hari kerja, dapat diperpanjang 7 hari kerja\".")
        }
        let changes = clear || cleaned != nil
        let session = try Session.open(
            database, requiring: changes ? .overrideTimeLimit : .viewCatalog, target: service)
        let store = session.store
        let match = try Resolve.service(service, in: store)
        if changes {  // a supervisor limited to units changes only their services
            try store.authorize(
                session.user, .overrideTimeLimit, unitID: match.unitID, target: "#\(match.id)", at: session.now)
        }
        if clear {
            let removed = try store.clearTimeLimitOverride(serviceID: match.id)
            print(
                removed
                    ? "Jangka waktu #\(match.id) kembali ke teks keputusan."
                    : "Jangka waktu #\(match.id) tidak pernah diubah; tetap teks keputusan.")
        } else if let cleaned {
            let reason = self.reason?.trimmingCharacters(in: .whitespacesAndNewlines)
            try store.setTimeLimitOverride(
                serviceID: match.id, text: cleaned, reason: reason?.isEmpty == true ? nil : reason,
                by: session.user.account, at: session.now)
        }
        guard let limit = try store.timeLimit(serviceID: match.id) else { throw StoreError.unknownService(match.id) }
        print("#\(match.id) \(match.name) — \(match.unitName)")
        print("Jangka waktu: " + TimeLimitLine.describe(limit))
        for warning in limit.parse.warnings { print("Catatan: \(warning)") }
    }
}

/// A service's jangka waktu for people: the text in force, its reading, and whether a
/// supervisor changed it.
enum TimeLimitLine {
    static func describe(_ limit: ServiceTimeLimit) -> String {
        let printed = limit.decreeText?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        let decree = printed.isEmpty ? "(tidak tercantum dalam keputusan)" : printed
        guard let override = limit.override else {
            return "\(decree) → \(limit.reading.indonesianSummary)"
        }
        var text = "\(override.text) → \(limit.reading.indonesianSummary) [diubah"
        if let by = override.setBy { text += " oleh \(by)" }
        if let reason = override.reason { text += ": \(reason)" }
        text += "; teks keputusan: \(decree)]"
        return text
    }
}
