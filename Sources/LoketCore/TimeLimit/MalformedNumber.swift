/// A number in a jangka waktu text that is not a whole positive amount: a minus sign before it
/// (`-5 hari kerja`), an exponent (`1e308 hari`) or a decimal fraction before a unit (`1,5 hari`,
/// `1.5 jam`). Read digit by digit, such a text would give another amount (`5`, `308`), so the
/// whole text is unreadable instead. Ranges (`5-7 hari`, `5 - 7`), event days (`H-5`) and clock
/// times (`08.30 s/d 16.00`) are not affected.
enum MalformedNumber {
    static let unitWords = ["menit", "jam", "hari", "minggu", "pekan", "bulan", "tahun", "hk"]

    /// The first malformed number in the text, as written. Most texts hold no sign, exponent or
    /// decimal mark next to a digit at all: those are answered without building anything.
    static func find(in text: String) -> String? {
        if !text.unicodeScalars.contains("\u{2212}") {
            let marks: Set<UInt8> = [
                UInt8(ascii: "-"), UInt8(ascii: "e"), UInt8(ascii: "E"), UInt8(ascii: "."), UInt8(ascii: ","),
            ]
            var previous: UInt8 = 0
            var suspect = false
            for byte in text.utf8 {
                let digit = byte >= 0x30 && byte <= 0x39
                if (digit && marks.contains(previous)) || (marks.contains(byte) && previous >= 0x30 && previous <= 0x39)
                {
                    suspect = true
                    break
                }
                previous = byte
            }
            if !suspect { return nil }
        }
        let chars = Array(text)
        func isDigit(_ i: Int) -> Bool { i >= 0 && i < chars.count && chars[i].isASCII && chars[i].isNumber }
        var i = 0
        while i < chars.count {
            guard isDigit(i) else {
                i += 1
                continue
            }
            var end = i
            while isDigit(end) { end += 1 }
            // A minus sign glued to the number, not after another number or a letter (`5 -7`, `H-5`).
            if i > 0, chars[i - 1] == "-" || chars[i - 1] == "\u{2212}" {
                var before = i - 2
                while before >= 0, chars[before] == " " { before -= 1 }
                let glued = before >= 0 && before == i - 2 && chars[before].isLetter
                if before < 0 || (!isDigit(before) && !glued && chars[before] != "-") {
                    return String(chars[(i - 1)..<end])
                }
            }
            // An exponent: `1e308`, `2E+3`.
            if end < chars.count, chars[end] == "e" || chars[end] == "E" {
                var k = end + 1
                if k < chars.count, chars[k] == "+" || chars[k] == "-" { k += 1 }
                if isDigit(k) {
                    while isDigit(k) { k += 1 }
                    return String(chars[i..<k])
                }
            }
            // A decimal fraction right before a unit: `1,5 hari`, `0.5 jam`.
            if end + 1 < chars.count, chars[end] == "." || chars[end] == ",", isDigit(end + 1) {
                var k = end + 1
                while isDigit(k) { k += 1 }
                let after = String(chars[k...]).drop { $0 == " " }.lowercased()
                if unitWords.contains(where: { after.hasPrefix($0) }) { return String(chars[i..<k]) }
                i = k
                continue
            }
            i = end
        }
        return nil
    }
}
