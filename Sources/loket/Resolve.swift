import Foundation
import LoketStore

/// Turns what the user typed (an id, a code or part of a name) into exactly one record, or a
/// usage error (exit 64) that lists the candidates. Nothing is changed on failure.
enum Resolve {
    static func agency(_ text: String, in store: Store) throws -> AgencySummary {
        let line = { (a: AgencySummary) in "  \(a.id)  \(a.code)  \(a.name)" }
        return try one(
            text, try store.findAgencies(matching: text), kind: "instansi", line: line,
            notFound: "Sebutkan nomor, kode, atau bagian dari namanya:\n"
                + (try store.agencies().map(line).joined(separator: "\n")),
            narrower: "Sebutkan lebih lengkap, atau pakai nomor/kodenya")
    }

    static func service(_ text: String, in store: Store) throws -> ServiceMatch {
        try one(
            text, try store.findServices(matching: text), kind: "layanan",
            line: { "  #\($0.id)  \($0.name) — \($0.unitName), \($0.agencyName)" },
            notFound: "Cari nomornya dengan 'loket catalog'.",
            narrower: "Sebutkan lebih lengkap, atau pakai nomornya (#id)")
    }

    static func unit(_ text: String, in store: Store) throws -> UnitRef {
        try one(
            text, try store.findUnits(matching: text), kind: "unit",
            line: { "  \($0.id)  \($0.name) (\($0.agencyCode))" },
            notFound: "Lihat nama Bagian dengan 'loket catalog'.",
            narrower: "Sebutkan lebih lengkap, atau pakai nomornya")
    }

    static func user(_ text: String, in store: Store) throws -> User {
        try one(
            text, try store.findUsers(matching: text), kind: "pengguna",
            line: { "  \($0.id)  \($0.account) (\($0.displayName), \($0.role.rawValue))" },
            notFound: "Lihat daftar dengan 'loket user list'.", narrower: "Sebutkan nama akunnya")
    }

    /// The single match, or a usage error: none (with a hint), or several (the first 15 listed).
    static func one<T>(
        _ text: String, _ matches: [T], kind: String, line: (T) -> String, notFound: @autoclosure () throws -> String,
        narrower: String
    ) throws -> T {
        switch matches.count {
        case 1:
            return matches[0]
        case 0:
            let label = kind.prefix(1).uppercased() + kind.dropFirst()
            throw CLIError.usage("\(label) '\(text)' tidak ditemukan. Tidak ada yang diubah. \(try notFound())")
        default:
            let shown = matches.prefix(15).map(line).joined(separator: "\n")
            let more = matches.count > 15 ? "\n  ... dan \(matches.count - 15) lainnya" : ""
            throw CLIError.usage(
                "'\(text)' cocok dengan \(matches.count) \(kind). Tidak ada yang diubah. \(narrower):\n\(shown)\(more)")
        }
    }
}
