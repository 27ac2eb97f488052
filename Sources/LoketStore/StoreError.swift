import Foundation

/// What can go wrong in the catalog store. Every description is for the person at the desk or the
/// admin: it says what happened, where, and what to do, in Bahasa Indonesia.
public enum StoreError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The database file could not be opened or created (permissions, a missing disk, a file that
    /// is not an SQLite database, ...).
    case cannotOpen(path: String, reason: String)
    /// The folder of a new database file does not exist (a mistyped `--db`): nothing is created.
    case missingFolder(path: String)
    /// The file is another program's SQLite database (or holds tables without Loket's schema):
    /// refused before anything is written to it.
    case notLoketDatabase(path: String, tables: [String])
    /// The file was migrated by a newer version of Loket: it holds migrations this program does
    /// not know, so this program must not write in it.
    case newerDatabase(path: String, unknownMigrations: [String])
    /// A schema migration failed while opening the file; nothing of the migration was kept.
    case migrationFailed(path: String, reason: String)
    /// Another officer's program held the database longer than the busy timeout.
    case busy(path: String?)
    /// A catalog names no agency that can be recognised (empty or only punctuation).
    case missingAgencyName(source: String)
    /// A catalog has no service at all: almost certainly a file the importer could not read.
    case emptyCatalog(source: String, agency: String)
    /// Writing an import failed; the whole import was rolled back.
    case importFailed(source: String, reason: String)
    /// Reading the catalog failed.
    case queryFailed(what: String, reason: String)
    /// A write failed; its transaction was rolled back.
    case writeFailed(what: String, reason: String)
    /// No agency has this id.
    case unknownAgency(Int64)
    /// No service has this id.
    case unknownService(Int64)
    /// The time zone is not an IANA zone this machine knows.
    case unknownTimeZone(String)
    /// The agency already has a holiday on that date.
    case holidayExists(date: String, name: String)
    /// Office hours with no open day.
    case noOfficeDays
    /// An agency code that is not 2-8 letters and digits starting with a letter.
    case invalidAgencyCode(String)
    /// A receipt printer command that is not `lp`/`lpr` with plain arguments.
    case invalidPrinter(String)
    case invalidReceiptWidth(Int)
    /// An agency code another agency has, or had in its request numbers.
    case agencyCodeTaken(code: String, by: String)
    /// A stored row holds a value the program cannot read (written outside Loket, or by a bug):
    /// reported with its id instead of a crash.
    case unreadableRow(UnreadableRow)
    /// `loket backup` onto the database itself or its `-wal`, `-shm` or `-journal` file.
    case backupOntoDatabase(path: String)
    /// `loket backup` refuses to overwrite an existing file.
    case backupExists(path: String)
    /// SKM answers for a month that has not begun in the agency's zone.
    case futureSurveyMonth(month: String, current: String)

    public var description: String {
        switch self {
        case let .cannotOpen(path, reason):
            return "Basis data di \(path) tidak dapat dibuka: \(reason). Periksa bahwa folder tersebut ada dan "
                + "dapat ditulis oleh akun Anda, dan bahwa berkasnya memang basis data Loket (bukan berkas lain)."
        case let .missingFolder(path):
            let folder = (path as NSString).deletingLastPathComponent
            return "Folder \(folder) tidak ada, jadi basis data \(path) tidak dibuat. Periksa ketikan --db atau "
                + "LOKET_DB; bila memang basis data baru di folder baru, buat foldernya dulu (mkdir -p \(folder))."
        case let .notLoketDatabase(path, tables):
            let shown = tables.prefix(5).joined(separator: ", ") + (tables.count > 5 ? ", ..." : "")
            return "Berkas \(path) adalah basis data program lain, bukan basis data Loket"
                + (tables.isEmpty ? "" : " (tabel: \(shown))")
                + ". Berkas itu tidak diubah sama sekali. Periksa --db atau LOKET_DB, atau pilih berkas baru."
        case let .newerDatabase(path, unknownMigrations):
            let list = unknownMigrations.joined(separator: ", ")
            return "Basis data di \(path) dibuat oleh versi Loket yang lebih baru (migrasi tidak dikenal: \(list)). "
                + "Program ini tidak akan mengubahnya. Perbarui program loket ke versi terbaru, lalu coba lagi."
        case let .migrationFailed(path, reason):
            return "Pembaruan struktur basis data di \(path) gagal: \(reason). Tidak ada yang diubah. "
                + "Buat salinan berkas tersebut dan hubungi admin Loket."
        case let .busy(path):
            let place = path.map { " di \($0)" } ?? ""
            return "Basis data\(place) sedang dipakai petugas lain terlalu lama. Tidak ada yang diubah. "
                + "Tunggu sebentar, lalu ulangi perintah."
        case let .missingAgencyName(source):
            return "Berkas \(source) tidak menyebut nama instansi yang dapat dikenali. Tidak ada katalog yang "
                + "diimpor. Periksa bagian kepala keputusan pada berkas tersebut."
        case let .emptyCatalog(source, agency):
            return "Berkas \(source) (\(agency)) tidak berisi satu pun jenis pelayanan. Tidak ada katalog yang "
                + "diimpor. Periksa apakah berkas itu benar lampiran Standar Pelayanan, atau keluarkan dari impor."
        case let .importFailed(source, reason):
            return "Impor katalog dari berkas \(source) gagal: \(reason). Seluruh impor dibatalkan; basis data "
                + "tetap seperti sebelumnya. Perbaiki masalahnya lalu ulangi impor."
        case let .queryFailed(what, reason):
            return "Gagal membaca \(what) dari basis data: \(reason). Ulangi perintah; bila tetap gagal, "
                + "hubungi admin Loket."
        case let .writeFailed(what, reason):
            return "Gagal menyimpan \(what): \(reason). Tidak ada yang diubah. Ulangi perintah; bila tetap gagal, "
                + "hubungi admin Loket."
        case let .unknownAgency(id):
            return "Instansi dengan nomor \(id) tidak ada. Lihat daftar instansi dengan 'loket catalog'."
        case let .unknownService(id):
            return "Layanan dengan nomor #\(id) tidak ada. Lihat nomor layanan dengan 'loket catalog'."
        case let .unknownTimeZone(name):
            return "Zona waktu '\(name)' tidak dikenal. Gunakan nama zona IANA, misalnya Asia/Jakarta (WIB), "
                + "Asia/Makassar (WITA) atau Asia/Jayapura (WIT)."
        case let .holidayExists(date, name):
            return "Tanggal \(date) sudah hari libur (\(name)). Tidak ada yang diubah."
        case let .invalidAgencyCode(code):
            return "Kode instansi '\(code)' tidak dapat dipakai: tulis 2-8 huruf dan angka, diawali huruf, "
                + "misalnya DPS. Tidak ada yang diubah."
        case let .invalidPrinter(command):
            return "Perintah printer '\(command)' tidak dapat dipakai: hanya lp atau lpr dengan argumen biasa "
                + "(huruf, angka, - _ . = : / @), misalnya 'lp -d loket1'. Tidak ada yang diubah."
        case let .invalidReceiptWidth(width):
            return "Lebar tanda terima \(width) tidak dapat dipakai: pilih 32, 42 atau 80. Tidak ada yang diubah."
        case let .agencyCodeTaken(code, other):
            return "Kode \(code) sudah dipakai \(other) (sebagai kodenya, atau dalam nomor permohonannya). "
                + "Pilih kode lain. Tidak ada yang diubah."
        case .noOfficeDays:
            return "Jam layanan harus punya setidaknya satu hari buka. Tidak ada yang diubah."
        case let .unreadableRow(row):
            return "\(row.description.prefix(1).uppercased() + row.description.dropFirst()). Bandingkan dengan "
                + "riwayatnya ('loket request verify') dan hubungi admin Loket; baris lain tidak terpengaruh."
        case let .backupOntoDatabase(path):
            return "\(path) adalah berkas basis data ini atau pendampingnya (-wal, -shm, -journal); cadangan di sana "
                + "akan dihapus SQLite. Pilih nama berkas lain, sebaiknya di folder lain. Tidak ada yang diubah."
        case let .backupExists(path):
            return "Berkas \(path) sudah ada; cadangan tidak menimpa berkas. Pilih nama berkas lain."
        case let .futureSurveyMonth(month, current):
            return "Bulan \(month) belum tiba (sekarang \(current)); jawaban SKM dicatat pada bulan formulir diisi. "
                + "Periksa bulannya. Tidak ada yang dicatat."
        }
    }
}

/// A request row the program cannot decode, by id (and the column, when known).
public struct UnreadableRow: Sendable, Hashable, CustomStringConvertible {
    public var id: Int64?
    public var column: String?

    public init(id: Int64?, column: String?) {
        self.id = id
        self.column = column
    }

    public var description: String {
        "permohonan #\(id.map(String.init) ?? "?") tidak dapat dibaca"
            + (column.map { " (nilai kolom \($0) rusak, mis. tanggal di luar tahun 0000-9999)" } ?? "")
    }
}
