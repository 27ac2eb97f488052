import Foundation

/// An error in a holiday CSV, with the 1-based line number and an Indonesian message.
public struct HolidayCSVError: Error, Sendable, Hashable, CustomStringConvertible {
    public var line: Int
    public var message: String

    public init(line: Int, message: String) {
        self.line = line
        self.message = message
    }

    public var description: String { "Baris \(line): \(message)" }
}

/// Reads the holiday calendar format of `data/hari-libur-nasional.csv`:
///
/// ```
/// tanggal,jenis,nama
/// 2026-03-20,cuti_bersama,"Cuti Bersama Hari Raya Idul Fitri"
/// ```
///
/// - `tanggal` is `YYYY-MM-DD`; `jenis` is `libur_nasional`, `cuti_bersama` or `libur_lokal`;
///   `nama` may be quoted (RFC 4180: `""` inside quotes is one `"`, commas allowed).
/// - The header is required (column order as above). Blank lines are skipped; CRLF and a
///   UTF-8 BOM are accepted. The first error stops parsing.
public enum HolidayCSV {
    public static let header = "tanggal,jenis,nama"

    public static func parse(_ text: String) throws -> [Holiday] {
        var body = text
        if body.hasPrefix("\u{FEFF}") { body.removeFirst() }
        // "\r\n" is a single Character in Swift, so split on each line-break form.
        let lines = body.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
        var result: [Holiday] = []
        var sawHeader = false
        for (index, rawLine) in lines.enumerated() {
            let lineNumber = index + 1
            let line = rawLine
            if line.trimmingCharacters(in: .whitespaces).isEmpty { continue }
            let fields = try splitFields(line, lineNumber: lineNumber)
            if !sawHeader {
                let names = fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
                guard names == ["tanggal", "jenis", "nama"] else {
                    throw HolidayCSVError(
                        line: lineNumber, message: "kepala kolom harus `\(header)`, ditemukan `\(line)`")
                }
                sawHeader = true
                continue
            }
            guard fields.count == 3 else {
                throw HolidayCSVError(
                    line: lineNumber, message: "harus ada 3 kolom (tanggal,jenis,nama), ditemukan \(fields.count)")
            }
            let dateText = fields[0].trimmingCharacters(in: .whitespaces)
            guard let date = LocalDate(iso: dateText) else {
                throw HolidayCSVError(
                    line: lineNumber, message: "tanggal tidak valid `\(dateText)` (format YYYY-MM-DD)")
            }
            guard SupportedDates.contains(date) else {
                throw HolidayCSVError(
                    line: lineNumber, message: "tanggal \(dateText) di luar jangkauan (tahun \(SupportedDates.text))")
            }
            let kindText = fields[1].trimmingCharacters(in: .whitespaces)
            guard let kind = HolidayKind(rawValue: kindText) else {
                let allowed = HolidayKind.allCases.map(\.rawValue).joined(separator: ", ")
                throw HolidayCSVError(
                    line: lineNumber, message: "jenis libur tidak dikenal `\(kindText)` (pilihan: \(allowed))")
            }
            let name = fields[2].trimmingCharacters(in: .whitespaces)
            guard !name.isEmpty else {
                throw HolidayCSVError(line: lineNumber, message: "nama hari libur kosong")
            }
            result.append(Holiday(date: date, kind: kind, name: name))
        }
        guard sawHeader else {
            throw HolidayCSVError(line: 1, message: "berkas kosong: kepala kolom `\(header)` tidak ada")
        }
        return result
    }

    private static func splitFields(_ line: Substring, lineNumber: Int) throws -> [String] {
        var fields: [String] = []
        var current = ""
        var inQuotes = false
        var wasQuoted = false
        let iterator = Array(line)
        var i = 0
        while i < iterator.count {
            let c = iterator[i]
            if inQuotes {
                if c == "\"" {
                    if i + 1 < iterator.count, iterator[i + 1] == "\"" {
                        current.append("\"")
                        i += 1
                    } else {
                        inQuotes = false
                    }
                } else {
                    current.append(c)
                }
            } else if c == "\"" {
                guard current.trimmingCharacters(in: .whitespaces).isEmpty, !wasQuoted else {
                    throw HolidayCSVError(line: lineNumber, message: "tanda kutip di tengah kolom")
                }
                current = ""
                inQuotes = true
                wasQuoted = true
            } else if c == "," {
                fields.append(current)
                current = ""
                wasQuoted = false
            } else {
                if wasQuoted, !c.isWhitespace {
                    throw HolidayCSVError(line: lineNumber, message: "teks setelah tanda kutip penutup")
                }
                current.append(c)
            }
            i += 1
        }
        if inQuotes {
            throw HolidayCSVError(line: lineNumber, message: "tanda kutip tidak ditutup")
        }
        fields.append(current)
        return fields
    }
}
