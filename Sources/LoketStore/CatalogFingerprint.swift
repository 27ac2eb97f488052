import LoketCore

/// A deterministic fingerprint of a catalog's content: 64-bit FNV-1a over a canonical
/// serialisation, as 16 lower-case hex digits.
///
/// It covers everything the store keeps of a catalog: the file's decree, and for every unit in
/// order its name and decree, and for every service its name, line and component rows (number,
/// label, text, line). It leaves out the file name (a renamed file with the same content is the
/// same catalog), the agency name (the agency is found by its name key) and the importer's
/// warnings (not stored).
///
/// Swift's `Hasher` is not used: it is seeded per process, and this value is stored.
enum CatalogFingerprint {
    static func of(_ catalog: ParsedCatalog) -> String {
        var hasher = FNV1a()
        hasher.field("catalog")
        hasher.decree(catalog.decree)
        hasher.count(catalog.units.count)
        for unit in catalog.units {
            hasher.field("unit")
            hasher.field(unit.name)
            hasher.decree(unit.decree)
            hasher.count(unit.services.count)
            for service in unit.services {
                hasher.field("service")
                hasher.field(service.name)
                hasher.count(service.line)
                hasher.count(service.components.count)
                for component in service.components {
                    hasher.field(component.number.map(String.init) ?? "-")
                    hasher.field(component.label)
                    hasher.field(component.text)
                    hasher.count(component.line)
                }
            }
        }
        return hasher.hex
    }
}

/// 64-bit FNV-1a. Every field is written with its UTF-8 length first, so that field boundaries
/// are unambiguous (`"ab" + "c"` differs from `"a" + "bc"`).
struct FNV1a {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325
    private static let prime: UInt64 = 0x0000_0100_0000_01b3

    mutating func bytes<S: Sequence<UInt8>>(_ bytes: S) {
        for byte in bytes {
            value ^= UInt64(byte)
            value = value &* Self.prime
        }
    }

    mutating func field(_ string: String) {
        count(string.utf8.count)
        bytes(string.utf8)
    }

    mutating func field(_ string: String?) {
        if let string { field(string) } else { bytes([0xFF]) }
    }

    mutating func count(_ number: Int) {
        bytes(String(number).utf8)
        bytes([0x1F])
    }

    mutating func decree(_ decree: DecreeInfo) {
        field(decree.number)
        field(decree.date)
    }

    var hex: String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
