import LoketCore

/// A request command refused for its data or its usage (not for the user's rights: that is
/// ``AccessError``). Descriptions are in Bahasa Indonesia.
public enum RequestError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A request rule refused (status change, extension, applicant data, option).
    case rule(RequestRuleError)
    /// No request has this number.
    case notFound(String)
    /// `request new --applicant ID` with no such pemohon.
    case applicantNotFound(Int64)
    case serviceNotFound(Int64)
    /// A `--missing` item that is not on the card's Persyaratan list.
    case unknownItem(String, items: [Requirement])
    case ambiguousItem(String, candidates: [Requirement])
    /// Someone else changed the request since it was read (`expected` events seen, `found` now).
    case changedMeanwhile(number: String)
    /// The item numbers given are not missing items of the request.
    case itemNotMissing(String)
    /// A note with no text.
    case emptyNote
    /// A correction that changes nothing.
    case nothingChanged
    case userExists(String)
    case userNotFound(String)
    /// A request cannot be handed to a deactivated account.
    case inactiveAssignee(String)
    /// The change would leave no active admin.
    case lastAdmin(String)
    case invalidAccount(String)
    case unknownUser(String)
    /// The officer a request is handed to does not work for the request's unit.
    case assigneeOutOfScope(account: String, unit: String)

    /// True when the error is about how the command was typed (exit 64), false for bad data (65).
    public var isUsage: Bool {
        switch self {
        case .rule(.optionRequired), .rule(.optionOutOfRange), .rule(.optionNotApplicable), .rule(.eventRequired),
            .rule(.eventNotApplicable), .rule(.eventPassed), .unknownItem,
            .ambiguousItem, .invalidAccount, .userNotFound:
            return true
        default:
            return false
        }
    }

    public var description: String {
        switch self {
        case let .rule(error): return error.description
        case let .notFound(number):
            return
                "Permohonan \(number) tidak ditemukan. Periksa nomornya (bentuk KODE-TAHUN-NOMOR, mis. SDDEN-2026-000123)."
        case let .applicantNotFound(id):
            return "Pemohon #\(id) tidak ditemukan. Cari nomornya dengan 'loket applicant find'."
        case let .serviceNotFound(id): return "Layanan \(id) tidak ditemukan di katalog."
        case let .unknownItem(item, items):
            let list = items.isEmpty ? "  (kartu layanan ini tidak memuat persyaratan)" : Self.numbered(items)
            return "Persyaratan '\(item)' tidak ada di kartu layanan. Sebut nomor atau sebagian teksnya:\n" + list
        case let .ambiguousItem(item, candidates):
            return "Persyaratan '\(item)' cocok dengan lebih dari satu butir; perjelas:\n" + Self.numbered(candidates)
        case let .changedMeanwhile(number):
            return "Permohonan \(number) baru saja diubah oleh pengguna lain; tidak ada yang diubah. "
                + "Lihat keadaannya yang terbaru, lalu ulangi bila masih perlu."
        case let .itemNotMissing(item):
            return "Persyaratan '\(item)' tidak termasuk berkas yang kurang pada permohonan ini."
        case .emptyNote: return "Catatan kosong; tulis isinya. Tidak ada yang diubah."
        case .nothingChanged: return "Tidak ada yang berubah; data pemohon tetap."
        case let .userExists(account): return "Pengguna '\(account)' sudah terdaftar; tidak ada yang diubah."
        case let .inactiveAssignee(account):
            return "Akun '\(account)' sudah dinonaktifkan; alihkan permohonan ke petugas lain. Tidak ada yang diubah."
        case let .userNotFound(account):
            return
                "Pengguna '\(account)' tidak terdaftar. Lihat daftar dengan 'loket user list'. Tidak ada yang diubah."
        case let .lastAdmin(account):
            return "'\(account)' adalah admin aktif terakhir: tambahkan admin lain dulu, lalu ulangi. "
                + "Tidak ada yang diubah."
        case let .invalidAccount(account):
            return "Nama akun '\(account)' tidak sah: tulis nama akun sistem operasi, hanya huruf kecil a-z, angka, "
                + "titik, garis bawah atau tanda hubung (paling banyak 32)."
        case let .unknownUser(account): return "Pengguna '\(account)' tidak terdaftar."
        case let .assigneeOutOfScope(account, unit):
            return "Pengguna '\(account)' tidak bertugas di \(unit); permohonan tidak dialihkan."
        }
    }

    static func numbered(_ items: [Requirement]) -> String {
        items.map { "  \($0.label). \($0.text)" }.joined(separator: "\n")
    }
}
