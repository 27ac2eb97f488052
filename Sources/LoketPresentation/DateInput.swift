import LoketCore

/// A date as the counter types it: `2026-12-10`, `10-12-2026`, `10/12/2026` or `10.12.2026`
/// (day first, as Indonesian forms write it), years 2000-2200.
public enum DateInput {
    public static func parse(_ text: String) -> LocalDate? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let iso = LocalDate(iso: trimmed) { return SupportedDates.years.contains(iso.year) ? iso : nil }
        let parts = trimmed.split(whereSeparator: { "-/.".contains($0) }).map(String.init)
        guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
            parts[0].count <= 2, parts[1].count <= 2, parts[2].count == 4,
            let day = Int(parts[0]), let month = Int(parts[1]), let year = Int(parts[2]),
            SupportedDates.years.contains(year)
        else { return nil }
        return LocalDate(year: year, month: month, day: day)
    }
}
