import LoketCore

extension RequestStatus {
    /// The status in words, for every screen, receipt and table (the stored code,
    /// `menunggu_berkas`, stays for csv and json).
    public var label: String {
        switch self {
        case .menungguBerkas: return "menunggu kelengkapan berkas"
        case .diterima: return "diterima"
        case .diproses: return "diproses"
        case .selesai: return "selesai (siap diambil)"
        case .diserahkan: return "diserahkan"
        case .ditolak: return "ditolak"
        case .dibatalkan: return "dibatalkan"
        }
    }

    /// A short form for narrow list columns (at most 13 columns).
    public var shortLabel: String {
        switch self {
        case .menungguBerkas: return "tunggu berkas"
        case .selesai: return "selesai"
        default: return label
        }
    }

    /// What a status change to this status is called on a button or in a dialog.
    public var actionLabel: String {
        switch self {
        case .menungguBerkas: return "kembali menunggu berkas"
        case .diterima: return "berkas lengkap, diterima"
        case .diproses: return "mulai diproses"
        case .selesai: return "selesai, siap diambil"
        case .diserahkan: return "diserahkan kepada pemohon"
        case .ditolak: return "tolak"
        case .dibatalkan: return "batalkan"
        }
    }
}
