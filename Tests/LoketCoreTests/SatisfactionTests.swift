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
        tally.add(try SKMAnswers(scores: Array(repeating: 4, count: 9)))
        tally.add(try SKMAnswers(scores: [2, 2, 2, 2, 2, 2, 2, 2, 2]))
        #expect(tally.responses == 2)
        #expect(tally.averages == Array(repeating: 3.0, count: 9))
        #expect(tally.index == 75)
        #expect(tally.grade == .c)
        var other = SKMTally()
        other.add(try SKMAnswers(scores: [4, 4, 4, 4, 4, 4, 4, 4, 1]))
        tally.add(other)
        #expect(tally.responses == 3)
        #expect(tally.sums == [10, 10, 10, 10, 10, 10, 10, 10, 7])
        let expected = ((10.0 / 3 * 8) + 7.0 / 3) / 9 * 25
        #expect(abs(tally.index! - expected) < 1e-9)
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
