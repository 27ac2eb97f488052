import LoketCore

/// The short upper-case code of an agency, derived once from its name when the agency is first
/// imported, and used later in request numbers.
///
/// The code is the initials of the words before the region (skipping `dan`, `serta`, ...),
/// followed by the region: the first three letters of a one-word region, or the initials of a
/// longer one. `Sekretariat Daerah Kota Denpasar` → `SDDEN`; `Dinas Komunikasi, Informatika dan
/// Statistik Kota Denpasar` → `DKISDEN`; `Sekretariat Daerah Kabupaten Penajam Paser Utara` →
/// `SDPPU`. When the code is taken, a digit is appended (`SDDEN2`).
enum AgencyCode {
    static let regionMarkers: Set<String> = ["kota", "kabupaten", "kab", "provinsi", "prov"]
    static let skippedWords: Set<String> = ["dan", "serta", "atau", "di", "ke", "pada", "dari", "the", "of"]

    static func derive(from name: String) -> String {
        let words = NameKey.make(name).split(separator: " ").map(String.init)
        let markerIndex = words.firstIndex { regionMarkers.contains($0) }
        let body = markerIndex.map { Array(words[..<$0]) } ?? words
        let region = markerIndex.map { Array(words[($0 + 1)...]) } ?? []

        var code = String(initials(body).prefix(6))
        if region.count == 1 {
            code += String(region[0].filter(\.isLetter).prefix(3))
        } else {
            code += String(initials(region).prefix(3))
        }
        code = code.uppercased()
        return code.isEmpty ? "INST" : code
    }

    /// `base`, or `base2`, `base3`, ... : the first that `isTaken` refuses.
    static func unique(_ base: String, isTaken: (String) throws -> Bool) rethrows -> String {
        if try !isTaken(base) { return base }
        var suffix = 2
        while try isTaken("\(base)\(suffix)") { suffix += 1 }
        return "\(base)\(suffix)"
    }

    private static func initials(_ words: [String]) -> String {
        String(words.filter { !skippedWords.contains($0) }.compactMap { $0.first(where: \.isLetter) })
    }
}
