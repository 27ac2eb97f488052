import Foundation
import LoketCore

/// The monthly report's figures in words, the same for `loket report` and the report screen
/// (F6): Indonesian decimal comma, `-` for nothing.
public enum ReportText {
    /// `value` to `places` decimals, half away from zero: the one rounding of the table, the
    /// CSV and the JSON, so the three never show different digits for one figure.
    public static func rounded(_ value: Double, places: Int) -> Double {
        let scale = pow(10, Double(places))
        return (value * scale).rounded(.toNearestOrAwayFromZero) / scale
    }

    /// `82.50`: `places` decimals with a point (CSV).
    public static func fixed(_ value: Double, places: Int) -> String {
        String(format: "%.\(places)f", rounded(value, places: places))
    }

    /// `82,50`: `places` decimals, comma.
    public static func decimal(_ value: Double, places: Int) -> String {
        fixed(value, places: places).replacingOccurrences(of: ".", with: ",")
    }

    /// `80,0%`, `-` when nothing finished.
    public static func percent(_ value: Double?) -> String {
        value.map { decimal($0, places: 1) + "%" } ?? "-"
    }

    /// The median in 8 columns: `5,5 jam` under one working day, `2,5 hari`, `12 hari` from ten
    /// days; `-` when nothing finished.
    public static func medianShort(_ counts: ReportFigures) -> String {
        guard let seconds = counts.medianWorkingSeconds else { return "-" }
        if let days = counts.medianWorkingDays, days >= 1 {
            return (days >= 10 ? String(Int(days.rounded())) : decimal(days, places: 1)) + " hari"
        }
        return decimal(Double(seconds) / 3600, places: 1) + " jam"
    }

    /// `20,0 jam kerja (2,5 hari kerja)`.
    public static func medianLong(_ counts: ReportFigures) -> String {
        guard let seconds = counts.medianWorkingSeconds else { return "belum ada yang selesai" }
        var text = decimal(Double(seconds) / 3600, places: 1) + " jam kerja"
        if let days = counts.medianWorkingDays { text += " (" + decimal(days, places: 1) + " hari kerja)" }
        return text
    }

    /// `82,50 B`; `-` without answers or with fewer than ``LoketCore/SKMTally/minimumShown``.
    public static func ikmShort(_ tally: SKMTally) -> String {
        guard let index = tally.index, let grade = tally.grade else { return "-" }
        return decimal(index, places: 2) + " " + grade.rawValue
    }

    /// `IKM 82,50, mutu B (baik), dari 14 responden`; with too few forms, why nothing is shown.
    public static func ikmLong(_ tally: SKMTally) -> String {
        guard tally.responses > 0 else { return noAnswers }
        guard let index = tally.index, let grade = tally.grade else { return tooFewAnswers(tally) }
        return "IKM \(decimal(index, places: 2)), mutu \(grade.rawValue) (\(grade.word)), dari "
            + "\(tally.responses) responden"
    }

    /// No SKM answers in the month.
    public static let noAnswers = "Belum ada jawaban survei bulan ini."

    /// Fewer forms than are shown: `Baru 3 responden; nilai ditampilkan mulai 5 ...`.
    public static func tooFewAnswers(_ tally: SKMTally) -> String {
        "Baru \(tally.responses) responden; nilai ditampilkan mulai \(SKMTally.minimumShown) responden, "
            + "agar jawaban seseorang tidak dapat dikenali."
    }

    /// The SKM part's heading.
    public static let surveyHeading = "Survei Kepuasan Masyarakat"

    /// Under the SKM table when some rows show `-` for too few forms.
    public static let hiddenRows =
        "Baris bertanda - punya kurang dari \(SKMTally.minimumShown) responden; nilainya tidak ditampilkan "
        + "agar jawaban seseorang tidak dapat dikenali."

    /// A report whose user has no Bagian in scope.
    public static let noUnits = "Tidak ada Bagian dalam cakupan Anda."

    /// Beside a Bagian's bar: `80,0% tepat waktu (8 dari 10 selesai)`.
    public static func onTimeShare(_ counts: ReportFigures) -> String {
        guard counts.finished > 0 else { return "belum ada yang selesai" }
        return percent(counts.onTimePercent) + " tepat waktu (\(counts.finishedOnTime) dari \(counts.finished) selesai)"
    }

    /// A bar of `width` cells, the on-time share filled: `████████░░` (`#` and `.` in ASCII).
    public static func bar(_ percent: Double?, width: Int, ascii: Bool) -> String {
        let share = min(max(0, (percent ?? 0) / 100), 1)
        let filled = Int((share * Double(width)).rounded())
        let (on, off) = ascii ? ("#", ".") : ("█", "░")
        return String(repeating: on, count: filled) + String(repeating: off, count: width - filled)
    }

    /// The figure columns of the report table, the same in the CLI and on the screen.
    public struct Column: Sendable {
        public var header: String
        public var width: Int
        public var value: @Sendable (ReportFigures) -> String
    }

    public static let columns: [Column] = [
        Column(header: "Masuk", width: 5) { String($0.received) },
        Column(header: "Tepat", width: 5) { String($0.finishedOnTime) },
        Column(header: "Telat", width: 5) { String($0.finishedLate) },
        Column(header: "Proses", width: 6) { String($0.open) },
        Column(header: "Lewat", width: 5) { String($0.overdue) },
        Column(header: "%Tepat", width: 6) { percent($0.onTimePercent).replacingOccurrences(of: "%", with: "") },
        Column(header: "Median", width: 8) { medianShort($0) },
        Column(header: "IKM", width: 8) { ikmShort($0.skm) },
    ]

    /// The first column's heading.
    public static let nameHeader = "Bagian / layanan"

    /// The name column's width when the table fills `width` columns (at least 12).
    public static func nameWidth(in width: Int) -> Int {
        max(12, width - columns.reduce(0) { $0 + $1.width + 1 })
    }

    /// One line of the table: the name cut and padded to `nameWidth`, then each cell right-aligned
    /// in its column after one space. The CLI prints it, the screen draws it.
    public static func row(_ name: String, _ cells: [String], nameWidth: Int) -> String {
        var text = TextTable.cut(name, nameWidth)
        text += String(repeating: " ", count: max(0, nameWidth - DisplayWidth.of(text)))
        for (column, cell) in zip(columns, cells) {
            let cut = TextTable.cut(cell, column.width)
            text += " " + String(repeating: " ", count: max(0, column.width - DisplayWidth.of(cut))) + cut
        }
        return text
    }

    /// The line of a Bagian, a service or the total.
    public static func row(_ name: String, _ figures: ReportFigures, nameWidth: Int) -> String {
        row(name, columns.map { $0.value(figures) }, nameWidth: nameWidth)
    }

    /// The column headers.
    public static func header(nameWidth: Int) -> String {
        row(nameHeader, columns.map(\.header), nameWidth: nameWidth)
    }

    /// A Bagian as the table names it: `Bagian Hukum (SDDEN)`.
    public static func unitName(_ unit: UnitReport) -> String { "\(unit.unitName) (\(unit.agencyCode))" }

    /// The total's name in the table.
    public static let totalName = "Jumlah"

    /// The title: `Laporan bulanan November 2026 (2026-11)`.
    public static func title(_ month: ReportMonth) -> String {
        "Laporan bulanan \(month.indonesianName) (\(month))"
    }

    /// What the column headers mean, under the table.
    public static let legend =
        "Masuk: diterima bulan ini; Tepat/Telat: selesai tepat waktu/terlambat; Proses: belum selesai; "
        + "Lewat: belum selesai dan melewati tenggat kini; Median: waktu kerja dari diterima sampai selesai; "
        + "IKM: indeks kepuasan (A-D)."
}
