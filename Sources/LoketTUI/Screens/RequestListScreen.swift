import Foundation
import LoketCore

/// The requests list: paged from the data side newest first (keyset: as fast at a million
/// requests as at ten), filtered by scope, focus and status, searched by number, name, NIK or phone.
public struct RequestListScreen: Sendable {
    public var query: RequestQuery
    public var rows: [RequestRow] = []
    public var calendars: [Int64: WorkingCalendar] = [:]
    public var hasMore = false
    public var cursor = ListCursor()
    public var isLoading = true
    public var failure: String?
    /// When the first page was last read (the list refreshes itself on idle ticks).
    public var loadedAt: Date
    /// The `/` line: typed text goes here until Enter or Esc.
    public var finding: String?

    public init(query: RequestQuery, now: Date) {
        self.query = query
        loadedAt = now
    }

    /// The first page of the current filters.
    var firstPageQuery: RequestQuery {
        var query = query
        query.after = nil
        query.limit = max(query.limit, rows.count)
        return query
    }

    static let refreshSeconds: TimeInterval = 5
    static let pageSize = 50

    /// Requests on one screen: two lines each between the header and the find line.
    static func visibleRows(_ state: AppState) -> Int { max(1, (state.height - 5) / 2) }

    // MARK: - Keys

    enum Action: Sendable, Equatable {
        case move(ListKeys.Move)
        case open, find, scope, focus, status, reload, back, help, search, board, report
        case findDone, findCancel, findDelete, findClear
    }

    static func keyMap(_ state: AppState, _ list: RequestListScreen) -> KeyMap<Action> {
        if list.finding != nil {
            return KeyMap(
                "Bantuan: cari permohonan",
                [
                    KeyBinding(
                        [.enter], "Enter", "cari nomor, nama, NIK atau telepon ini", bar: KeyHint("Enter", "Cari"),
                        .findDone),
                    KeyBinding([.backspace], "Backspace", "hapus huruf terakhir", .findDelete),
                    KeyBinding([.ctrlU], "Ctrl-U", "kosongkan", .findClear),
                    KeyBinding(
                        [.escape], "Esc", "batal, daftar seperti semula", bar: KeyHint("Esc", "Batal"), .findCancel),
                ])
        }
        var bindings = ListKeys.moves(Action.move)
        bindings += [
            KeyBinding(
                [.enter, .right, .char("l")], "Enter  →  l", "buka permohonan", bar: KeyHint("Enter", "Buka"), .open),
            KeyBinding([.char("/")], "/", "cari nomor, nama, NIK atau telepon", bar: KeyHint("/", "Cari"), .find),
            KeyBinding([.char("m")], "m", "milik saya / Bagian saya", bar: KeyHint("m", "Saya/Bagian"), .scope),
            KeyBinding(
                [.char("f"), .tab], "f  Tab", "semua / berjalan / terlambat / jatuh tempo hari ini",
                bar: KeyHint("f", "Saring"), .focus),
            KeyBinding([.char("s")], "s", "status: semua, lalu tiap status", .status),
            KeyBinding([.char("R")], "R", "muat ulang", .reload),
            KeyBinding([.char("c")], "c", "cari layanan di katalog (untuk permohonan baru)", .search),
            KeyBinding(
                [.escape, .left, .char("h"), .char("q")], "Esc  ←  h  q", "kembali",
                bar: KeyHint("Esc", "Kembali"), .back),
            KeyBinding([.function(1), .char("?")], "F1  ?", "bantuan ini", bar: KeyHint("F1", "Bantuan"), .help),
        ]
        for common in CommonKeys.bindings(state, { $0 }) {
            switch common.action {
            case .board: bindings.append(KeyBinding(common.keys, common.shown, common.help, bar: common.bar, .board))
            case .report:
                bindings.append(KeyBinding(common.keys, common.shown, common.help, bar: common.bar, .report))
            default: break
            }
        }
        return KeyMap("Bantuan: daftar permohonan", bindings)
    }

    static func scopeWords(_ scope: RequestQuery.Scope) -> String {
        switch scope {
        case .mine: "milik saya"
        case .myUnits: "Bagian saya"
        }
    }

    static func focusWords(_ focus: RequestQuery.Focus) -> String {
        switch focus {
        case .all: "semua"
        case .open: "berjalan"
        case .overdue: "terlambat"
        case .dueToday: "jatuh tempo hari ini"
        }
    }

    // MARK: - Update

    static func open(_ state: inout AppState, _ effects: inout [Effect]) {
        if let index = state.stack.lastIndex(where: { if case .requests = $0 { true } else { false } }) {
            state.stack.removeSubrange((index + 1)...)  // back to the list already open
            return
        }
        let list = RequestListScreen(query: RequestQuery(limit: pageSize), now: state.now)
        state.stack.append(.requests(list))
        effects.append(.fetch(.requests(list.query)))
    }

    static func update(_ state: inout AppState, _ key: Key, _ effects: inout [Effect]) {
        guard case .requests(var list) = state.top else { return }
        let visible = visibleRows(state)
        guard let action = keyMap(state, list).action(for: key) else {
            if list.finding != nil, case .char(let c) = key {
                let clean = Sanitizer.clean(String(c))
                if (list.finding?.count ?? 0) < 40 { list.finding? += clean }
                state.top = .requests(list)
            }
            return
        }
        var reload = false
        switch action {
        case .move(let move):
            ListKeys.apply(move, to: &list.cursor, count: list.rows.count, visible: visible)
            // Near the end of what is loaded: the next page (keyset: after the last row).
            if list.hasMore, !list.isLoading, list.cursor.selected >= list.rows.count - 1, let last = list.rows.last {
                var next = list.query
                next.after = last.key(list.query.focus)
                next.limit = pageSize
                list.isLoading = true
                effects.append(.fetch(.requests(next)))
            }
        case .open:
            guard let row = list.rows[safe: list.cursor.selected] else { return }
            state.top = .requests(list)
            RequestScreen.open(&state, number: row.number, &effects)
            return
        case .find: list.finding = list.query.text
        case .findDone:
            list.query.text = list.finding ?? ""
            list.finding = nil
            reload = true
        case .findCancel: list.finding = nil
        case .findDelete: if list.finding?.isEmpty == false { list.finding?.removeLast() }
        case .findClear: list.finding = ""
        case .scope:
            list.query.scope = list.query.scope == .mine ? .myUnits : .mine
            reload = true
        case .focus:
            let all = RequestQuery.Focus.allCases
            list.query.focus = all[(all.firstIndex(of: list.query.focus)! + 1) % all.count]
            reload = true
        case .status:
            let all: [RequestStatus?] = [nil] + RequestStatus.allCases
            let index = all.firstIndex(of: list.query.status) ?? 0
            list.query.status = all[(index + 1) % all.count]
            reload = true
        case .reload: reload = true
        case .search:
            state.top = .requests(list)
            state.search = SearchState()
            return
        case .back:
            App.goBack(&state)
            return
        case .board:
            state.top = .requests(list)
            BoardScreen.open(&state, &effects)
            return
        case .report:
            state.top = .requests(list)
            ReportScreen.open(&state, &effects)
            return
        case .help:
            state.showsHelp = true
        }
        if reload {
            list.query.after = nil
            list.query.limit = pageSize
            list.isLoading = true
            list.cursor = ListCursor()
            effects.append(.fetch(.requests(list.query)))
        }
        state.top = .requests(list)
    }

    static func loaded(_ state: inout AppState, _ query: RequestQuery, _ result: Result<RequestPage, DataError>) {
        guard let index = state.stack.lastIndex(where: { if case .requests = $0 { true } else { false } }),
            case .requests(var list) = state.stack[index]
        else { return }
        var base = query
        base.after = nil
        base.limit = list.query.limit
        var current = list.query
        current.after = nil
        guard base.scope == current.scope, base.focus == current.focus, base.status == current.status,
            base.text == current.text
        else { return }  // an answer to filters no longer shown
        list.isLoading = false
        switch result {
        case .success(let page):
            list.failure = nil
            list.calendars.merge(page.calendars) { $1 }
            if query.after == nil {
                let selected = list.rows[safe: list.cursor.selected]?.id
                list.rows = page.rows
                list.loadedAt = state.now
                if let selected, let again = page.rows.firstIndex(where: { $0.id == selected }) {
                    list.cursor.select(again, count: page.rows.count, visible: visibleRows(state))
                } else {
                    list.cursor.fit(count: page.rows.count, visible: visibleRows(state))
                }
            } else {
                list.rows += page.rows
            }
            list.hasMore = page.hasMore
        case .failure(let error):
            list.failure = error.message
            list.loadedAt = state.now
        }
        state.stack[index] = .requests(list)
    }

    /// The list's words for a row: urgency of running requests, the status of the others.
    static func condition(_ row: RequestRow, calendar: WorkingCalendar?, now: Date) -> (String, Urgency?) {
        guard let calendar else { return (row.status.shortLabel, nil) }
        let urgency = Urgency.of(
            status: row.status, deadline: row.deadline, finishedAt: row.finishedAt, now: now, calendar: calendar)
        switch urgency {
        case .onSchedule:
            if let deadline = row.deadline,
                let left = Urgency.timeLeft(deadline: deadline, now: now, calendar: calendar)
            {
                return (left, urgency)
            }
            return (urgency.words, urgency)
        case .overdue(.hours(0)): return ("terlambat <1 jam", urgency)
        case .overdue, .dueToday, .waitingDocuments, .noDeadline: return (urgency.words, urgency)
        case .finished(let late): return (late ? "selesai terlambat" : row.status.shortLabel, urgency)
        case .closed: return (row.status.label, urgency)
        }
    }
}
