import Foundation
import LoketCore
import Testing

/// SKM answers, the index and its grade (PermenPANRB 14/2017), and the report's month.
@Suite("SKM and the report month")
struct SatisfactionTests {
    @Test("Nine answers of 1-4; anything else names the element")
    func answers() throws {
        let answers = try SKMAnswers(parsing: "4,3,4, 4 ,3,4,4,3,4")
        #expect(answers.scores == [4, 3, 4, 4, 3, 4, 4, 3, 4])
        #expect(answers.text == "4,3,4,4,3,4,4,3,4")
        #expect(throws: SKMAnswerError.count(8)) { try SKMAnswers(parsing: "4,3,4,4,3,4,4,3") }
        #expect(throws: SKMAnswerError.count(10)) { try SKMAnswers(parsing: "4,3,4,4,3,4,4,3,4,4") }
        #expect(throws: SKMAnswerError.score(element: 3, value: "5")) { try SKMAnswers(parsing: "4,3,5,4,3,4,4,3,4") }
        #expect(throws: SKMAnswerError.score(element: 1, value: "0")) {
            try SKMAnswers(scores: [0, 1, 1, 1, 1, 1, 1, 1, 1])
        }
        #expect(throws: SKMAnswerError.score(element: 9, value: "")) { try SKMAnswers(parsing: "4,3,4,4,3,4,4,3,") }
        #expect(throws: SKMAnswerError.score(element: 2, value: "٣")) { try SKMAnswers(parsing: "4,٣,4,4,3,4,4,3,4") }
    }

    @Test("The index is the mean of the nine averages times 25; tallies add")
    func index() throws {
        var tally = SKMTally()
        #expect(tally.index == nil && tally.grade == nil && tally.averages == nil)
        for _ in 0..<3 { tally.add(try SKMAnswers(scores: Array(repeating: 4, count: 9))) }
        for _ in 0..<3 { tally.add(try SKMAnswers(scores: [2, 2, 2, 2, 2, 2, 2, 2, 2])) }
        #expect(tally.responses == 6)
        #expect(tally.averages == Array(repeating: 3.0, count: 9))
        #expect(tally.index == 75)
        #expect(tally.grade == .c)
        var other = SKMTally()
        other.add(try SKMAnswers(scores: [4, 4, 4, 4, 4, 4, 4, 4, 1]))
        tally.add(other)
        #expect(tally.responses == 7)
        #expect(tally.sums == [22, 22, 22, 22, 22, 22, 22, 22, 19])
        // 25 * 195 / 63 = 77.380952...: 77,38.
        #expect(tally.index == 77.38)
        #expect(tally.averages?.last == 2.71)  // 19 / 7 = 2.714...
    }

    @Test("Fewer than five forms show their count only: no averages, index or grade")
    func fewForms() throws {
        var tally = SKMTally()
        for count in 1...5 {
            tally.add(try SKMAnswers(scores: Array(repeating: 4, count: 9)))
            #expect(tally.responses == count)
            #expect((tally.index == nil) == (count < 5), "\(count) forms")
            #expect((tally.averages == nil) == (count < 5), "\(count) forms")
            #expect((tally.grade == nil) == (count < 5), "\(count) forms")
        }
        #expect(tally.index == 100 && tally.grade == .a)
    }

    @Test("Two decimals rounded half up from the exact sums: 3,125 is 3,13 and 78,125 is 78,13")
    func roundingHalfUp() throws {
        // Seven forms of all 3 and one of all 4: every element 25 / 8 = 3.125, the IKM 78.125.
        var tally = SKMTally()
        for _ in 0..<7 { tally.add(try SKMAnswers(scores: Array(repeating: 3, count: 9))) }
        tally.add(try SKMAnswers(scores: Array(repeating: 4, count: 9)))
        #expect(tally.averageHundredths == Array(repeating: 313, count: 9))
        #expect(tally.indexHundredths == 7813)
        #expect(tally.index == 78.13)
        #expect(tally.grade == .b)
    }

    @Test("The on-time share to one decimal, half up: 1 of 16 is 6,3%")
    func onTimeRounding() {
        #expect(ReportFigures(finishedOnTime: 1, finishedLate: 15).onTimePercent == 6.3)
        #expect(ReportFigures(finishedOnTime: 2, finishedLate: 1).onTimePercent == 66.7)
        #expect(ReportFigures(finishedOnTime: 0, finishedLate: 0).onTimePercent == nil)
        #expect(ReportFigures(finishedOnTime: 3, finishedLate: 0).onTimePercent == 100)
    }

    @Test("Grades at the regulation's bounds, read at two decimals")
    func grades() {
        #expect(SKMGrade(index: 100) == .a)
        #expect(SKMGrade(index: 88.31) == .a)
        #expect(SKMGrade(index: 88.305) == .a)
        #expect(SKMGrade(index: 88.30) == .b)
        #expect(SKMGrade(index: 76.61) == .b)
        #expect(SKMGrade(index: 76.60) == .c)
        #expect(SKMGrade(index: 65.00) == .c)
        #expect(SKMGrade(index: 64.99) == .d)
        #expect(SKMGrade(index: 25) == .d)
        #expect(SKMGrade.a.word == "sangat baik" && SKMGrade.d.word == "tidak baik")
    }

    @Test("A month: YYYY-MM only; its bounds in the agency's zone; next and previous")
    func month() throws {
        let month = try #require(ReportMonth(parsing: "2026-11"))
        #expect(month.description == "2026-11" && month.indonesianName == "November 2026")
        for bad in ["2026-13", "2026-1", "26-11", "2026-11-01", "2026/11", "", "1999-12", "２０２６-11"] {
            #expect(ReportMonth(parsing: bad) == nil, "\(bad)")
        }
        #expect(month.next.description == "2026-12" && month.next.next.description == "2027-01")
        #expect(ReportMonth(parsing: "2026-01")!.previous.description == "2025-12")
        let wita = WorkingCalendar.standard(timeZone: TimeZone(identifier: "Asia/Makassar")!)
        let (start, end) = month.interval(in: wita)
        #expect(ISO8601DateFormatter().string(from: start) == "2026-10-31T16:00:00Z")
        #expect(ISO8601DateFormatter().string(from: end) == "2026-11-30T16:00:00Z")
        #expect(ReportMonth(containing: end.addingTimeInterval(-1), in: wita.timeZone) == month)
        #expect(ReportMonth(containing: end, in: wita.timeZone) == month.next)
    }
}
