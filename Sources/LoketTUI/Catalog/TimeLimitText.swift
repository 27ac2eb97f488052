import Foundation
import LoketCore

/// A jangka waktu reading in Indonesian, for screens.
public enum TimeLimitText {
    /// The full reading: `3 hari kerja`, `pilihan: 3 hari kerja (jika ...) / 7 hari kerja (...)`,
    /// `10 hari kerja, dapat diperpanjang 7 hari kerja`, `tanpa batas pasti (...)`,
    /// `sebelum acara (H-5): ...`.
    public static func read(_ raw: String?) -> String {
        guard let raw, !raw.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            return "tidak tercantum"
        }
        return describe(TimeLimitParser.parse(raw).reading)
    }

    /// A short form for a list column: the reading without conditions.
    public static func short(_ raw: String?) -> String {
        guard let raw, !raw.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return "—" }
        switch TimeLimitParser.parse(raw).reading {
        case .duration(let amount): return amount.description
        case .choice(let options):
            return "pilihan: " + options.map(\.amount.description).joined(separator: " / ")
        case .extended(let base, let ext): return "\(base) + \(ext)"
        case .open: return "tanpa batas"
        case .beforeEvent(let days): return "H-\(days) sebelum acara"
        }
    }

    /// The reading in the words the whole program uses (``TimeLimitReading/indonesianSummary``).
    public static func describe(_ reading: TimeLimitReading) -> String {
        reading.indonesianSummary
    }
}
