import Foundation
import Testing

@testable import LoketCore

/// Typing and OCR mistakes that must not become a silently wrong deadline.
@Suite struct TimeLimitGuardTests {
    @Test(arguments: ["100000 jam", "9999999 tahun", "999999999 hari kerja", "11 tahun", "4000 hari"])
    func implausiblyLongAmountsReadAsUnreadable(_ text: String) {
        let parse = TimeLimitParser.parse(text)
        #expect(parse.reading.isUnreadable, "\(text) → \(parse.reading)")
        #expect(parse.warnings.contains { $0.contains("terlalu panjang") || $0.contains("lebih dari sehari") })
    }

    @Test(arguments: ["10 tahun", "120 bulan", "3660 hari kerja", "20000 jam"])
    func theLongestPlausibleAmountsStillRead(_ text: String) {
        let parse = TimeLimitParser.parse(text)
        #expect(!parse.reading.isUnreadable, "\(text) → \(parse.reading)")
        #expect(parse.reading.longest != nil)
    }

    @Test func anImplausibleOptionMakesTheWholeChoiceUnreadable() {
        let parse = TimeLimitParser.parse("5 hari kerja jika seleksi, 99999 hari kerja jika tidak")
        #expect(parse.reading.isUnreadable)
    }

    @Test(arguments: ["3 hari kreja", "3 hari kerj", "3 hari kerjaa", "3 Hari Kerha"])
    func aMistypedKerjaStillMeansWorkdaysWithANote(_ text: String) {
        let parse = TimeLimitParser.parse(text)
        #expect(parse.reading == .duration(TimeAmount(3, .workdays)), "\(text) → \(parse.reading)")
        #expect(parse.warnings.contains { $0.contains("dibaca sebagai «kerja»") })
    }

    @Test(arguments: ["3 hari kalender", "3 hari kemudian", "3 hari"])
    func otherWordsAfterHariAreNotWorkdays(_ text: String) {
        #expect(TimeLimitParser.parse(text).reading == .duration(TimeAmount(3, .days)), "\(text)")
    }

    @Test func countingStartsAtTheNextOpening() {
        let cal = WorkingCalendar.standard(timeZone: Fixtures.wita)
        let inside = cal.at("2026-11-23", "10:00")
        #expect(DeadlineCalculator.countingStart(inside, in: cal) == inside)
        #expect(
            DeadlineCalculator.countingStart(cal.at("2026-11-27", "17:00"), in: cal) == cal.at("2026-11-30", "08:00"))
        #expect(
            DeadlineCalculator.countingStart(cal.at("2026-11-24", "06:30"), in: cal) == cal.at("2026-11-24", "08:00"))
        let closed = WorkingCalendar(timeZone: Fixtures.wita, hours: [:])
        #expect(DeadlineCalculator.countingStart(inside, in: closed) == nil)
    }

    @Test func readingsHaveAnIndonesianSummary() {
        #expect(TimeLimitReading.duration(TimeAmount(3, .workdays)).indonesianSummary == "3 hari kerja")
        #expect(
            TimeLimitReading.extended(base: TimeAmount(14, .workdays), extension: TimeAmount(7, .workdays))
                .indonesianSummary == "14 hari kerja, dapat diperpanjang 7 hari kerja")
        #expect(
            TimeLimitReading.choice([
                TimeLimitOption(amount: TimeAmount(5, .workdays), condition: "Seleksi"),
                TimeLimitOption(amount: TimeAmount(1, .days, range: 1...1), condition: ""),
            ]).indonesianSummary == "pilihan: 5 hari kerja (Seleksi) / 1 hari")
        #expect(TimeLimitReading.open(reason: nil).indonesianSummary == "tanpa batas pasti (teks tidak terbaca)")
        #expect(TimeLimitReading.open(reason: "sesuai kesepakatan").isUnreadable == false)
    }
}

/// Numbers that are not whole positive amounts: read digit by digit they would give another
/// amount (`-5` as 5, `1e308` as 308), so the text is unreadable.
@Suite struct MalformedNumberTests {
    @Test(arguments: [
        "-5 hari kerja", "\u{2212}5 hari", "Maksimal -5 hari", "1e308 hari", "1E+3 jam", "2e-1 hari", "1,5 hari",
        "0.5 jam", "2,5 HK",
    ])
    func isUnreadable(_ text: String) {
        let parse = TimeLimitParser.parse(text)
        #expect(parse.reading.isUnreadable, "\(text) → \(parse.reading)")
        #expect(parse.warnings.contains { $0.contains("bukan jumlah bulat positif") }, "\(text)")
    }

    @Test func rangesEventsAndClockTimesAreNotMalformed() {
        #expect(TimeLimitParser.parse("5-7 hari").reading == .duration(TimeAmount(7, .days, range: 5...7)))
        #expect(TimeLimitParser.parse("5 - 7 hari").reading == .duration(TimeAmount(7, .days, range: 5...7)))
        #expect(MalformedNumber.find(in: "Disesuaikan dengan waktu (H-5)") == nil)
        #expect(MalformedNumber.find(in: "Senin s/d Kamis, dari Jam 08.30 s/d 16.00 Wita Maksimal 1 (satu) Jam") == nil)
        #expect(MalformedNumber.find(in: "Nomor 1 Tahun 2020 versi 4.4") == nil)
        #expect(MalformedNumber.find(in: "1e308 hari") == "1e308")
        #expect(MalformedNumber.find(in: "sekitar 1,5 hari") == "1,5")
    }
}
