import Foundation
import LoketCore

/// The monthly report's figures in words, the same for `loket report` and the report screen
/// (F6): Indonesian decimal comma, `-` for nothing.
public enum ReportText {
    /// `82,50`: `places` decimals, comma.
    public static func decimal(_ value: Double, places: Int) -> String {
        String(format: "%.\(places)f", value).replacingOccurrences(of: ".", with: ",")
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

    /// `82,50 B`, `-` without answers.
    public static func ikmShort(_ tally: SKMTally) -> String {
        guard let index = tally.index, let grade = tally.grade else { return "-" }
        return decimal(index, places: 2) + " " + grade.rawValue
    }

    /// `IKM 82,50, mutu B (baik), dari 14 responden`.
    public static func ikmLong(_ tally: SKMTally) -> String {
        guard let index = tally.index, let grade = tally.grade else { return "IKM: belum ada jawaban survei" }
        return "IKM \(decimal(index, places: 2)), mutu \(grade.rawValue) (\(grade.word)), dari "
            + "\(tally.responses) responden"
    }

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
        Column(header: "IKM", width: 7) { ikmShort($0.skm) },
    ]

    /// What the column headers mean, under the table.
    public static let legend =
        "Masuk: diterima bulan ini; Tepat/Telat: selesai tepat waktu/terlambat; Proses: belum selesai; "
        + "Lewat: belum selesai dan melewati tenggat kini; Median: waktu kerja sampai selesai; "
        + "IKM: indeks kepuasan (A-D)."
}
