import Foundation
import Testing

@testable import LoketCore

/// The grammar beyond the seeds: units, number words, ranges, sums, extensions, phrases that
/// are not the limit.
@Suite struct TimeLimitGrammarTests {
    static func duration(_ text: String) -> TimeAmount? {
        if case .duration(let a) = TimeLimitParser.parse(text).reading { return a }
        return nil
    }

    @Test(arguments: [
        ("10 menit", 10, TimeUnit.minutes), ("10 MENIT", 10, .minutes), ("2 jam", 2, .hours),
        ("4 hari", 4, .days), ("4 Hari Kerja", 4, .workdays), ("4 HK", 4, .workdays), ("4 hk", 4, .workdays),
        ("4 hari kalender", 4, .days), ("2 minggu", 2, .weeks), ("2 Pekan", 2, .weeks), ("6 bulan", 6, .months),
        ("2 tahun", 2, .years), ("3 x 24 jam", 3, .days), ("1x24 jam", 1, .days),
    ])
    func units(text: String, amount: Int, unit: TimeUnit) {
        #expect(Self.duration(text) == TimeAmount(amount, unit))
    }

    @Test(arguments: [
        ("satu hari", 1), ("sembilan hari", 9), ("sepuluh hari", 10), ("sebelas hari", 11), ("dua belas hari", 12),
        ("lima belas hari", 15), ("sembilan belas hari", 19), ("dua puluh hari", 20), ("tiga puluh hari", 30),
        ("empat puluh lima hari", 45), ("enam puluh hari", 60), ("seratus hari", 100),
        ("seratus dua puluh hari", 120), ("dua ratus hari", 200), ("seribu hari", 1000),
        ("3 (tiga) hari", 3), ("tiga (3) hari", 3), ("(tiga) hari", 3), ("12 (Dua Belas) hari", 12),
        ("Maksimal 14 hari", 14), ("paling lama 14 hari", 14), ("selambat-lambatnya 14 hari", 14),
    ])
    func numbers(text: String, amount: Int) {
        #expect(Self.duration(text) == TimeAmount(amount, .days))
    }

    @Test func rangesKeepBoundsAndUseTheUpper() {
        #expect(Self.duration("1-3 jam") == TimeAmount(3, .hours, range: 1...3))
        #expect(Self.duration("3 - 5 Hari Kerja") == TimeAmount(5, .workdays, range: 3...5))
        #expect(Self.duration("1 — 5 hari kerja") == TimeAmount(5, .workdays, range: 1...5))
        #expect(Self.duration("3 sampai 4 bulan") == TimeAmount(4, .months, range: 3...4))
        #expect(Self.duration("3 sampai dengan 5 hari") == TimeAmount(5, .days, range: 3...5))
        #expect(Self.duration("3 s/d 5 hari") == TimeAmount(5, .days, range: 3...5))
        #expect(TimeAmount(3, .hours, range: 1...3).description == "1-3 jam")
    }

    @Test func adjacentAmountsAreSummed() {
        #expect(Self.duration("1 Jam 15 Menit") == TimeAmount(75, .minutes))
        #expect(Self.duration("2 jam dan 30 menit") == TimeAmount(150, .minutes))
        #expect(Self.duration("1 tahun 6 bulan") == TimeAmount(18, .months))
        #expect(Self.duration("1 minggu 2 hari") == TimeAmount(9, .days))
    }

    @Test func extensions() {
        let a = TimeLimitParser.parse("10 hari kerja dan dapat diperpanjang 7 hari kerja")
        #expect(a.reading == .extended(base: TimeAmount(10, .workdays), extension: TimeAmount(7, .workdays)))
        #expect(a.reading.kind == "extension")
        #expect(a.reading.longest == TimeAmount(17, .workdays))
        let b = TimeLimitParser.parse("14 HK + 7 HK")
        #expect(b.reading == .extended(base: TimeAmount(14, .workdays), extension: TimeAmount(7, .workdays)))
    }

    @Test func immediate() {
        #expect(Self.duration("Langsung") == TimeAmount(0, .minutes))
        #expect(Self.duration("Saat itu juga") == TimeAmount(0, .minutes))
        // `langsung` inside a sentence is not a time limit.
        #expect(TimeLimitParser.parse("Pemohon dapat langsung datang ke loket").reading.kind == "open")
    }

    @Test func leadTimesAreNotTheLimit() {
        let p = TimeLimitParser.parse("Permohonan paling lambat 3 hari kerja sebelum kegiatan; pelayanan 2 jam")
        #expect(p.reading == .duration(TimeAmount(2, .hours)))
        #expect(p.warnings.contains { $0.contains("batas waktu bagi pemohon") })
        let only = TimeLimitParser.parse("paling lambat 3 hari kerja sebelum kegiatan")
        #expect(only.reading == .open(reason: nil))
        #expect(only.warnings.contains { $0.contains("batas waktu bagi pemohon") })
    }

    @Test func officeHoursAloneAreNotReadable() {
        let p = TimeLimitParser.parse("Senin - Kamis 08.00 - 15.00")
        #expect(p.reading == .open(reason: nil))
        #expect(p.warnings.contains { $0.hasPrefix("Jangka waktu tidak terbaca:") })
        #expect(p.warnings.contains { $0.contains("jam layanan") })
    }

    @Test func writtenTotalWins() {
        let p = TimeLimitParser.parse(
            "1. Verifikasi berkas 2 hari kerja 2. Penerbitan surat 4 hari kerja. Total 5 hari kerja")
        #expect(p.reading == .duration(TimeAmount(5, .workdays)))
        #expect(p.warnings.contains { $0.contains("berbeda dengan total tertulis") })
    }

    @Test func stepsWithoutTotalAreSummed() {
        let p = TimeLimitParser.parse("1. Verifikasi berkas 2 hari kerja 2. Proses penerbitan surat 3 hari kerja")
        #expect(p.reading == .duration(TimeAmount(5, .workdays)))
    }

    @Test func unreadableAndEmpty() {
        let empty = TimeLimitParser.parse("   ")
        #expect(empty.reading == .open(reason: nil))
        #expect(empty.warnings == ["Jangka waktu kosong."])
        let garbage = TimeLimitParser.parse("lihat lampiran")
        #expect(garbage.reading == .open(reason: nil))
        #expect(garbage.warnings == ["Jangka waktu tidak terbaca: «lihat lampiran»."])
        #expect(TimeLimitParser.parse("sesuai kebutuhan").reading == .open(reason: "sesuai kebutuhan"))
    }

    @Test func kindsAndLongest() {
        let choice = TimeLimitParser.parse("Pra Kualifikasi 63 Hari; Pasca Kualifikasi 45 Hari.").reading
        #expect(choice.kind == "choice")
        #expect(choice.longest == TimeAmount(63, .days))
        #expect(TimeLimitReading.duration(TimeAmount(1, .days)).kind == "duration")
        #expect(TimeLimitReading.open(reason: nil).kind == "open")
        #expect(TimeLimitReading.open(reason: nil).longest == nil)
    }

    @Test func timeAmountCodable() throws {
        let amount = TimeAmount(3, .hours, range: 1...3)
        let back = try JSONDecoder().decode(TimeAmount.self, from: JSONEncoder().encode(amount))
        #expect(back == amount)
    }
}

@Suite struct TimeLimitCodableTests {
    @Test func readingsRoundTripThroughJSON() throws {
        for c in SeedTable.cases {
            let parse = TimeLimitParser.parse(c.text)
            let back = try JSONDecoder().decode(TimeLimitParse.self, from: JSONEncoder().encode(parse))
            #expect(back == parse)
        }
    }

    @Test func manyAlternativesFallBackToTheLongestPerStep() {
        // 5 steps with 2 alternatives each = 32 paths: too many to offer.
        let text = (1...5).map { "\($0). Proses tahap \($0) 1 hari (cepat) dan 2 hari (lambat)" }.joined(separator: " ")
        let p = TimeLimitParser.parse(text)
        #expect(p.reading == .duration(TimeAmount(10, .days)))
        #expect(p.warnings.contains { $0.contains("Terlalu banyak kombinasi") })
        // Within a choice, each alternative keeps its own condition.
        let c = TimeLimitParser.parse("1 hari (cepat) dan 2 hari (lambat)")
        #expect(
            c.reading
                == .choice([
                    TimeLimitOption(amount: TimeAmount(1, .days), condition: "cepat"),
                    TimeLimitOption(amount: TimeAmount(2, .days), condition: "lambat"),
                ]))
    }
}
