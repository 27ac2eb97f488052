import Foundation
import Testing
@testable import LoketCore

/// What enters the program from outside is read strictly: the clock `LOKET_NOW`, dates outside
/// 2000-2200, the user namespace a process runs in.
@Suite struct ISO8601InstantTests {
    @Test(arguments: [
        ("2026-03-02T09:00:00+08:00", 1_772_413_200.0),
        ("2026-03-02T01:00:00Z", 1_772_413_200.0),
        ("2026-03-02T09:00:00.250+08:00", 1_772_413_200.25),
        ("2026-03-01T20:00:00-05:00", 1_772_413_200.0),
        ("2000-01-01T00:00:00Z", 946_684_800.0),
        ("2200-12-31T23:59:59+14:00", 7_289_603_999.0),
    ])
    func readsInstantsWithTheirZone(text: String, seconds: Double) throws {
        #expect(try ISO8601Instant.parse(text).get() == Date(timeIntervalSince1970: seconds))
        // What the lenient formatter also reads, it reads the same.
        if !text.contains(".") { #expect(ISO8601DateFormatter().date(from: text)?.timeIntervalSince1970 == seconds) }
    }

    @Test(arguments: [
        ("9999-12-31T23:59:59+14:00", ISO8601Instant.Problem.outOfRange(9999)),
        ("0001-01-01T00:00:00Z", .outOfRange(1)),
        ("1999-12-31T23:59:59Z", .outOfRange(1999)),
        ("2201-01-01T00:00:00Z", .outOfRange(2201)),
        ("2026-02-30T09:00:00+08:00", .noSuchDate("2026-02-30")),
        ("2026-13-01T09:00:00+08:00", .noSuchDate("2026-13-01")),
        ("2026-03-02T24:00:00+08:00", .noSuchTime("24:00:00")),
        ("2026-03-02T09:60:00+08:00", .noSuchTime("09:60:00")),
        ("2026-03-02T09:00:61+08:00", .noSuchTime("09:00:61")),
        ("2026-03-02T09:00:00+99:00", .offset("+99:00")),
        ("2026-03-02T09:00:00+14:30", .offset("+14:30")),
        ("2026-03-02T09:00:00+08:75", .offset("+08:75")),
        ("-2026-03-02T09:00:00+08:00", .shape),
        ("+2026-03-02T09:00:00+08:00", .shape),
        ("2026-03-02T09:00:00", .shape),
        ("2026-03-02 09:00:00+08:00", .shape),
        ("2026-03-02T09:00+08:00", .shape),
        ("2026-03-02T09:00:00+0800", .shape),
        ("2026-03-02T09:00:00Z ", .shape),
        ("２０２６-03-02T09:00:00Z", .shape),
        ("2026-03-02T09:00:00.+08:00", .shape),
        ("", .shape),
    ])
    func refusesWhatIsNotARealInstantInRange(text: String, problem: ISO8601Instant.Problem) {
        #expect(throws: problem) { try ISO8601Instant.parse(text).get() }
    }

    @Test func supportedDatesAreTheYears2000To2200() {
        #expect(SupportedDates.contains(LocalDate(year: 2000, month: 1, day: 1)!))
        #expect(SupportedDates.contains(LocalDate(year: 2200, month: 12, day: 31)!))
        #expect(!SupportedDates.contains(LocalDate(year: 1999, month: 12, day: 31)!))
        #expect(!SupportedDates.contains(LocalDate(year: 2201, month: 1, day: 1)!))
        #expect(SupportedDates.contains(Date(timeIntervalSince1970: 1_772_413_200)))
        #expect(!SupportedDates.contains(Date(timeIntervalSince1970: 253_402_300_799)))  // 9999-12-31
        #expect(!SupportedDates.contains(Date.distantFuture))
        #expect(!SupportedDates.contains(Date(timeIntervalSince1970: .infinity)))
    }

    @Test func holidayFilesOutsideTheYearsAreRefused() {
        let error = #expect(throws: HolidayCSVError.self) {
            try HolidayCSV.parse(
                "tanggal,jenis,nama\n2026-01-01,libur_nasional,Tahun Baru\n2301-01-01,libur_nasional,Jauh\n")
        }
        #expect(error?.line == 3)
    }
}

@Suite struct UserNamespaceTests {
    @Test func theIdentityMapIsTheInitialNamespace() {
        #expect(UserNamespace.isInitial(uidMap: "         0          0 4294967295\n"))
        #expect(UserNamespace.isInitial(uidMap: "0 0 4294967295"))
    }

    @Test(arguments: [
        "         0          0          1\n",  // unshare --user --map-root-user, run by root
        "         0       1000          1\n",  // --map-root-user, run by uid 1000
        "      4242       1000          1\n",  // --map-user=4242
        "         0          0 4294967294\n",
        "         0          0 4294967295\n      1000       1000          1\n",
        "         1          0 4294967295\n",
        "",  // a namespace with no map yet
        "0 0 4294967295 0\n",
    ])
    func anyOtherMapIsAnotherNamespace(map: String) {
        #expect(!UserNamespace.isInitial(uidMap: map))
    }
}
