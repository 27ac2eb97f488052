import ArgumentParser
import Foundation
import LoketCore
import LoketImporter
import LoketSeed

/// `loket bench deadlines`: read every jangka waktu of the seeds, and compute 100 000 deadlines
/// on the WITA calendar with the shipped national holidays.
struct BenchDeadlines: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "deadlines", abstract: "Ukur kecepatan: membaca jangka waktu dan menghitung batas waktu.")

    @Option(name: .long, help: "Jumlah batas waktu per pengukuran.")
    var count = 100_000

    @Option(name: .long, help: "Jumlah pengulangan.")
    var iterations = 10

    func run() async throws {
        let texts = try SeedCatalog.parseAll().flatMap { $0.units.flatMap(\.services) }
            .compactMap { $0.timeLimitRaw.map(rawTimeLimit) }
        let calendar = WorkingCalendar.standard(
            timeZone: TimeZone(identifier: "Asia/Makassar")!, holidays: try SeedCatalog.nationalHolidays())
        let amounts = texts.compactMap { TimeLimitParser.parse($0).reading.longest }
        precondition(!amounts.isEmpty)
        // Starts spread over 2026, every 7 minutes and 13 seconds, inside and outside office hours.
        let first = calendar.instant(LocalDate(iso: "2026-01-01")!, second: 0)
        let starts = (0..<count).map { first.addingTimeInterval(Double($0 % 70_000) * 433) }

        var parse: [Double] = []
        var deadlines: [Double] = []
        var checksum = 0.0
        for _ in 0..<iterations {
            parse.append(
                measure { for text in texts { checksum += Double(TimeLimitParser.parse(text).warnings.count) } })
            deadlines.append(
                measure {
                    for i in 0..<count {
                        let amount = amounts[i % amounts.count]
                        checksum +=
                            DeadlineCalculator.deadline(adding: amount, to: starts[i], in: calendar)
                            .timeIntervalSince1970
                    }
                })
        }
        print("Loket bench deadlines (\(iterations) kali, median / maks, milidetik; checksum \(Int(checksum) % 1000))")
        report("read all \(texts.count) seed time limits", parse)
        report("compute \(count) deadlines (seed amounts, WITA, holidays)", deadlines)
    }
}
