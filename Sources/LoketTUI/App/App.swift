import Foundation

/// The state machine: a key and the current state give the next state and effects; a data
/// response does the same (``receive(_:_:)``). Each screen has its own model, key map and
/// `update` (``BrowserScreen``, ``CardScreen``, ``RequestForm``, ...); this dispatches.
public enum App {
    public static func update(_ state: AppState, _ key: Key) -> (AppState, [Effect]) {
        var state = state
        var effects: [Effect] = []
        if case .resize(let width, let height) = key {
            let previousCardRows = state.cardRows
            state.width = max(0, width)
            state.height = max(0, height)
            refit(&state, previousCardRows: previousCardRows)
            return (state, [])
        }
        if key == .tick {
            tick(&state, &effects)
            return (state, effects)
        }
        if key == .ctrlC {
            requestQuit(&state, &effects)
            return (state, effects)
        }
        // The unsaved-work question takes its answer whatever the size (the too-small screen
        // shows it too).
        if state.confirmsQuit {
            switch key {
            case .char("y"), .char("Y"): effects.append(.quit)
            default: state.confirmsQuit = false
            }
            return (state, effects)
        }
        // Until the terminal is large enough nothing works but Ctrl-C (above): the screen under
        // the message is not shown, so `q` must not quit from a depth where it means nothing.
        if state.isTooSmall { return (state, effects) }
        if state.showsHelp {
            switch key {
            case .escape, .char("q"), .char("?"), .function(1), .enter: state.showsHelp = false
            default: break
            }
            return (state, effects)
        }
        if state.search != nil {
            SearchScreen.update(&state, key, &effects)
            return (state, effects)
        }
        switch state.top {
        case .agencies, .units, .services: BrowserScreen.update(&state, key, &effects)
        case .card: CardScreen.update(&state, key, &effects)
        case .form: RequestForm.update(&state, key, &effects)
        case .saved: SavedScreen.update(&state, key, &effects)
        case .requests: RequestListScreen.update(&state, key, &effects)
        case .request: RequestScreen.update(&state, key, &effects)
        case .board: BoardScreen.update(&state, key, &effects)
        case .report: ReportScreen.update(&state, key, &effects)
        }
        return (state, effects)
    }

    /// An answer from the data side.
    public static func receive(_ state: AppState, _ response: DataResponse) -> (AppState, [Effect]) {
        var state = state
        var effects: [Effect] = []
        switch response {
        case .card(let id, let result): CardScreen.loaded(&state, serviceID: id, result)
        case .intake(let id, let result): RequestForm.intakeLoaded(&state, serviceID: id, result)
        case .applicants(let nik, let phone, let result):
            RequestForm.applicantsFound(&state, nik: nik, phone: phone, result)
        case .logged(let result): RequestForm.logged(&state, result, &effects)
        case .requests(let query, let result): RequestListScreen.loaded(&state, query, result)
        case .request(let number, let result): RequestScreen.loaded(&state, number, result)
        case .changed(let number, let result): RequestScreen.changed(&state, number, result, &effects)
        case .officers(let unit, let result): RequestScreen.officersLoaded(&state, unit, result)
        case .printed(let number, let result): printed(&state, number, result)
        case .board(let result): BoardScreen.loaded(&state, result)
        case .changeMark(let result): BoardScreen.markRead(&state, result, &effects)
        case .report(let month, let result): ReportScreen.loaded(&state, month, result)
        case .skmRecorded(let serviceID, let result): RequestScreen.surveyRecorded(&state, serviceID, result)
        }
        return (state, effects)
    }

    /// What the current screen's keys are (help and the bottom bar).
    public static func keys(_ state: AppState) -> ScreenKeys {
        if state.search != nil { return ScreenKeys(SearchScreen.keyMap(state)) }
        switch state.top {
        case .agencies, .units, .services: return ScreenKeys(BrowserScreen.keyMap(state))
        case .card: return ScreenKeys(CardScreen.keyMap(state))
        case .form(let form): return ScreenKeys(RequestForm.keyMap(state, form))
        case .saved: return ScreenKeys(SavedScreen.keyMap(state))
        case .requests(let list): return ScreenKeys(RequestListScreen.keyMap(state, list))
        case .request(let screen): return ScreenKeys(RequestScreen.keyMap(state, screen))
        case .board: return ScreenKeys(BoardScreen.keyMap(state))
        case .report: return ScreenKeys(ReportScreen.keyMap(state))
        }
    }

    // MARK: - Shared moves

    /// Quits, or asks first when unsaved work would be lost.
    static func requestQuit(_ state: inout AppState, _ effects: inout [Effect]) {
        if state.hasUnsavedWork && !state.confirmsQuit {
            state.confirmsQuit = true
        } else {
            effects.append(.quit)
        }
    }

    static func goBack(_ state: inout AppState) {
        if state.stack.count > 1 { state.stack.removeLast() }
    }

    /// Nothing pressed for a while: the requests list refreshes itself (cheaply: one page), the
    /// board asks whether anything changed.
    static func tick(_ state: inout AppState, _ effects: inout [Effect]) {
        if state.search == nil, !state.showsHelp, case .board = state.top {
            BoardScreen.tick(&state, &effects)
            return
        }
        if case .requests(let list) = state.top, state.search == nil, !state.showsHelp,
            state.now.timeIntervalSince(list.loadedAt) >= RequestListScreen.refreshSeconds
        {
            effects.append(.fetch(.requests(list.firstPageQuery)))
        }
    }

    static func printed(_ state: inout AppState, _ number: String, _ result: Result<PrintOutcome, DataError>) {
        let message: String
        switch result {
        case .success(.printed(let command)): message = "Tanda terima \(number) dikirim ke printer (\(command))."
        case .success(.saved(let path)): message = "Printer belum diatur; tanda terima disimpan di \(path)"
        case .failure(let error): message = "Tanda terima tidak tercetak: \(error.message)"
        }
        let failed = if case .failure = result { true } else { false }
        switch state.top {
        case .saved(var screen):
            screen.message = Notice(message, isProblem: failed)
            state.top = .saved(screen)
        case .request(var screen):
            screen.notice = Notice(message, isProblem: failed)
            state.top = .request(screen)
        default: break
        }
    }

    // MARK: - Resize

    /// Fits every screen to the new size; `previousCardRows` is the card height the card
    /// screens were scrolled for.
    static func refit(_ state: inout AppState, previousCardRows: Int) {
        let visible = state.listRows
        for index in state.stack.indices {
            let route = state.stack[index]
            switch route {
            case .agencies(var cursor), .units(_, var cursor), .services(_, _, var cursor):
                cursor.fit(count: BrowserScreen.count(state, route), visible: visible)
                state.stack[index] = route.with(cursor: cursor)
            case .card(var screen):
                let (old, scroll) = (screen.lines, screen.scroll)
                if screen.layoutWidth != state.width { CardScreen.layOut(&screen, state: state) }
                screen.scroll = CardLayout.anchoredScroll(
                    old: old, scroll: scroll, oldRows: previousCardRows, new: screen.lines,
                    newRows: state.cardRows)
                state.stack[index] = .card(screen)
            case .requests(var list):
                list.cursor.fit(count: list.rows.count, visible: RequestListScreen.visibleRows(state))
                state.stack[index] = .requests(list)
            case .board(var board):
                board.select(line: board.cursor.selected, visible: BoardScreen.visibleLines(state))
                state.stack[index] = .board(board)
            case .report(var screen):
                screen.refit(state)
                state.stack[index] = .report(screen)
            case .form, .saved, .request:
                break
            }
        }
        if var search = state.search {
            search.cursor.fit(count: search.hits.count, visible: visible)
            state.search = search
        }
    }
}

/// A one-line message a screen shows after an action (printed, saved, refused).
public struct Notice: Sendable, Hashable {
    public var text: String
    public var isProblem: Bool

    public init(_ text: String, isProblem: Bool = false) {
        self.text = text
        self.isProblem = isProblem
    }
}
