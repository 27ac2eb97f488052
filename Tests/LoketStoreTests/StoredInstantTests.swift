import Foundation
import GRDB
import LoketCore
import Testing

@testable import LoketStore

/// The monthly report reads stored instants from their bytes; GRDB's own decoding is the oracle.
@Suite("Stored instants read from their bytes")
struct StoredInstantTests {
    static func read(_ text: String) -> Int64? {
        Array(text.utf8).withUnsafeBytes { StoredInstant.milliseconds($0) }
    }

    @Test("Any instant GRDB stores reads back to its millisecond (2000-2200, random)")
    func matchesGRDB() throws {
        var generator = SystemRandomNumberGenerator()
        let low = Date(timeIntervalSince1970: 946_684_800)  // 2000-01-01
        let high = Date(timeIntervalSince1970: 7_258_118_400)  // 2200-01-01
        for _ in 0..<20_000 {
            let milliseconds = Int64.random(
                in: Int64(low.timeIntervalSince1970 * 1000)..<Int64(high.timeIntervalSince1970 * 1000),
                using: &generator)
            let date = Date(timeIntervalSince1970: Double(milliseconds) / 1000)
            guard case .string(let stored) = date.databaseValue.storage else {
                Issue.record("GRDB stores dates as text")
                return
            }
            #expect(Self.read(stored) == milliseconds, "\(stored)")
        }
    }

    @Test("The shapes GRDB writes: with and without a fraction, T or space; others are left to GRDB")
    func shapes() {
        #expect(Self.read("1970-01-01 00:00:00.000") == 0)
        #expect(Self.read("2026-03-01 16:30:00.250") == 1_772_382_600_250)
        #expect(Self.read("2026-03-01T16:30:00") == 1_772_382_600_000)
        #expect(Self.read("2026-03-01 16:30:00.5") == 1_772_382_600_500)
        #expect(Self.read("2026-03-01 16:30:00.123456789") == 1_772_382_600_123)
        #expect(Self.read("2024-02-29 00:00:00.000") == 1_709_164_800_000)  // a leap day
        for odd in [
            "2026-03-01 16:30:00Z", "2026-03-01 16:30:00+08:00", "2026-03-01", "2026-13-01 00:00:00",
            "2026-03-01 24:00:00", "2026-03-01 16:30:00.", "x026-03-01 16:30:00", "2026/03/01 16:30:00", "",
            "2026-03-01 16:30:00.1234567890",
        ] {
            #expect(Self.read(odd) == nil, "\(odd)")
        }
    }

    @Test("A row written in another shape behind Loket's back still counts in the report (GRDB reads it)")
    func otherShapeInTheReport() throws {
        let world = try RequestWorld()
        let number = try world.log("Legalisasi", at: RequestWorld.at(2026, 3, 2, 9)).number
        let month = ReportMonth(year: 2026, month: 3)!
        let before = try world.store.monthlyReport(for: world.admin, month: month, at: RequestWorld.at(2026, 3, 31, 9))
        // The same instants with a zone suffix and a T, as another program might write them.
        try world.store.write("t") { db in
            try db.execute(
                sql: """
                    UPDATE request SET received_at = replace(received_at, ' ', 'T') || 'Z',
                        deadline = replace(deadline, ' ', 'T') || 'Z' WHERE number = ?
                    """, arguments: [number])
        }
        let after = try world.store.monthlyReport(for: world.admin, month: month, at: RequestWorld.at(2026, 3, 31, 9))
        #expect(after.total.received == 1)
        #expect(after.total == before.total)
    }
}
