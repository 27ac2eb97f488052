/// A request number, `CODE-YYYY-NNNNNN`: the agency code, the year of receipt (agency time)
/// and the sequence within that agency and year, 6 digits (more only past 999 999), e.g.
/// `SDDEN-2026-000123`. Short enough to read aloud; unique and gap-free per agency and year
/// (the store hands out sequences from a counter row in the same transaction).
public struct RequestNumber: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var agencyCode: String
    public var year: Int
    public var sequence: Int

    public init(agencyCode: String, year: Int, sequence: Int) {
        self.agencyCode = agencyCode
        self.year = year
        self.sequence = sequence
    }

    public var description: String {
        let digits = String(sequence)
        let padded = digits.count < 6 ? String(repeating: "0", count: 6 - digits.count) + digits : digits
        return "\(agencyCode)-\(year)-\(padded)"
    }

    /// Parses a typed number, ignoring case and surrounding spaces (`sdden-2026-000123`,
    /// `SDDEN-2026-123`). Nil when it is not of the form CODE-YYYY-N.
    public init?(parsing text: String) {
        let parts = text.trimmingCharacters(in: .whitespaces).uppercased().split(separator: "-")
        guard parts.count == 3, !parts[0].isEmpty, parts[0].allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }),
            parts[1].count == 4, let year = Int(parts[1]), !parts[2].isEmpty, parts[2].count <= 9,
            parts[2].allSatisfy({ $0.isASCII && $0.isNumber }), let sequence = Int(parts[2]), sequence >= 1
        else { return nil }
        self.init(agencyCode: String(parts[0]), year: year, sequence: sequence)
    }

    public static func < (lhs: RequestNumber, rhs: RequestNumber) -> Bool {
        (lhs.agencyCode, lhs.year, lhs.sequence) < (rhs.agencyCode, rhs.year, rhs.sequence)
    }
}
