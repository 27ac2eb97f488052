import Foundation
import LoketCore
import LoketPresentation
import Testing

/// The report table as `loket report` prints it and the F6 screen draws it: one layout.
@Suite struct ReportTextTests {
    static let figures = ReportFigures(
        received: 24, finishedOnTime: 9, finishedLate: 3, open: 12, overdue: 1, medianWorkingSeconds: 5 * 3600,
        medianWorkingDays: 0.625)

    @Test func theRowsFillTheWidthWithTheNameCutAndTheCellsRightAligned() {
        let nameWidth = ReportText.nameWidth(in: 80)
        #expect(nameWidth == 24)
        #expect(ReportText.nameWidth(in: 40) == 12, "never narrower than 12")
        let header = ReportText.header(nameWidth: nameWidth)
        #expect(header == "Bagian / layanan         Masuk Tepat Telat Proses Lewat %Tepat   Median      IKM")
        let row = ReportText.row("  Legalisasi Produk Hukum Daerah", Self.figures, nameWidth: nameWidth)
        #expect(row == "  Legalisasi Produk Huk…    24     9     3     12     1   75,0  5,0 jam        -")
        #expect(DisplayWidth.of(row) == 80)
        #expect(ReportText.row(ReportText.totalName, ReportFigures(), nameWidth: 12).hasPrefix("Jumlah       "))
        // A perfect IKM keeps its grade: "100,00 A" is the widest cell.
        var perfect = SKMTally()
        for _ in 0..<SKMTally.minimumShown { perfect.add(try! SKMAnswers(scores: Array(repeating: 4, count: 9))) }
        let best = ReportText.row("x", ReportFigures(skm: perfect), nameWidth: nameWidth)
        #expect(best.hasSuffix(" 100,00 A") && DisplayWidth.of(best) == 80)
    }

    @Test func theBarAndItsWords() {
        #expect(ReportText.bar(75, width: 20, ascii: false) == "███████████████░░░░░")
        #expect(ReportText.bar(75, width: 20, ascii: true) == "###############.....")
        #expect(ReportText.bar(nil, width: 4, ascii: true) == "....")
        #expect(ReportText.onTimeShare(Self.figures) == "75,0% tepat waktu (9 dari 12 selesai)")
        #expect(ReportText.onTimeShare(ReportFigures(received: 2, open: 2)) == "belum ada yang selesai")
        #expect(ReportText.title(ReportMonth(year: 2026, month: 11)!) == "Laporan bulanan November 2026 (2026-11)")
    }
}
