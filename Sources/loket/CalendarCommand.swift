import ArgumentParser
import Foundation
import LoketCore
import LoketStore

/// `loket calendar`: the working calendar of the agencies (holidays, office hours, zone).
struct CalendarCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "calendar",
        abstract: "Kalender kerja: hari libur, jam layanan, zona waktu.",
        subcommands: [CalendarShow.self, CalendarHoliday.self, CalendarHours.self, CalendarZone.self],
        defaultSubcommand: CalendarShow.self
    )
}

/// `loket calendar show [--year 2026] [--agency A]`.
struct CalendarShow: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Tampilkan hari libur setahun (nasional, cuti bersama, lokal) dan jam layanan."
    )

    @OptionGroup var database: DatabaseOptions

    @Option(name: .long, help: "Tahun (bawaan: tahun ini).")
    var year: Int?

    @Option(name: .long, help: "Instansi: nomor, kode, atau bagian dari namanya (bawaan: semua).")
    var agency: String?

    func run() async throws {
        let year = self.year ?? Calendar(identifier: .gregorian).component(.year, from: Date())
        guard SupportedDates.years.contains(year) else {
            throw CLIError.usage(
                "Tahun \(year) di luar jangkauan (\(SupportedDates.text)). Tulis tahun empat angka, misalnya --year 2026."
            )
        }
        let store = try Session.open(database, requiring: .viewCatalog).store
        let agencies = try agency.map { [try Resolve.agency($0, in: store)] } ?? store.agencies()
        var out = ""
        if agencies.count == 1, let only = agencies.first {
            out += "Kalender kerja \(year): \(only.name) [\(only.code)]\n"
            out += "Zona waktu: \(only.timeZone)\n"
            out += "Jam layanan: " + HoursText.week(try store.officeHours(agencyID: only.id)) + "\n\n"
            out += HolidayTable.text(try store.holidays(agencyID: only.id, year: year), agencies: [only])
        } else {
            out += "Kalender kerja \(year): hari libur nasional dan cuti bersama, dan libur lokal per instansi\n\n"
            var holidays = try store.holidays(agencyID: nil, year: year)
            for agency in agencies {
                holidays += try store.holidays(agencyID: agency.id, year: year).filter { $0.agencyID != nil }
            }
            holidays.sort { ($0.holiday.date, $0.agencyID ?? 0) < ($1.holiday.date, $1.agencyID ?? 0) }
            out += HolidayTable.text(holidays, agencies: agencies)
            out += "\nJam layanan:\n"
            for agency in agencies {
                out += "  \(agency.code): " + HoursText.week(try store.officeHours(agencyID: agency.id))
                out += " (\(agency.timeZone))\n"
            }
        }
        print(out, terminator: "")
    }
}

enum HolidayTable {
    static func text(_ holidays: [StoredHoliday], agencies: [AgencySummary]) -> String {
        guard !holidays.isEmpty else {
            return "Tidak ada hari libur tercatat untuk tahun ini. Kalender nasional bawaan mencakup 2024-2027.\n"
        }
        let codes = Dictionary(uniqueKeysWithValues: agencies.map { ($0.id, $0.code) })
        var out = ""
        for stored in holidays {
            let kind: String
            switch stored.holiday.kind {
            case .nasional: kind = "libur nasional"
            case .cutiBersama: kind = "cuti bersama"
            case .lokal: kind = "libur lokal " + (stored.agencyID.flatMap { codes[$0] } ?? "")
            }
            let day = IndonesianDateFormat.longDate(stored.holiday.date)
            let padded = day.padding(toLength: 28, withPad: " ", startingAt: 0)
            out += "  \(stored.holiday.date.iso)  \(padded)  \(stored.holiday.name) (\(kind))\n"
        }
        out += "  Jumlah: \(holidays.count) hari\n"
        return out
    }
}

enum HoursText {
    /// `Senin-Jumat 08.00-16.00` or one entry per group of days with the same hours.
    static func week(_ hours: [Int: OfficeHours]) -> String {
        var groups: [(first: Int, last: Int, hours: OfficeHours)] = []
        for weekday in 1...7 {
            guard let day = hours[weekday] else { continue }
            if let last = groups.last, last.last == weekday - 1, last.hours == day {
                groups[groups.count - 1].last = weekday
            } else {
                groups.append((weekday, weekday, day))
            }
        }
        guard !groups.isEmpty else { return "tutup setiap hari" }
        return groups.map { group in
            let names = IndonesianDateFormat.weekdayNames
            let days =
                group.first == group.last
                ? names[group.first - 1] : "\(names[group.first - 1])-\(names[group.last - 1])"
            return "\(days) \(day(group.hours))"
        }.joined(separator: ", ")
    }

    static func day(_ hours: OfficeHours) -> String {
        var text = "\(IndonesianDateFormat.clock(hours.open))-\(IndonesianDateFormat.clock(hours.close))"
        if let start = hours.breakStart, let end = hours.breakEnd {
            text += " (istirahat \(IndonesianDateFormat.clock(start))-\(IndonesianDateFormat.clock(end)))"
        }
        return text
    }
}

/// `loket calendar holiday add|remove`.
struct CalendarHoliday: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "holiday",
        abstract: "Libur lokal instansi (tambah, hapus).",
        subcommands: [Add.self, Remove.self]
    )

    /// `loket calendar holiday add 2026-12-24 "Hari Jadi Kota" --agency A`.
    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add", abstract: "Tambah libur lokal (pengawas).")

        @OptionGroup var database: DatabaseOptions

        @Option(name: .long, help: "Instansi: nomor, kode, atau bagian dari namanya.")
        var agency: String

        @Argument(help: "Tanggal, YYYY-MM-DD.")
        var date: String

        @Argument(help: "Nama hari libur.")
        var name: String

        func run() async throws {
            let day = try HolidayInput.date(date)
            let name = self.name.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !name.isEmpty else {
                throw CLIError.usage("Nama hari libur kosong. Tulis namanya, misalnya \"Hari Jadi Kota Denpasar\".")
            }
            let (session, agency) = try HolidayInput.open(database, agency: self.agency, day: day)
            let store = session.store
            let stored: StoredHoliday
            do {
                stored = try store.addLocalHoliday(
                    agencyID: agency.id, date: day, name: name, by: session.user.account, at: session.now)
            } catch let error as StoreError {
                if case .holidayExists = error { throw CLIError.dataError(error.description) }
                throw error
            }
            print(
                "Libur lokal ditambahkan: \(IndonesianDateFormat.longDate(stored.holiday.date)), \(name) (\(agency.code))."
            )
            if day.weekday >= 6 {
                print(
                    "Catatan: tanggal itu hari \(IndonesianDateFormat.weekdayNames[day.weekday - 1]); kantor memang tutup."
                )
            }
        }
    }

    /// `loket calendar holiday remove 2026-12-24 --agency A`.
    struct Remove: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "remove", abstract: "Hapus libur lokal (pengawas).")

        @OptionGroup var database: DatabaseOptions

        @Option(name: .long, help: "Instansi: nomor, kode, atau bagian dari namanya.")
        var agency: String

        @Argument(help: "Tanggal, YYYY-MM-DD.")
        var date: String

        func run() async throws {
            let day = try HolidayInput.date(date)
            let (session, agency) = try HolidayInput.open(database, agency: self.agency, day: day)
            let store = session.store
            guard try store.removeLocalHoliday(agencyID: agency.id, date: day) else {
                throw CLIError.dataError(
                    "\(agency.code) tidak punya libur lokal pada \(day.iso). Tidak ada yang diubah. Libur nasional "
                        + "dan cuti bersama tidak dapat dihapus; lihat 'loket calendar show --agency \(agency.code)'.")
            }
            print("Libur lokal \(day.iso) dihapus (\(agency.code)).")
        }
    }
}

enum HolidayInput {
    /// The session and agency of a holiday change, once the user may manage that agency's holidays
    /// (a supervisor limited to units: only an agency holding one of them).
    static func open(_ database: DatabaseOptions, agency text: String, day: LocalDate) throws
        -> (Session, AgencySummary)
    {
        let session = try Session.open(database, requiring: .manageHolidays, target: day.iso)
        let agency = try Resolve.agency(text, in: session.store)
        try session.store.authorize(
            session.user, .manageHolidays, agencyID: agency.id, target: day.iso, at: session.now)
        return (session, agency)
    }

    static func date(_ text: String) throws -> LocalDate {
        guard let day = LocalDate(iso: text.trimmingCharacters(in: .whitespaces)) else {
            throw CLIError.usage(
                "Tanggal '\(text)' tidak dikenali. Tulis sebagai YYYY-MM-DD, misalnya 2026-12-24.")
        }
        guard SupportedDates.contains(day) else {
            throw CLIError.usage(
                "Tanggal \(day.iso) di luar jangkauan (tahun \(SupportedDates.text)). Periksa tahunnya.")
        }
        return day
    }
}

/// `loket calendar hours --agency A [--days 5 --open 07:30 --close 11:00] [--break 12:00-13:00] [--closed 6,7]`.
struct CalendarHours: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hours",
        abstract: "Lihat atau ubah jam layanan instansi (admin).",
        discussion: """
            Tanpa pilihan: tampilkan jam layanan. --days dengan --open dan --close mengubah hari-hari itu saja;
            hari lain tetap. --closed menutup hari. Hari: 1 = Senin ... 7 = Minggu.
            Contoh: jam Jumat lebih pendek:  loket calendar hours --agency SDDEN --days 5 --open 07:30 --close 11:00
                    Senin-Kamis dengan istirahat: ... --days 1-4 --open 08:00 --close 16:00 --break 12:00-13:00
                    buka Sabtu setengah hari:    ... --days 6 --open 08:00 --close 12:00
                    tutup Sabtu lagi:            ... --closed 6
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Option(name: .long, help: "Instansi: nomor, kode, atau bagian dari namanya.")
    var agency: String

    @Option(name: .long, help: "Hari yang diubah: 1-5 (Senin-Jumat), 5, atau daftar seperti 1,3,5 (1 = Senin).")
    var days: String?

    @Option(name: .long, help: "Jam buka, HH:MM.")
    var open: String?

    @Option(name: .long, help: "Jam tutup, HH:MM (paling lambat 23:59).")
    var close: String?

    @Option(name: .long, help: "Istirahat, HH:MM-HH:MM (opsional).")
    var `break`: String?

    @Option(name: .long, help: "Hari yang ditutup, misalnya 6 atau 6,7.")
    var closed: String?

    func run() async throws {
        let change = try parseChange()  // everything checked before the database is opened
        let store = try Session.open(database, requiring: change == nil ? .viewCatalog : .manageAgency).store
        let agency = try Resolve.agency(self.agency, in: store)
        var week = try store.officeHours(agencyID: agency.id)
        guard let change else {
            print("Jam layanan \(agency.name): " + HoursText.week(week))
            return
        }
        let before = HoursText.week(week)
        if let (weekdays, hours) = change.open { for day in weekdays { week[day] = hours } }
        for day in change.closed { week[day] = nil }
        guard !week.isEmpty else {
            throw CLIError.usage("Semua hari akan tutup. Tidak ada yang diubah. Sisakan setidaknya satu hari buka.")
        }
        try store.setOfficeHours(agencyID: agency.id, week)
        print("Jam layanan \(agency.code) sebelumnya: \(before)")
        print("Jam layanan \(agency.code) sekarang:   " + HoursText.week(try store.officeHours(agencyID: agency.id)))
    }

    struct Change {
        var open: ([Int], OfficeHours)?
        var closed: [Int]
    }

    func parseChange() throws -> Change? {
        let setsHours = days != nil || open != nil || close != nil || self.break != nil
        guard setsHours || closed != nil else { return nil }
        var change = Change(open: nil, closed: try closed.map(Self.weekdays) ?? [])
        guard setsHours else { return change }
        guard let dayText = days, let openText = open, let closeText = close else {
            throw CLIError.usage(
                "Untuk mengubah jam, sebutkan --days, --open dan --close bersama, misalnya "
                    + "--days 1-5 --open 08:00 --close 16:00. Tidak ada yang diubah.")
        }
        let weekdays = try Self.weekdays(dayText)
        if !Set(weekdays).isDisjoint(with: change.closed) {
            throw CLIError.usage("Hari yang sama tidak bisa dibuka (--days) dan ditutup (--closed) sekaligus.")
        }
        var breakTimes: (String, String)?
        if let text = self.break {
            let parts = text.split(separator: "-").map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2 else {
                throw CLIError.usage(
                    "Istirahat '\(text)' tidak dikenali. Tulis sebagai HH:MM-HH:MM, misalnya 12:00-13:00.")
            }
            breakTimes = (parts[0], parts[1])
        }
        guard let hours = OfficeHours(openText, closeText, break: breakTimes), hours.open < hours.close,
            hours.close.minutes < 24 * 60
        else {
            throw CLIError.usage(
                "Jam layanan \(openText)-\(closeText) tidak masuk akal. Tulis jam sebagai HH:MM (00:00-23:59) dan jam "
                    + "buka sebelum jam tutup, misalnya --open 08:00 --close 16:00.")
        }
        if breakTimes != nil {
            guard let start = hours.breakStart, let end = hours.breakEnd,
                hours.open < start && start < end && end < hours.close
            else {
                throw CLIError.usage(
                    "Istirahat harus di dalam jam layanan dan jam mulainya sebelum jam selesainya, misalnya "
                        + "--break 12:00-13:00.")
            }
        }
        change.open = (weekdays, hours)
        return change
    }

    static func weekdays(_ text: String) throws -> [Int] {
        let usage = CLIError.usage(
            "Hari '\(text)' tidak dikenali. Tulis 1-5 (Senin-Jumat), 6 (Sabtu), atau daftar seperti 1,3,5.")
        var result = Set<Int>()
        for part in text.split(separator: ",") {
            let bounds = part.split(separator: "-").map { Int($0.trimmingCharacters(in: .whitespaces)) }
            guard let first = bounds.first ?? nil, bounds.count <= 2 else { throw usage }
            let last = bounds.count == 2 ? bounds[1] : first
            guard let last, (1...7).contains(first), (1...7).contains(last), first <= last else { throw usage }
            result.formUnion(first...last)
        }
        guard !result.isEmpty else { throw usage }
        return result.sorted()
    }
}

/// `loket calendar zone --agency A Asia/Jakarta`.
struct CalendarZone: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "zone", abstract: "Lihat atau ubah zona waktu instansi (admin).")

    @OptionGroup var database: DatabaseOptions

    @Option(name: .long, help: "Instansi: nomor, kode, atau bagian dari namanya.")
    var agency: String

    @Argument(help: "Zona IANA: Asia/Jakarta (WIB), Asia/Makassar (WITA), Asia/Jayapura (WIT).")
    var zone: String?

    func run() async throws {
        if let zone,
            !TimeZone.knownTimeZoneIdentifiers.contains(where: { $0.caseInsensitiveCompare(zone) == .orderedSame })
        {
            throw CLIError.usage(StoreError.unknownTimeZone(zone).description)
        }
        let store = try Session.open(database, requiring: zone == nil ? .viewCatalog : .manageAgency).store
        let agency = try Resolve.agency(self.agency, in: store)
        guard let zone else {
            print("Zona waktu \(agency.name): \(agency.timeZone)")
            return
        }
        let stored: String
        do {
            stored = try store.setTimeZone(agencyID: agency.id, zone)
        } catch let error as StoreError {
            if case .unknownTimeZone = error { throw CLIError.usage(error.description) }
            throw error
        }
        print("Zona waktu \(agency.code): \(agency.timeZone) → \(stored)")
        if !["Asia/Jakarta", "Asia/Pontianak", "Asia/Makassar", "Asia/Jayapura"].contains(stored) {
            print("Catatan: \(stored) bukan zona WIB, WITA atau WIT.")
        }
    }
}
