import Foundation
import Testing

@testable import LoketCore

@Suite struct LocalDateTests {
    @Test func isoRoundTrip() {
        let d = LocalDate(iso: "2026-11-23")
        #expect(d?.year == 2026 && d?.month == 11 && d?.day == 23)
        #expect(d?.iso == "2026-11-23")
        #expect(LocalDate(iso: "2026-02-29") == nil)
        #expect(LocalDate(iso: "2024-02-29") != nil)
        #expect(LocalDate(iso: "2026-13-01") == nil)
        #expect(LocalDate(iso: "2026-1-01") == nil)
        #expect(LocalDate(iso: "garbage") == nil)
        // Exactly ten ASCII bytes: digits, a hyphen at 5 and 8.
        for bad in [
            "2026-11-230", "2026-11-2", "02026-11-23", "2026/11/23", "2026-11-2x", "+026-11-23", "2026-11--3",
            "2026-1١-23", "２０２６-11-23", "2026-11-23\u{301}", " 2026-11-23", "2026-11-23 ", "", "2026-11-",
        ] {
            #expect(LocalDate(iso: bad) == nil, "\(bad)")
        }
        #expect(LocalDate(iso: "0001-01-01")?.year == 1)
        #expect(LocalDate(iso: "9999-12-31")?.iso == "9999-12-31")
    }

    @Test func weekdays() {
        #expect(LocalDate(iso: "1970-01-01")!.weekday == 4)  // Thursday
        #expect(LocalDate(iso: "2026-11-23")!.weekday == 1)  // Monday
        #expect(LocalDate(iso: "2026-03-22")!.weekday == 7)  // Sunday
        #expect(LocalDate(iso: "1969-12-31")!.weekday == 3)
    }

    @Test func dayNumberRoundTripMatchesFoundation() {
        var gregorian = Calendar(identifier: .gregorian)
        gregorian.timeZone = TimeZone(identifier: "UTC")!
        var n = -130_000  // 1614: Foundation switches to the Julian calendar before 1582
        while n < 800_000 {
            let d = LocalDate(dayNumber: n)
            #expect(d.dayNumber == n)
            let c = gregorian.dateComponents(
                [.year, .month, .day], from: Date(timeIntervalSince1970: Double(n) * 86_400))
            #expect(c.year == d.year && c.month == d.month && c.day == d.day)
            n += 997
        }
    }

    @Test func monthArithmeticClamps() {
        let jan31 = LocalDate(iso: "2026-01-31")!
        #expect(jan31.adding(months: 1).iso == "2026-02-28")
        #expect(LocalDate(iso: "2028-01-31")!.adding(months: 1).iso == "2028-02-29")
        #expect(jan31.adding(months: 12).iso == "2027-01-31")
        #expect(LocalDate(iso: "2026-12-15")!.adding(months: 1).iso == "2027-01-15")
        #expect(LocalDate(iso: "2026-03-31")!.adding(months: -1).iso == "2026-02-28")
        #expect(LocalDate(iso: "2024-02-29")!.adding(months: 12).iso == "2025-02-28")
        #expect(LocalDate(iso: "2026-12-31")!.adding(days: 1).iso == "2027-01-01")
    }

    @Test func codableAsISOString() throws {
        let data = try JSONEncoder().encode([LocalDate(iso: "2026-03-20")!])
        #expect(String(decoding: data, as: UTF8.self) == "[\"2026-03-20\"]")
        let back = try JSONDecoder().decode([LocalDate].self, from: data)
        #expect(back.first?.iso == "2026-03-20")
    }

    @Test func localTimeParsing() {
        #expect(LocalTime("08.30")?.minutes == 510)
        #expect(LocalTime("16:00")?.description == "16:00")
        #expect(LocalTime("25:00") == nil)
        #expect(LocalTime("8") == nil)
    }
}

@Suite struct HolidayCSVTests {
    @Test func parsesTheShippedFormat() throws {
        let holidays = try HolidayCSV.parse(Fixtures.holidays2026)
        #expect(holidays.count == 25)
        #expect(
            holidays.first == Holiday(date: LocalDate(iso: "2026-01-01")!, kind: .nasional, name: "Tahun Baru Masehi"))
        #expect(holidays.filter { $0.kind == .cutiBersama }.count == 8)
    }

    @Test func parsesTheRealFileInThePackage() throws {
        let url = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("seed/calendar/hari-libur-nasional.csv")
        let text = try String(contentsOf: url, encoding: .utf8)
        let holidays = try HolidayCSV.parse(text)
        #expect(holidays.count == 108)
        let years = Set(holidays.map(\.date.year))
        #expect(years == [2024, 2025, 2026, 2027])
        // The literal fixture is exactly the 2026 part of the shipped file.
        #expect(holidays.filter { $0.date.year == 2026 } == (try HolidayCSV.parse(Fixtures.holidays2026)))
    }

    @Test func quotesCRLFAndBlankLines() throws {
        let text =
            "\u{FEFF}tanggal,jenis,nama\r\n\r\n2026-11-10,libur_lokal,\"Galungan, \"\"Bali\"\"\"\r\n2026-11-20,libur_lokal,Kuningan\r\n"
        let holidays = try HolidayCSV.parse(text)
        #expect(holidays.map(\.name) == ["Galungan, \"Bali\"", "Kuningan"])
        #expect(holidays.allSatisfy { $0.kind == .lokal })
    }

    @Test(arguments: [
        ("tanggal,jenis\n", 1, "kepala kolom"),
        ("tanggal,jenis,nama\n2026-02-30,libur_nasional,X\n", 2, "tanggal tidak valid"),
        ("tanggal,jenis,nama\n2026-02-03,libur,X\n", 2, "jenis libur tidak dikenal"),
        ("tanggal,jenis,nama\n\n2026-02-03,libur_nasional\n", 3, "harus ada 3 kolom"),
        ("tanggal,jenis,nama\n2026-02-03,libur_nasional,\"X\n", 2, "tanda kutip tidak ditutup"),
        ("tanggal,jenis,nama\n2026-02-03,libur_nasional,\n", 2, "nama hari libur kosong"),
        ("", 1, "berkas kosong"),
    ])
    func errorsCarryLineNumbers(text: String, line: Int, fragment: String) {
        #expect {
            try HolidayCSV.parse(text)
        } throws: { error in
            guard let e = error as? HolidayCSVError else { return false }
            return e.line == line && e.message.contains(fragment) && e.description.hasPrefix("Baris \(line): ")
        }
    }
}

/// Shared test data.
enum Fixtures {
    /// The 2026 rows of `seed/calendar/hari-libur-nasional.csv`, verbatim.
    static let holidays2026 = """
        tanggal,jenis,nama
        2026-01-01,libur_nasional,"Tahun Baru Masehi"
        2026-01-16,libur_nasional,"Isra Mikraj Nabi Muhammad"
        2026-02-16,cuti_bersama,"Cuti Bersama Tahun Baru Imlek"
        2026-02-17,libur_nasional,"Tahun Baru Imlek"
        2026-03-18,cuti_bersama,"Cuti Bersama Hari Suci Nyepi"
        2026-03-19,libur_nasional,"Hari Suci Nyepi"
        2026-03-20,cuti_bersama,"Cuti Bersama Hari Raya Idul Fitri"
        2026-03-21,libur_nasional,"Hari Raya Idul Fitri"
        2026-03-22,libur_nasional,"Hari kedua dari Hari Raya Idul Fitri"
        2026-03-23,cuti_bersama,"Cuti Bersama Hari Raya Idul Fitri"
        2026-03-24,cuti_bersama,"Cuti Bersama Hari Raya Idul Fitri"
        2026-04-03,libur_nasional,"Wafat Yesus Kristus"
        2026-04-05,libur_nasional,"Kebangkitan Yesus Kristus"
        2026-05-01,libur_nasional,"Hari Buruh Internasional"
        2026-05-14,libur_nasional,"Kenaikan Yesus Kristus"
        2026-05-15,cuti_bersama,"Cuti Bersama Kenaikan Yesus Kristus"
        2026-05-27,libur_nasional,"Hari Raya Idul Adha"
        2026-05-28,cuti_bersama,"Cuti Bersama Hari Raya Idul Adha"
        2026-05-31,libur_nasional,"Hari Raya Waisak"
        2026-06-01,libur_nasional,"Hari Lahir Pancasila"
        2026-06-16,libur_nasional,"Tahun Baru Islam"
        2026-08-17,libur_nasional,"Hari Kemerdekaan Republik Indonesia"
        2026-08-25,libur_nasional,"Maulid Nabi Muhammad"
        2026-12-24,cuti_bersama,"Cuti Bersama Hari Raya Natal"
        2026-12-25,libur_nasional,"Hari Raya Natal"
        """

    static let wita = TimeZone(identifier: "Asia/Makassar")!

    /// Standard WITA calendar with the 2026 national holidays.
    static let calendar2026: WorkingCalendar = {
        // swiftlint:disable:next force_try
        WorkingCalendar.standard(timeZone: wita, holidays: try! HolidayCSV.parse(holidays2026))
    }()
}
