import Foundation
import LoketCore
import LoketImporter
import Testing

/// Bad input gets a clear Indonesian message; no input crashes the importer.
struct ImportFailureTests {
    @Test func emptyFile() {
        #expect(throws: ImportError.empty(source: "kosong.txt")) {
            try DecreeParser.parse(data: Data(), source: "kosong.txt")
        }
        #expect(throws: ImportError.empty(source: "spasi.txt")) {
            try DecreeParser.parse(data: Data(" \n\n\t\n".utf8), source: "spasi.txt")
        }
    }

    @Test func binaryFile() {
        let bytes = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D])
        #expect(throws: ImportError.binary(source: "gambar.png")) {
            try DecreeParser.parse(data: bytes, source: "gambar.png")
        }
        #expect(throws: ImportError.binary(source: "latin1.txt")) {
            try DecreeParser.parse(data: Data([0x50, 0x65, 0x6E, 0xE9, 0x20, 0xFF]), source: "latin1.txt")
        }
    }

    @Test func textThatIsNotADecree() {
        let text = "Daftar belanja\n1. Beras\n2. Minyak goreng\n"
        #expect(throws: ImportError.notADecree(source: "belanja.txt")) {
            try DecreeParser.parse(text: text, source: "belanja.txt")
        }
    }

    @Test func messagesAreIndonesianAndSayWhatToDo() {
        let message = ImportError.notADecree(source: "x.txt").description
        #expect(message.contains("x.txt"))
        #expect(message.contains("bukan keputusan Standar Pelayanan"))
        #expect(ImportError.binary(source: "b").description.contains("Ekstrak"))
    }

    @Test func controlCharactersNeverReachTheCatalog() throws {
        var text = try Seeds.text("004")
        text = text.replacingOccurrences(of: "Fasilitasi Kerja Sama", with: "Fasilitasi \u{1B}[2JKerja\u{7} Sama")
        let catalog = try DecreeParser.parse(text: text, source: "004.txt")
        for unit in catalog.units {
            for service in unit.services {
                #expect(!service.name.unicodeScalars.contains { $0.value < 0x20 })
                for component in service.components {
                    #expect(!component.text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
                }
            }
        }
    }

    /// A small deterministic generator so failures reproduce.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// Parsing either succeeds with a catalog or throws an ImportError; it never traps.
    func survives(_ data: Data) {
        do {
            let catalog = try DecreeParser.parse(data: data, source: "fuzz.txt")
            #expect(catalog.serviceCount > 0)
        } catch {
            #expect(!error.description.isEmpty)
        }
    }

    @Test func fuzzRandomBytes() {
        var rng = SplitMix(state: 2026)
        for _ in 0..<300 {
            let count = Int.random(in: 0..<2000, using: &rng)
            survives(Data((0..<count).map { _ in UInt8.random(in: 0...255, using: &rng) }))
        }
    }

    @Test func fuzzRandomTextWithTableShapes() {
        var rng = SplitMix(state: 7)
        let pieces = [
            "1.\t", "\t", "\t\t", "Persyaratan", "Jangka Waktu", "A. Komponen (Service Delivery)",
            "B. Komponen (Manufacturing)", "Jenis Layanan : 1. X", "<p>", "<ol>", "**", "•", "\n", "\n\n",
            "14.\t", "KEPUTUSAN X", "NOMOR 1", "tanggal 1 Mei 2024", "Lampiran", "٥.", " ", "a. ", "1. ",
        ]
        for _ in 0..<300 {
            var text = ""
            for _ in 0..<Int.random(in: 0..<200, using: &rng) { text += pieces.randomElement(using: &rng)! }
            survives(Data(text.utf8))
        }
    }

    @Test(arguments: ["000", "001", "002", "003", "004"])
    func fuzzTruncatedAndShuffledSeeds(prefix: String) throws {
        let text = try Seeds.text(prefix)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var rng = SplitMix(state: UInt64(prefix)! + 11)
        for _ in 0..<12 {
            let cut = Int.random(in: 0..<lines.count, using: &rng)
            survives(Data(lines[..<cut].joined(separator: "\n").utf8))
            let bytes = Array(text.utf8)
            survives(Data(bytes[..<Int.random(in: 0..<bytes.count, using: &rng)]))
            survives(Data(lines.shuffled(using: &rng).joined(separator: "\n").utf8))
        }
    }
}
