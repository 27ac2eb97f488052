import Foundation
import LoketCore
import LoketImporter
import Testing

/// How a file arrives: line endings, size. The decree's content must not depend on them.
struct InputShapeTests {
    @Test(arguments: ["000", "001", "002", "003", "004"])
    func aCRLFCopyOfEachSeedImportsExactlyAsTheOriginal(_ prefix: String) throws {
        let url = Seeds.url(prefix)
        let original = try Data(contentsOf: url)
        let crlf = Data(String(decoding: original, as: UTF8.self).replacingOccurrences(of: "\n", with: "\r\n").utf8)
        #expect(crlf.count > original.count)
        let expected = try DecreeParser.parse(data: original, source: url.lastPathComponent)
        let parsed = try DecreeParser.parse(data: crlf, source: url.lastPathComponent)
        #expect(parsed == expected)
    }

    @Test func crlfLinesKeepTheirNumbers() throws {
        let text = "Layanan Uji\r\n1.\tPersyaratan\tKTP\r\n\r\n3.\tJangka Waktu\t3 hari kerja\r\n"
        let catalog = try DecreeParser.parse(data: Data(text.utf8), source: "uji.txt")
        let service = try #require(catalog.units.first?.services.first)
        #expect(service.name == "Layanan Uji")
        #expect(service.components.map(\.line) == [2, 4])
        #expect(service.components.map(\.text) == ["KTP", "3 hari kerja"])
    }

    @Test func aFileAboveTheSizeLimitIsRefusedWhateverItHolds() throws {
        let seed = try Data(contentsOf: Seeds.url("004"))
        var data = Data(capacity: DecreeParser.maximumBytes + seed.count)
        while data.count <= DecreeParser.maximumBytes { data.append(seed) }
        #expect(throws: ImportError.tooLarge(source: "besar.txt", bytes: data.count)) {
            try DecreeParser.parse(data: data, source: "besar.txt")
        }
        let message = ImportError.tooLarge(source: "besar.txt", bytes: 20_000_001).description
        #expect(
            message.hasPrefix(
                "besar.txt: berkas terlalu besar untuk sebuah keputusan (20.000.001 bita; batasnya 20 MB)"))
    }

    @Test func aFileJustBelowTheLimitIsRead() throws {
        let text = "Layanan Uji\n1.\tPersyaratan\tKTP\n3.\tJangka Waktu\t3 hari kerja\n"
        var data = Data(text.utf8)
        data.append(Data(repeating: UInt8(ascii: "\n"), count: 1000))
        #expect(try DecreeParser.parse(data: data, source: "uji.txt").serviceCount == 1)
    }
}
