import Foundation
import Testing
@testable import LoketCore

@Suite("Monthly report rules")
struct MonthlyReportTests {
    static let wita = TimeZone(identifier: "Asia/Makassar")!

    @Test("The office clock gives the day walk's office seconds for any pair in its span")
    func officeClockMatchesDayWalk() {
        var calendar = WorkingCalendar.standard(timeZone: Self.wita)
        calendar.hours[6] = OfficeHours("08:00", "15:00", break: ("11:30", "13:00"))  // Friday with a break
        calendar.add([
            Holiday(date: LocalDate(year: 2026, month: 3, day: 19)!, kind: .nasional, name: "Nyepi"),
            Holiday(date: LocalDate(year: 2026, month: 3, day: 20)!, kind: .cutiBersama, name: "Cuti"),
        ])
        let first = LocalDate(year: 2026, month: 3, day: 1)!
        let clock = OfficeClock(calendar: calendar, from: first, through: first.adding(days: 60))
        var generator = SystemRandomNumberGenerator()
        let base = calendar.instant(first, second: 0).timeIntervalSince1970
        for _ in 0..<2000 {
            // Both ends inside the span, and now and then one beyond it (the fallback).
            let a = Date(timeIntervalSince1970: base + Double(Int.random(in: 0..<(50 * 86_400), using: &generator)))
            let b = Date(timeIntervalSince1970: base + Double(Int.random(in: 0..<(70 * 86_400), using: &generator)))
            #expect(clock.seconds(from: a, to: b) == calendar.officeSeconds(from: a, to: b))
        }
    }

    @Test("The office clock in zones with daylight saving time (the zone asked at each instant)")
    func officeClockAcrossClockChanges() {
        var generator = SystemRandomNumberGenerator()
        for zone in ["Europe/Berlin", "America/Santiago", "Australia/Lord_Howe", "Asia/Jayapura"] {
            var calendar = WorkingCalendar.standard(timeZone: TimeZone(identifier: zone)!)
            calendar.hours[6] = OfficeHours("00:00", "24:00")
            calendar.hours[7] = OfficeHours("01:00", "03:30", break: ("02:00", "02:30"))
            for month in [3, 4, 9, 10] {
                let first = LocalDate(year: 2026, month: month, day: 1)!
                let clock = OfficeClock(calendar: calendar, from: first, through: first.adding(days: 40))
                let base = calendar.instant(first, second: 0).timeIntervalSince1970
                for _ in 0..<300 {
                    let a = Date(
                        timeIntervalSince1970: base + Double(Int.random(in: -86_400..<(45 * 86_400), using: &generator))
                    )
                    let b = Date(
                        timeIntervalSince1970: base + Double(Int.random(in: 0..<(60 * 86_400), using: &generator)))
                    #expect(
                        clock.seconds(from: a, to: b) == calendar.officeSeconds(from: a, to: b), "\(zone) \(a) \(b)")
                }
            }
        }
    }

    @Test("The median by selection is the median of the sorted values, with many equal ones too")
    func medianBySelection() {
        var rng = SystemRandomNumberGenerator()
        #expect(MonthlyReportBuilder.median([]) == nil)
        #expect(MonthlyReportBuilder.median([3]) == 3)
        #expect(MonthlyReportBuilder.median([4, 1]) == 2.5)
        for _ in 0..<500 {
            let count = Int.random(in: 1...60, using: &rng)
            let spread = [1, 3, 1000].randomElement(using: &rng)!
            let values = (0..<count).map { _ in Double(Int.random(in: 0..<spread, using: &rng)) / 4 }
            let sorted = values.sorted()
            let mid = count / 2
            let expected = count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
            #expect(MonthlyReportBuilder.median(values) == expected, "\(values)")
        }
        // 100 000 equal values and sorted input stay fast (three-way partitions).
        #expect(MonthlyReportBuilder.median(Array(repeating: 7, count: 100_000)) == 7)
        #expect(MonthlyReportBuilder.median((0..<100_000).map(Double.init)) == 49_999.5)
    }

    @Test("On time at the deadline, late after it; without a deadline on time; open and overdue now")
    func countingOneRequest() {
        let deadline = Date(timeIntervalSince1970: 1_000_000)
        let received = Date(timeIntervalSince1970: 0)
        var f = ReportFigures()
        f.count(
            ReportEntry(status: .selesai, receivedAt: received, deadline: deadline, finishedAt: deadline), at: deadline)
        f.count(
            ReportEntry(status: .diserahkan, receivedAt: received, deadline: deadline, finishedAt: deadline + 1),
            at: deadline)
        f.count(
            ReportEntry(status: .selesai, receivedAt: received, deadline: nil, finishedAt: deadline + 9), at: deadline)
        f.count(ReportEntry(status: .diproses, receivedAt: received, deadline: deadline, finishedAt: nil), at: deadline)
        f.count(
            ReportEntry(status: .diterima, receivedAt: received, deadline: deadline, finishedAt: nil), at: deadline + 1)
        f.count(
            ReportEntry(status: .menungguBerkas, receivedAt: received, deadline: nil, finishedAt: nil), at: deadline)
        f.count(
            ReportEntry(status: .ditolak, receivedAt: received, deadline: deadline, finishedAt: deadline), at: deadline)
        #expect(f.received == 7)
        #expect(f.finishedOnTime == 2)
        #expect(f.finishedLate == 1)
        #expect(f.open == 3)
        #expect(f.overdue == 1)
        #expect(f.closedUnfinished == 1)
        #expect(f.onTimePercent.map { ($0 * 10).rounded() / 10 } == 66.7)
    }

    @Test("Medians: the middle one, or the mean of the two middle ones; none without finished requests")
    func medians() {
        #expect(MonthlyReportBuilder.median([]) == nil)
        #expect(MonthlyReportBuilder.median([5, 1, 3]) == 3)
        #expect(MonthlyReportBuilder.median([4, 1, 3, 2]) == 2.5)
    }

    @Test("Bagian totals sum their services; the total sums the Bagian; services without anything are left out")
    func building() {
        let calendar = WorkingCalendar.standard(timeZone: Self.wita)
        let month = ReportMonth(year: 2026, month: 3)!
        let clock = OfficeClock(calendar: calendar, from: month.firstDay, through: month.firstDay.adding(days: 60))
        let monday9 = calendar.instant(LocalDate(year: 2026, month: 3, day: 2)!, second: 9 * 3600)
        var builder = MonthlyReportBuilder(month: month, now: monday9 + 30 * 86_400)
        builder.addUnit(id: 1, name: "Bagian Hukum", agencyCode: "SDDEN", agencyName: "Setda")
        builder.addUnit(id: 2, name: "Bagian Umum", agencyCode: "SDDEN", agencyName: "Setda")
        builder.addService(id: 10, name: "Legalisasi", unitID: 1)
        builder.addService(id: 11, name: "Bantuan Hukum", unitID: 1)
        builder.addService(id: 12, name: "Sepi", unitID: 1)
        builder.addService(id: 99, name: "Bukan cakupan", unitID: 7)
        let done = ReportEntry(status: .selesai, receivedAt: monday9, deadline: nil, finishedAt: monday9 + 3600)
        builder.add(done, serviceID: 10, clock: clock)
        builder.add(done, serviceID: 11, clock: clock)
        builder.add(
            ReportEntry(status: .selesai, receivedAt: monday9, deadline: nil, finishedAt: monday9 + 86_400),
            serviceID: 11, clock: clock)
        builder.add(done, serviceID: 99, clock: clock)
        var tally = SKMTally()
        tally.add(try! SKMAnswers(parsing: "4,4,4,4,4,4,4,4,4"))
        builder.add(tally, serviceID: 10)
        let report = builder.build()
        #expect(report.units.map(\.unitName) == ["Bagian Hukum", "Bagian Umum"])
        #expect(report.units[0].services.map(\.serviceName) == ["Bantuan Hukum", "Legalisasi"])
        #expect(report.units[0].counts.received == 3)
        #expect(report.units[1].counts.received == 0)
        #expect(report.total.received == 3)
        #expect(report.total.skm.responses == 1)
        // 1 h, 1 h and 8 h (Monday 09:00 to Tuesday 09:00): median 1 h, 1/8 of a working day.
        #expect(report.total.medianWorkingSeconds == 3600)
        #expect(report.total.medianWorkingDays == 0.125)
        #expect(report.units[0].services[0].counts.medianWorkingSeconds == 16_200)  // (1 + 8) / 2 h
    }
}
