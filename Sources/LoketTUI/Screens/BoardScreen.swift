import Foundation
import LoketCore

/// The supervisors' board (F5, `b`): the overdue and due-soon requests of the user's units,
/// grouped by Bagian with counts, most late first. Live: on each idle tick it asks the data
/// side for its change mark and reads the board again only when the mark moved (another
/// officer logged or changed a request), or once a minute (a deadline passing changes the
/// board without any write). Lateness words are worked out when drawn, from the clock.
public struct BoardScreen: Sendable {
    public var page: BoardPage?
    /// What the list shows, in order: a heading per Bagian, then its requests.
    public var lines: [Line] = []
    /// Over ``lines``; the selection is always on a request.
    public var cursor = ListCursor()
    public var isLoading = true
    public var failure: String?
    /// When the board was last read.
    public var loadedAt: Date
    /// When what the board shows last changed (the first read counts).
    public var changedAt: Date?

    public enum Line: Sendable, Hashable {
        /// A Bagian's heading (index into the page's tallies).
        case unit(Int)
        /// A request (index into the page's rows).
        case request(Int)
    }

    public init(now: Date) { loadedAt = now }

    /// A re-read without any change seen: deadlines pass and move requests onto the board.
    static let rereadSeconds: TimeInterval = 60

    /// Lines between the title, the column header and the notice line.
    static func visibleLines(_ state: AppState) -> Int { max(1, state.height - 5) }

    // MARK: - Keys

    enum Action: Sendable, Hashable {
        case move(ListKeys.Move)
        case open, reload, back
        case common(CommonAction)
    }

    static func keyMap(_ state: AppState) -> KeyMap<Action> {
        var bindings = ListKeys.moves(Action.move)
        bindings += [
            KeyBinding(
                [.enter, .right, .char("l")], "Enter  →  l", "buka permohonan (perpanjang, alihkan, status)",
                bar: KeyHint("Enter", "Buka"), .open),
            KeyBinding([.function(5), .char("R")], "F5  R", "muat ulang sekarang", .reload),
            KeyBinding(
                [.escape, .left, .char("h"), .char("q")], "Esc  ←  h  q", "kembali",
                bar: KeyHint("Esc", "Kembali"), .back),
        ]
        // Every shared key but the board's own (F5 here reloads).
        let common = CommonKeys.bindings(state, Action.common).filter { $0.action != .common(.board) }
        return KeyMap("Bantuan: papan pengawasan", bindings + common)
    }

    // MARK: - Update

    /// Opens the board, or goes back to the one already open.
    static func open(_ state: inout AppState, _ effects: inout [Effect]) {
        if let index = state.stack.lastIndex(where: { if case .board = $0 { true } else { false } }) {
            state.stack.removeSubrange((index + 1)...)
            if case .board(var board) = state.top {
                board.isLoading = true
                state.top = .board(board)
            }
            effects.append(.fetch(.board))
            return
        }
        state.stack.append(.board(BoardScreen(now: state.now)))
        effects.append(.fetch(.board))
    }

    static func update(_ state: inout AppState, _ key: Key, _ effects: inout [Effect]) {
        guard case .board(var board) = state.top, let action = keyMap(state).action(for: key) else { return }
        switch action {
        case .move(let move):
            board.move(move, visible: visibleLines(state))
        case .open:
            guard case .request(let index)? = board.lines[safe: board.cursor.selected],
                let row = board.page?.rows[safe: index]
            else { return }
            state.top = .board(board)
            RequestScreen.open(&state, number: row.number, &effects)
            return
        case .reload:
            board.isLoading = true
            effects.append(.fetch(.board))
        case .back:
            App.goBack(&state)
            return
        case .common(let common):
            state.top = .board(board)
            CommonKeys.perform(common, &state, &effects)
            return
        }
        state.top = .board(board)
    }

    /// An idle second on the board: ask whether anything changed (or re-read once a minute).
    static func tick(_ state: inout AppState, _ effects: inout [Effect]) {
        guard case .board(let board) = state.top, !board.isLoading else { return }
        if state.now.timeIntervalSince(board.loadedAt) >= rereadSeconds {
            effects.append(.fetch(.board))
        } else {
            effects.append(.fetch(.changeMark))
        }
    }

    static func markRead(_ state: inout AppState, _ result: Result<DataMark, DataError>, _ effects: inout [Effect]) {
        guard case .board(var board) = state.top, !board.isLoading, case .success(let mark) = result,
            mark != board.page?.mark
        else { return }
        board.isLoading = true
        state.top = .board(board)
        effects.append(.fetch(.board))
    }

    static func loaded(_ state: inout AppState, _ result: Result<BoardPage, DataError>) {
        guard let index = state.stack.lastIndex(where: { if case .board = $0 { true } else { false } }),
            case .board(var board) = state.stack[index]
        else { return }
        board.isLoading = false
        board.loadedAt = state.now
        switch result {
        case .success(let page):
            board.failure = nil
            let changed =
                board.page == nil || board.page?.rows != page.rows || board.page?.tallies != page.tallies
            let selected = board.selectedRow
            board.page = page
            board.lines = lines(page)
            if changed { board.changedAt = state.now }
            board.reselect(selected, visible: visibleLines(state))
        case .failure(let error):
            board.failure = error.message
        }
        state.stack[index] = .board(board)
    }

    /// Headings and requests: Bagian in the order of their most late request (the shared
    /// grouping of `loket overdue`), requests in deadline order inside.
    static func lines(_ page: BoardPage) -> [Line] {
        let indexed = Array(page.rows.indices)
        let groups = OverdueGroups.group(indexed) { page.rows[$0].unitID }
        var lines: [Line] = []
        for group in groups {
            if let tally = page.tallies.firstIndex(where: { $0.unitID == group.unitID }) {
                lines.append(.unit(tally))
            }
            lines += group.rows.map { .request($0) }
        }
        return lines
    }

    // MARK: - Cursor

    /// The request under the cursor.
    var selectedRow: RequestRow? {
        guard case .request(let index)? = lines[safe: cursor.selected] else { return nil }
        return page?.rows[safe: index]
    }

    /// Moves over requests only, showing the heading above the first of a group.
    mutating func move(_ move: ListKeys.Move, visible: Int) {
        let requests = lines.indices.filter { if case .request = lines[$0] { true } else { false } }
        guard !requests.isEmpty else { return }
        let position = requests.lastIndex { $0 <= cursor.selected } ?? 0
        let page = max(1, visible - 1)
        let target: Int
        switch move {
        case .up: target = position - 1
        case .down: target = position + 1
        case .pageUp: target = position - page
        case .pageDown: target = position + page
        case .first: target = 0
        case .last: target = requests.count - 1
        }
        select(line: requests[min(max(0, target), requests.count - 1)], visible: visible)
    }

    mutating func select(line: Int, visible: Int) {
        cursor.select(line, count: lines.count, visible: visible)
        // The heading of the group stays in view above its first request.
        if line > 0, cursor.top == line, case .unit = lines[line - 1] { cursor.top = line - 1 }
    }

    /// After a re-read: the same request when it is still there, else the first.
    mutating func reselect(_ previous: RequestRow?, visible: Int) {
        let again = previous.flatMap { previous in
            lines.firstIndex { line in
                if case .request(let index) = line { page?.rows[safe: index]?.id == previous.id } else { false }
            }
        }
        let first = lines.firstIndex { if case .request = $0 { true } else { false } }
        guard let line = again ?? first else {
            cursor = ListCursor()
            return
        }
        select(line: line, visible: visible)
    }
}
