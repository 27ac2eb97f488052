/// Why a file could not be imported. Every message is in Bahasa Indonesia and says what is
/// wrong, where, and what to do; the command line exits with status 65 (bad data).
public enum ImportError: Error, Equatable, CustomStringConvertible {
    case unreadable(source: String, reason: String)
    case empty(source: String)
    case binary(source: String)
    case notADecree(source: String)
    case tooLarge(source: String, bytes: Int)

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
        case let .tooLarge(source, bytes):
            "\(source): berkas terlalu besar untuk sebuah keputusan (\(Self.grouped(bytes)) bita; batasnya "
                + "\(DecreeParser.maximumBytes / 1_000_000) MB). Periksa apakah ini berkas yang benar; "
                + "keputusan yang panjang dapat diimpor per bagian dalam beberapa berkas."
        }
    }

    /// `20.000.001`: digits grouped by thousands, Indonesian style.
    static func grouped(_ number: Int) -> String {
        var digits = String(number)
        var out = ""
        while digits.count > 3 {
            out = "." + digits.suffix(3) + out
            digits.removeLast(3)
        }
        return digits + out
    }
}
