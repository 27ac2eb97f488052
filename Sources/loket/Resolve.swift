import Foundation
import LoketStore

/// Turns what the user typed (an id, a code or part of a name) into exactly one record, or a
/// usage error (exit 64) that lists the candidates. Nothing is changed on failure.
enum Resolve {
    static func agency(_ text: String, in store: Store) throws -> AgencySummary {
        let matches = try store.findAgencies(matching: text)
        switch matches.count {
        case 1: return matches[0]
        case 0:
            let all = try store.agencies().map { "  \($0.id)  \($0.code)  \($0.name)" }.joined(separator: "\n")
            throw CLIError.usage(
                "Instansi '\(text)' tidak ditemukan. Tidak ada yang diubah. Sebutkan nomor, kode, atau bagian "
                    + "dari namanya:\n\(all)")
        default:
            let list = matches.map { "  \($0.id)  \($0.code)  \($0.name)" }.joined(separator: "\n")
            throw CLIError.usage(
                "'\(text)' cocok dengan \(matches.count) instansi. Tidak ada yang diubah. Sebutkan lebih lengkap, "
                    + "atau pakai nomor/kodenya:\n\(list)")
        }
    }

    static func service(_ text: String, in store: Store) throws -> ServiceMatch {
        let matches = try store.findServices(matching: text)
        switch matches.count {
        case 1: return matches[0]
        case 0:
            throw CLIError.usage(
                "Layanan '\(text)' tidak ditemukan. Tidak ada yang diubah. Cari nomornya dengan 'loket catalog'.")
        default:
            let shown = matches.prefix(15).map { "  #\($0.id)  \($0.name) — \($0.unitName), \($0.agencyName)" }
            let more = matches.count > 15 ? "\n  ... dan \(matches.count - 15) lainnya" : ""
            throw CLIError.usage(
                "'\(text)' cocok dengan \(matches.count) layanan. Tidak ada yang diubah. Sebutkan lebih lengkap, "
                    + "atau pakai nomornya (#id):\n" + shown.joined(separator: "\n") + more)
        }
    }
}
