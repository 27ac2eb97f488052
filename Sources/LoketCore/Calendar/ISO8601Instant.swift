import Foundation

/// An instant written in ISO 8601 with its zone, read strictly: `2026-03-02T09:00:00+08:00`,
/// `2026-03-02T01:00:00Z`, optionally with a fraction of a second (`09:00:00.250`). A real
/// calendar date, hours 00-23, minutes and seconds 00-59, an offset of at most ±14:00, a year
/// of four digits in ``SupportedDates/years``: what Foundation's lenient formatter would also
/// accept (`2026-02-30`, `+99:00`, year 1, a leading `-`) is refused, with the reason.
public enum ISO8601Instant {
    public enum Problem: Error, Sendable, Equatable, CustomStringConvertible {
        /// Not the shape `YYYY-MM-DDTHH:MM:SS` followed by `Z` or `±HH:MM`.
        case shape
        /// The date does not exist (`2026-02-30`, month 13).
        case noSuchDate(String)
        /// Hour, minute or second out of range.
        case noSuchTime(String)
        /// The offset is beyond ±14:00 or its minutes beyond 59.
        case offset(String)
        /// The year is outside ``SupportedDates/years``.
        case outOfRange(Int)

        public var description: String {
            switch self {
            case .shape:
                return "bukan waktu ISO 8601 lengkap dengan zona (YYYY-MM-DDTHH:MM:SS+08:00 atau ...Z)"
            case let .noSuchDate(text): return "tanggal \(text) tidak ada di kalender"
            case let .noSuchTime(text): return "jam \(text) tidak ada (00:00:00-23:59:59)"
            case let .offset(text): return "zona \(text) tidak ada (paling jauh -14:00 sampai +14:00)"
            case let .outOfRange(year): return "tahun \(year) di luar jangkauan Loket (\(SupportedDates.text))"
            }
        }
    }

    public static func parse(_ text: String) -> Result<Date, Problem> {
        let bytes = Array(text.utf8)
        func number(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= bytes.count else { return nil }
            var value = 0
            for byte in bytes[range] {
                guard (0x30...0x39).contains(byte) else { return nil }
                value = value * 10 + Int(byte - 0x30)
            }
            return value
        }
        func byte(_ index: Int, is character: Character) -> Bool {
            index < bytes.count && bytes[index] == character.asciiValue
        }
        // YYYY-MM-DDTHH:MM:SS
        guard bytes.count >= 20, let year = number(0..<4), byte(4, is: "-"), let month = number(5..<7),
            byte(7, is: "-"), let day = number(8..<10), byte(10, is: "T"), let hour = number(11..<13),
            byte(13, is: ":"), let minute = number(14..<16), byte(16, is: ":"), let second = number(17..<19)
        else { return .failure(.shape) }
        var index = 19
        var fraction = 0.0
        if byte(index, is: ".") {
            let start = index + 1
            var end = start
            while end < bytes.count, (0x30...0x39).contains(bytes[end]) { end += 1 }
            guard end > start, end - start <= 9, let digits = number(start..<end) else { return .failure(.shape) }
            fraction = Double(digits) / pow(10, Double(end - start))
            index = end
        }
        let offset: Int
        if byte(index, is: "Z"), index + 1 == bytes.count {
            offset = 0
        } else if byte(index, is: "+") || byte(index, is: "-"), index + 6 == bytes.count,
            let hours = number(index + 1..<index + 3), byte(index + 3, is: ":"),
            let minutes = number(index + 4..<index + 6)
        {
            let zone = String(decoding: bytes[index...], as: UTF8.self)
            guard minutes < 60, hours * 60 + minutes <= 14 * 60 else { return .failure(.offset(zone)) }
            offset = (hours * 3600 + minutes * 60) * (byte(index, is: "-") ? -1 : 1)
        } else {
            return .failure(.shape)
        }
        let dateText = String(decoding: bytes[0..<10], as: UTF8.self)
        guard let date = LocalDate(year: year, month: month, day: day) else { return .failure(.noSuchDate(dateText)) }
        guard hour < 24, minute < 60, second < 60 else {
            return .failure(.noSuchTime(String(decoding: bytes[11..<19], as: UTF8.self)))
        }
        guard SupportedDates.contains(date) else { return .failure(.outOfRange(year)) }
        let seconds = date.dayNumber * 86_400 + hour * 3600 + minute * 60 + second - offset
        return .success(Date(timeIntervalSince1970: Double(seconds) + fraction))
    }
}
