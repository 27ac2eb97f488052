import Foundation
import LoketCore

/// A jangka waktu reading in Indonesian, for screens.
public enum TimeLimitText {
    /// The full reading: `3 hari kerja`, `pilihan: 3 hari kerja (jika ...) atau 7 hari kerja (...)`,
    /// `10 hari kerja, dapat diperpanjang 7 hari kerja`, `terbuka (tanpa batas pasti)`.
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
        case .open: return "terbuka"
        }
    }

    public static func describe(_ reading: TimeLimitReading) -> String {
        switch reading {
        case .duration(let amount):
            return amount.description
        case .choice(let options):
            let parts = options.map { option -> String in
                let condition = option.condition.trimmingCharacters(in: .whitespaces)
                return condition.isEmpty ? option.amount.description : "\(option.amount) (\(condition))"
            }
            return "pilihan: " + parts.joined(separator: "; atau ")
        case .extended(let base, let ext):
            return "\(base), dapat diperpanjang \(ext)"
        case .open(let reason):
            if let reason, !reason.isEmpty { return "terbuka (tanpa batas pasti): \(reason)" }
            return "terbuka (tanpa batas pasti)"
        }
    }
}
