/// Why a file could not be imported. Every message is in Bahasa Indonesia and says what is
/// wrong, where, and what to do; the command line exits with status 65 (bad data).
public enum ImportError: Error, Equatable, CustomStringConvertible {
    case unreadable(source: String, reason: String)
    case empty(source: String)
    case binary(source: String)
    case notADecree(source: String)

    public var description: String {
        switch self {
        case let .unreadable(source, reason):
            "\(source): berkas tidak dapat dibaca (\(reason)). Periksa nama dan izin berkas, lalu ulangi."
        case let .empty(source):
            "\(source): berkas kosong. Impor berkas teks hasil ekstraksi keputusan Standar Pelayanan."
        case let .binary(source):
            "\(source): bukan berkas teks UTF-8 (berisi data biner). "
                + "Ekstrak dulu keputusan dari PDF ke teks, lalu impor berkas teks itu."
        case let .notADecree(source):
            "\(source): bukan keputusan Standar Pelayanan: tidak ditemukan satu pun tabel komponen layanan "
                + "(baris bernomor 'Persyaratan', 'Jangka Waktu', ...). Periksa isi berkas."
        }
    }
}
