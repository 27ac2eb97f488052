import Foundation
import Testing
@testable import LoketCore

@Suite struct ISO8601FormatTests {
    /// The hand-made text is exactly what ISO8601DateFormatter (.withInternetDateTime) writes.
    @Test(arguments: ["Asia/Makassar", "Asia/Jakarta", "Asia/Jayapura", "UTC", "Asia/Kathmandu", "America/St_Johns"])
    func sameTextAsTheFoundationFormatter(zone: String) throws {
        let timeZone = try #require(TimeZone(identifier: zone))
        let reference = ISO8601DateFormatter()
        reference.timeZone = timeZone
        reference.formatOptions = [.withInternetDateTime]
        var instants: [Date] = [
            Date(timeIntervalSince1970: 0), Date(timeIntervalSince1970: -1), Date(timeIntervalSince1970: -0.5),
            Date(timeIntervalSince1970: 1_795_680_000.999), Date(timeIntervalSince1970: 951_782_400),  // 2000-02-29
            Date(timeIntervalSince1970: 4_107_542_399),  // 2099-12-31T23:59:59Z
        ]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            instants.append(Date(timeIntervalSince1970: Double.random(in: 0...4_102_444_800, using: &generator)))
        }
        for instant in instants {
            #expect(
                IndonesianDateFormat.iso8601(instant, in: timeZone) == reference.string(from: instant),
                "\(instant.timeIntervalSince1970) \(zone)")
        }
    }

    @Test func knownTexts() {
        let wita = TimeZone(identifier: "Asia/Makassar")!
        let instant = Date(timeIntervalSince1970: 1_795_680_000)  // 2026-11-26T08:00:00Z
        #expect(IndonesianDateFormat.iso8601(instant, in: wita) == "2026-11-26T16:00:00+08:00")
        #expect(IndonesianDateFormat.iso8601(instant, in: TimeZone(identifier: "UTC")!) == "2026-11-26T08:00:00Z")
        #expect(
            IndonesianDateFormat.iso8601(instant, in: TimeZone(identifier: "America/St_Johns")!)
                == "2026-11-26T04:30:00-03:30")
    }

    /// An export of 100 000 rows formats 200 000 instants, every one 25 characters. (Its speed is
    /// measured by `loket bench`, not by a timed test: a loaded CI machine would fail it.)
    @Test func everyInstantOfAnExportHasTheSameShape() {
        let wita = TimeZone(identifier: "Asia/Makassar")!
        var length = 0
        for i in 0..<200_000 {
            length +=
                IndonesianDateFormat.iso8601(Date(timeIntervalSince1970: 1_700_000_000 + Double(i) * 97), in: wita)
                .count
        }
        #expect(length == 200_000 * 25)
    }
}
