import ArgumentParser
import Foundation
import LoketImporter
import LoketSeed
import LoketStore
import LoketTUI
import LoketTUIStore

/// `loket bench tui`: the full-screen interface without a terminal. Start to first screen
/// (open the database, load the catalog tree, build the search index, draw), every keystroke
/// as the terminal loop does it (state machine + view + frame diff) at 80x24 and 200x60, and
/// the bytes a keystroke sends to the terminal (the diff rendered as ANSI output).
struct BenchTUI: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tui",
        abstract: "Ukur kecepatan tampilan layar penuh: mulai, per tombol, byte per gerakan."
    )

    @Option(name: .long, help: "Jumlah pengulangan per ukuran.")
    var iterations = 20

    func run() async throws {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("loket-bench-tui-\(ProcessInfo.processInfo.processIdentifier)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("loket.sqlite").path
        let receipts = directory.appendingPathComponent("tanda-terima")
        let catalogs = try SeedFiles.decrees.map {
            try DecreeParser.parse(data: Data(contentsOf: $0), source: $0.lastPathComponent)
        }
        let seeded = try Store(path: path)
        _ = try seeded.importCatalogs(catalogs)
        _ = try seeded.bootstrapAdmin(account: "bench")

        print("Loket bench tui (\(iterations) kali, median / maks, milidetik)")
        var start: [Double] = []
        for _ in 0..<iterations {
            start.append(
                try measure {
                    let store = try Store(path: path)
                    let user = try store.actingUser(real: "bench", acting: "bench", simulatedClock: false, at: Date())
                    let program = try TUISource.program(store: store, user: user, receiptDirectory: receipts)
                    var screen = Screen(width: 0, height: 0)
                    program.render(into: &screen)
                    precondition(!ANSIFrameWriter.bytes(FrameDiff.runs(from: nil, to: screen)).isEmpty)
                })
        }
        report("start to first screen (open + user + tree + index + draw)", start)
        var openTree: [Double] = []
        var snapshot: [Double] = []
        var index: [Double] = []
        var firstDraw: [Double] = []
        for _ in 0..<iterations {
            var tree: [AgencyNode] = []
            var texts: [Int64: String] = [:]
            openTree.append(
                try measure {
                    let store = try Store(path: path)
                    tree = try store.catalogTree()
                    texts = try store.serviceSearchTexts()
                })
            var catalog = CatalogSnapshot(agencies: [])
            snapshot.append(measure { catalog = TUISource.snapshot(tree, searchTexts: texts) })
            var built: ServiceSearchIndex?
            index.append(measure { built = ServiceSearchIndex(catalog) })
            firstDraw.append(
                measure {
                    let state = AppState(catalog: catalog, index: built, operatorName: "bench", role: .admin)
                    let program = Program(state: state, cards: { _ in nil })
                    var screen = Screen(width: 0, height: 0)
                    program.render(into: &screen)
                    precondition(!ANSIFrameWriter.bytes(FrameDiff.runs(from: nil, to: screen)).isEmpty)
                })
        }
        report("  of which: open the database + catalog tree + card texts queries", openTree)
        report("  of which: snapshot (with jangka waktu readings)", snapshot)
        report("  of which: search index", index)
        report("  of which: first view + full-frame output", firstDraw)

        let store = try Store(path: path)
        var cardOpen: [Double] = []
        for size in [(80, 24), (200, 60)] {
            let base = try TUISource.program(
                store: store,
                user: try store.actingUser(real: "bench", acting: "bench", simulatedClock: false, at: Date()),
                width: size.0, height: size.1, receiptDirectory: receipts)
            let label = "\(size.0)x\(size.1)"
            // Browser: the longest Bagian list, down to its end and back up.
            var browser = base
            browser.send([.down, .enter] + Array(repeating: .down, count: 6) + [.enter])
            let moves = Array(repeating: Key.down, count: 19) + Array(repeating: Key.up, count: 19)
            let browse = keystrokes(&browser, moves, rounds: iterations)
            report("browser cursor move, \(label)", browse.times)
            // Card: open the Punia card, then scroll through it.
            var card = base
            card.send([.char("/")] + Key.typing("punia"))
            cardOpen.append(measure { card.send(.enter) })
            let scroll = keystrokes(
                &card, Array(repeating: .down, count: 30) + Array(repeating: .up, count: 30), rounds: iterations)
            report("card scroll one line, \(label)", scroll.times)
            let pages = keystrokes(&card, [.pageDown, .pageDown, .pageUp, .pageUp, .end, .home], rounds: iterations)
            report("card page / end / home, \(label)", pages.times)
            // Search: type a query key by key, then clear it.
            var search = base
            search.send(.char("/"))
            let typing = keystrokes(&search, Key.typing("pelayanan hukum") + [.ctrlU], rounds: iterations)
            report("search typing (query + results + draw), \(label)", typing.times)
            if size.0 == 80 {
                print("  bytes to the terminal per keystroke at 80x24 (median / max):")
                printBytes("browser cursor move", browse.bytes)
                printBytes("card scroll one line", scroll.bytes)
                printBytes("search typing", typing.bytes)
            }
        }
        report("open a card (query + layout), both sizes", cardOpen)
    }

    /// Times each key (update + view + diff, as the terminal loop does) over `rounds` rounds.
    func keystrokes(_ program: inout Program, _ keys: [Key], rounds: Int) -> (times: [Double], bytes: [Int]) {
        var screen = Screen(width: 0, height: 0)
        program.render(into: &screen)
        var previous = screen
        var times: [Double] = []
        var bytes: [Int] = []
        for _ in 0..<rounds {
            for key in keys {
                var count = 0
                times.append(
                    measure {
                        program.send(key)
                        program.render(into: &screen)
                        count = ANSIFrameWriter.bytes(FrameDiff.runs(from: previous, to: screen)).count
                    })
                bytes.append(count)
                previous = screen
            }
        }
        return (times, bytes)
    }

    func printBytes(_ name: String, _ samples: [Int]) {
        let sorted = samples.sorted()
        let median = sorted.isEmpty ? 0 : sorted[sorted.count / 2]
        let padded = name.count < 60 ? name + String(repeating: " ", count: 60 - name.count) : name
        print("    " + padded + String(format: " %8d / %8d", median, sorted.last ?? 0))
    }
}
