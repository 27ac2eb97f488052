import ArgumentParser
import Foundation
import LoketCore
import LoketStore
import LoketTUI
import LoketTUIStore

/// `loket bench counter`: the counter screens on a database with many requests (1 000 000 by
/// default): opening the requests list, moving in it, paging, filters, opening a request, and F2
/// from the form to the confirmation; with the bytes a list cursor move sends to the terminal.
struct BenchCounter: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "counter", abstract: "Ukur layar permohonan (daftar, satu permohonan, F2) pada banyak permohonan.")

    @Option(name: .long, help: "Jumlah permohonan yang dibuat (bila --db belum berisi).") var count = 1_000_000
    @Option(name: .long, help: "Jumlah pengulangan.") var iterations = 20
    @Option(name: .long, help: "Simpan basis data bench di sini, atau pakai ulang yang sudah ada di sini.")
    var keep: String?

    func run() async throws { try work() }

    func work() throws {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("loket-bench-counter-\(ProcessInfo.processInfo.processIdentifier)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = keep ?? directory.appendingPathComponent("loket.sqlite").path
        let store = try Store(path: path)
        if try store.isEmpty() {
            _ = try store.importCatalogs(try SeedCatalog.parseAll())
            _ = try store.syncNationalHolidays(try SeedCatalog.nationalHolidays())
        }
        let admin = try store.bootstrapAdmin(account: "bench") ?? store.currentUser(account: "bench")
        let now = Date()
        let existing = try store.reader.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM request") ?? 0 }
        if existing < count {
            let took = try measure { try BenchRequests.generate(count - existing, in: store, admin: admin, now: now) }
            print(
                "Loket bench counter: \(count - existing) permohonan dibuat dalam \(String(format: "%.1f", took / 1000)) s"
            )
        }
        let total = try store.reader.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM request") ?? 0 }
        print("Loket bench counter: \(total) permohonan (\(iterations) kali, median / maks, milidetik)")
        let base = try TUISource.program(
            store: store, user: admin, receiptDirectory: directory.appendingPathComponent("tanda-terima"),
            clock: { now })
        let tui = BenchTUI()

        // Open the list (F4: query + calendars + draw), then back.
        var open: [Double] = []
        var program = base
        var screen = Screen(width: 0, height: 0)
        program.render(into: &screen)
        for _ in 0..<iterations {
            open.append(
                measure {
                    program.send(.function(4))
                    program.render(into: &screen)
                })
            program.send(.escape)
        }
        report("open the requests list (F4: first page + draw)", open)
        program.send(.function(4))
        let moves = tui.keystrokes(
            &program, Array(repeating: .down, count: 15) + Array(repeating: .up, count: 15), rounds: iterations)
        report("list cursor move", moves.times)
        let paging = tui.keystrokes(&program, [.pageDown, .pageDown, .pageDown, .home], rounds: iterations)
        report("list page down (the next keyset page when needed)", paging.times)
        let filters = tui.keystrokes(
            &program, [.char("f"), .char("f"), .char("f"), .char("f"), .char("m"), .char("m")], rounds: iterations)
        report("filters: berjalan / terlambat / hari ini / semua, milik saya / Bagian", filters.times)
        let find = tui.keystrokes(
            &program, [.char("/")] + Key.typing("pemohon 4242") + [.enter, .char("/"), .ctrlU, .enter],
            rounds: iterations)
        report("find by name (typing, Enter), then clear", find.times)
        var request: [Double] = []
        for _ in 0..<iterations {
            request.append(
                measure {
                    program.send(.enter)
                    program.render(into: &screen)
                })
            program.send(.escape)
        }
        report("open one request (history, checklist, draw)", request)

        // F2: a card's form filled, saved to the confirmation screen.
        var saving: [Double] = []
        for i in 0..<iterations {
            var form = base
            form.send(
                [.char("/")] + Key.typing("hibah bansos") + [.enter, .char("n")] + Key.typing("Pemohon Bench \(i)"))
            form.send(.tab, .tab, .tab, .tab, .tab, .char("a"))
            var out = Screen(width: 0, height: 0)
            saving.append(
                measure {
                    form.send(.function(2))
                    form.render(into: &out)
                })
            guard case .saved = form.state.top else {
                print("  F2 did not reach the confirmation: \(form.render().text)")
                return
            }
        }
        report("F2 to the confirmation (log + read back + draw)", saving)

        // The board (b): open, an idle tick (the change mark only), a tick after another
        // program's write (the mark moved: the board read again and drawn).
        var board = base
        var boardOpen: [Double] = []
        for _ in 0..<iterations {
            boardOpen.append(
                measure {
                    board.send(.char("b"))
                    board.render(into: &screen)
                })
            board.send(.escape)
        }
        report("open the board (b: overdue, due soon, counts per Bagian + draw)", boardOpen)
        board.send(.char("b"))
        var idle: [Double] = []
        var refresh: [Double] = []
        let writer = try Store(path: path)
        let serviceID = try writer.findServices(matching: "hibah bansos").first?.id ?? 1
        for i in 0..<iterations {
            idle.append(
                measure {
                    board.send(.tick)
                    board.render(into: &screen)
                })
            _ = try writer.logRequest(
                NewRequest(serviceID: serviceID, applicant: ApplicantInput(name: "Pemohon Papan \(i)")), by: admin,
                at: now.addingTimeInterval(-20 * 86_400))
            refresh.append(
                measure {
                    board.send(.tick)
                    board.render(into: &screen)
                })
        }
        report("board idle tick (change mark only)", idle)
        report("board refresh after one change (mark, board, draw)", refresh)

        // The monthly report (`loket report`) of a whole month of the generated data, six months
        // back: every Bagian, every agency.
        let month = ReportMonth(
            containing: now.addingTimeInterval(-182 * 86_400), in: TimeZone(identifier: "Asia/Makassar")!)
        var monthly: [Double] = []
        var received = 0
        for _ in 0..<iterations {
            monthly.append(
                try measure {
                    let figures = try store.monthlyReport(for: admin, month: month, at: now)
                    received = figures.total.received
                })
        }
        report("monthly report \(month) (\(received) requests, every Bagian)", monthly)

        // `loket request list --overdue`: the first 1000 running requests past their deadline
        // and their count (the command says "1000 dari N").
        var overdueList: [Double] = []
        var listed = 0
        var overdueTotal = 0
        for _ in 0..<iterations {
            overdueList.append(
                try measure {
                    let filter = RequestFilter(overdue: true, limit: 1000)
                    listed = try store.requests(filter, for: admin, at: now).count
                    overdueTotal = try store.countRequests(filter, for: admin, at: now)
                })
        }
        report("request list --overdue (\(listed) of \(overdueTotal), and the count)", overdueList)
        // `loket overdue --limit 0` 470 days later: every overdue request with its lateness.
        let later = now.addingTimeInterval(470 * 86_400)
        var everyOverdue: [Double] = []
        var everyRows = 0
        for _ in 0..<max(1, iterations / 4) {
            everyOverdue.append(
                try measure { everyRows = try store.overdue(for: admin, at: later, limit: .max).count })
        }
        report("overdue board, all \(everyRows) rows with lateness, 470 days later", everyOverdue)
        print("  bytes to the terminal at 80x24 (median / max):")
        tui.printBytes("requests list cursor move", moves.bytes)
    }
}
