import Foundation

/// A pemohon as typed at the counter, before validation.
public struct ApplicantInput: Sendable, Hashable {
    public var name: String
    public var nik: String?
    public var phone: String?
    /// Address, or the originating office for a request from another office.
    public var address: String?
    public var note: String?

    public init(name: String, nik: String? = nil, phone: String? = nil, address: String? = nil, note: String? = nil) {
        self.name = name
        self.nik = nik
        self.phone = phone
        self.address = address
        self.note = note
    }
}

/// A validated pemohon: name trimmed and required, NIK exactly 16 digits when given, phone in
/// `+62...` form when given. Empty optional fields are nil.
public struct Applicant: Sendable, Hashable, Codable {
    public var name: String
    public var nik: String?
    public var phone: String?
    public var address: String?
    public var note: String?

    /// Validates and normalises `input`.
    ///
    /// - NIK: spaces, dots and dashes are ignored (`5171 0101 0101 0001`); what is left must be
    ///   exactly 16 ASCII digits.
    /// - Phone: see ``normalisePhone(_:)``.
    /// - Throws: ``RequestRuleError/invalidApplicant(_:)`` listing every problem at once.
    public init(validating input: ApplicantInput) throws(RequestRuleError) {
        var problems: [String] = []
        let name = Self.cleanText(input.name)
        if name == nil { problems.append("nama pemohon wajib diisi") }
        var nik: String?
        if let raw = Self.cleanText(input.nik) {
            nik = Self.normaliseNIK(raw)
            if nik == nil { problems.append(Self.nikProblem(raw)) }
        }
        var phone: String?
        if let raw = Self.cleanText(input.phone) {
            phone = Self.normalisePhone(raw)
            if phone == nil { problems.append(Self.phoneProblem(raw)) }
        }
        guard problems.isEmpty, let name else { throw .invalidApplicant(problems) }
        self.name = name
        self.nik = nik
        self.phone = phone
        self.address = Self.cleanText(input.address)
        self.note = Self.cleanText(input.note)
    }

    /// The NIK's 16 digits (spaces, dots and dashes ignored), nil when it is not 16 ASCII digits.
    public static func normaliseNIK(_ raw: String) -> String? {
        let digits = raw.filter { !" .-".contains($0) }
        return digits.count == 16 && digits.allSatisfy({ $0.isASCII && $0.isNumber }) ? digits : nil
    }

    /// What is wrong with a NIK ``normaliseNIK(_:)`` refuses.
    public static func nikProblem(_ raw: String) -> String { "NIK harus tepat 16 angka (diterima: '\(raw)')" }

    /// What is wrong with a phone number ``normalisePhone(_:)`` refuses.
    public static func phoneProblem(_ raw: String) -> String {
        "nomor telepon '\(raw)' tidak dikenali; tulis seperti 0812xxxxxxxx, +62812xxxxxxxx atau 0361xxxxxx"
    }

    /// Normalises an Indonesian phone number to `+62` followed by the national number without
    /// its leading 0: `0812-3456-7890` → `+6281234567890`, `62 361 222333` → `+62361222333`,
    /// `+62 (361) 222-333` → `+62361222333`, `812 3456 7890` → `+6281234567890`.
    ///
    /// Spaces, dashes, dots and parentheses are ignored. The national number must have 7 to 12
    /// digits and start with 2-9 (Indonesian area codes and mobile prefixes do). A leading `62`
    /// without `+` is the country code; when what follows cannot be a national number
    /// (`621234567`: `1234567`) the input is ambiguous (a local number `0621...` with its 0
    /// dropped?) and refused rather than guessed. A foreign number (`+1...`) or letters give nil.
    public static func normalisePhone(_ raw: String) -> String? {
        var text = raw.filter { !" -.()".contains($0) }
        var international = false
        if text.hasPrefix("+") {
            text.removeFirst()
            international = true
        } else if text.hasPrefix("00") {
            text.removeFirst(2)
            international = true
        }
        guard !text.isEmpty, text.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        var national: Substring
        if text.hasPrefix("62") {
            national = text.dropFirst(2)
            if national.hasPrefix("0") { national = national.dropFirst() }  // +62 0812...
        } else if international {
            return nil
        } else if text.hasPrefix("0") {
            national = text.dropFirst()
        } else {
            national = Substring(text)
        }
        guard (7...12).contains(national.count), let first = national.first, ("2"..."9").contains(first) else {
            return nil
        }
        return "+62" + national
    }

    /// The NIK for a receipt: every digit but the last four masked (`************0001`).
    public var maskedNIK: String? {
        nik.map { String(repeating: "*", count: max(0, $0.count - 4)) + $0.suffix(4) }
    }

    /// A pemohon read back from the store (validated when it was written).
    public init(stored name: String, nik: String?, phone: String?, address: String?, note: String?) {
        self.name = name
        self.nik = nik
        self.phone = phone
        self.address = address
        self.note = note
    }

    /// One line of typed text: whitespace (newlines included) collapsed and trimmed, terminal
    /// controls (``TerminalSafe``) and invisible marks (``InvisibleMarks``) removed; nil when
    /// nothing is left. Used for every field a request stores: the pemohon's details, notes and
    /// reasons; also users' display names and holiday names.
    public static func cleanText(_ text: String?) -> String? {
        guard let text else { return nil }
        let visible = InvisibleMarks.strip(text)
        let collapsed = TerminalSafe.clean(visible.split(whereSeparator: \.isWhitespace).joined(separator: " "))
            .split(separator: " ").joined(separator: " ")
        return collapsed.isEmpty ? nil : collapsed
    }
}
