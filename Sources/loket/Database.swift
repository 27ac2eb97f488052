import Foundation
import LoketCore
import LoketImporter
import LoketSeed
import LoketStore

/// Where the database lives: `--db PATH`, else `LOKET_DB`, else the user's data directory
/// (`$XDG_DATA_HOME/loket/loket.sqlite`, `~/.local/share/loket/loket.sqlite`).
enum DatabaseLocation {
    /// The path, and whether it is the default one (the only place whose folder Loket creates).
    static func resolve(_ option: String?) -> (path: String, isDefault: Bool) {
        if let option, !option.isEmpty { return (option, false) }
        let environment = ProcessInfo.processInfo.environment
        if let path = environment["LOKET_DB"], !path.isEmpty { return (path, false) }
        return ((dataDirectory as NSString).appendingPathComponent("loket.sqlite"), true)
    }

    /// The user's own Loket directory: `$XDG_DATA_HOME/loket`, `~/.local/share/loket`.
    static var dataDirectory: String {
        let environment = ProcessInfo.processInfo.environment
        let dataHome =
            environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (NSHomeDirectory() as NSString).appendingPathComponent(".local/share")
        return (dataHome as NSString).appendingPathComponent("loket")
    }

    /// Where receipts are saved when no printer is set: the user's own directory, not the shared one.
    static var receiptDirectory: URL {
        URL(fileURLWithPath: (dataDirectory as NSString).appendingPathComponent("tanda-terima"))
    }
}

/// Opens the database, creating it and importing the shipped seed decrees on first use, and
/// returns it with the real account running the program (checked first: a process whose account
/// cannot be trusted is refused, exit 77, logged, before it can become the new database's admin).
/// Only the default data directory is created; elsewhere a missing folder is an error.
func openStore(_ option: String?) throws -> (Store, String) {
    let (path, isDefault) = DatabaseLocation.resolve(option)
    let store: Store
    do {
        if isDefault {
            try? FileManager.default.createDirectory(
                atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        }
        store = try Store(path: path)
    } catch let error as StoreError {
        throw error
    } catch {
        throw CLIError.io(String(describing: error))
    }
    let real = try CurrentAccount.real(in: store)
    if try store.isEmpty() {
        let catalogs = try SeedCatalog.parseAll()
        _ = try store.importCatalogs(catalogs)
        let services = catalogs.reduce(0) { $0 + $1.serviceCount }
        printError(
            "loket: database baru dibuat di \(path); katalog awal diimpor (\(catalogs.count) keputusan, \(services) layanan).\n"
        )
    }
    // The account that creates the database (or first opens one made before users existed) is admin.
    if let admin = try store.bootstrapAdmin(account: real, at: Date()) {
        printError("loket: akun '\(admin.account)' menjadi admin basis data ini.\n")
    }
    // The national calendar shipped with this program (a newer program may ship corrected or
    // further years); writes only when the database differs. The file is parsed only when the
    // database was not last brought up to date from these very bytes, or a holiday, office hours
    // or a zone changed since (calendar_version): reading and comparing it cost every start 2 ms.
    let shipped = try SeedCatalog.nationalHolidayFile()
    let fingerprint = Store.nationalCalendarFingerprint(shipped.data)
    if try !store.nationalHolidaysInSync(fingerprint: fingerprint) {
        try store.syncNationalHolidays(try SeedCatalog.nationalHolidays(shipped), fingerprint: fingerprint)
    }
    return (store, real)
}

enum SeedCatalog {
    /// The national holidays and cuti bersama shipped in `seed/calendar/`.
    static func nationalHolidays() throws -> [Holiday] {
        try nationalHolidays(nationalHolidayFile())
    }

    /// The shipped national calendar file's bytes (not parsed yet).
    static func nationalHolidayFile() throws -> (url: URL, data: Data) {
        guard let url = SeedFiles.nationalHolidays, let data = try? Data(contentsOf: url) else {
            throw CLIError.io("kalender libur nasional bawaan tidak ditemukan di samping program; pasang ulang loket.")
        }
        return (url, data)
    }

    static func nationalHolidays(_ file: (url: URL, data: Data)) throws -> [Holiday] {
        guard let text = String(data: file.data, encoding: .utf8) else {
            throw CLIError.dataError(
                "kalender libur nasional bawaan rusak (\(file.url.lastPathComponent)): bukan UTF-8")
        }
        do {
            return try HolidayCSV.parse(text)
        } catch let error as HolidayCSVError {
            throw CLIError.dataError("kalender libur nasional bawaan rusak (\(file.url.lastPathComponent)): \(error)")
        }
    }

    static func parseAll() throws -> [ParsedCatalog] {
        let files = SeedFiles.decrees
        guard !files.isEmpty else {
            throw CLIError.io("data bawaan (seed) tidak ditemukan di samping program; pasang ulang loket.")
        }
        return try files.map { url in
            do {
                return try DecreeParser.parse(data: Data(contentsOf: url), source: url.lastPathComponent)
            } catch let error as ImportError {
                throw CLIError.dataError(error.description)
            }
        }
    }
}
