import Foundation

/// The state machine: a key and the current state give the next state and effects.
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
        if key == .tick { return (state, []) }
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
            updateSearch(&state, key, &effects)
            return (state, effects)
        }
        switch key {
        case .char("?"), .function(1):
            state.showsHelp = true
        case .char("/"):
            state.search = SearchState()
        default:
            if case .card = state.top {
                updateCard(&state, key)
            } else {
                updateList(&state, key, &effects)
            }
        }
        return (state, effects)
    }

    /// A card the ``Effect/loadCard(serviceID:)`` effect fetched.
    public static func cardLoaded(_ state: AppState, serviceID: Int64, result: Result<CardData?, any Error>)
        -> AppState
    {
        var state = state
        for index in state.stack.indices.reversed() {
            guard case .card(var screen) = state.stack[index], screen.serviceID == serviceID else { continue }
            switch result {
            case .success(let card?):
                screen.card = card
                screen.failure = nil
            case .success(nil):
                screen.failure = "Kartu layanan tidak ditemukan (layanan sudah dihapus dari katalog?)."
            case .failure(let error):
                screen.failure = "Kartu layanan tidak dapat dibaca: \(error)"
            }
            layOut(&screen, state: state)
            state.stack[index] = .card(screen)
            break
        }
        return state
    }

    // MARK: - Quitting

    /// Quits, or asks first when unsaved work would be lost.
    static func requestQuit(_ state: inout AppState, _ effects: inout [Effect]) {
        if state.hasUnsavedWork && !state.confirmsQuit {
            state.confirmsQuit = true
        } else {
            effects.append(.quit)
        }
    }

    // MARK: - Lists

    static func listCount(_ state: AppState, _ route: Route) -> Int {
        switch route {
        case .agencies: state.catalog.agencies.count
        case .units(let agency, _): state.catalog.agencies[agency].units.count
        case .services(let agency, let unit, _): state.catalog.agencies[agency].units[unit].services.count
        case .card: 0
        }
    }

    static func updateList(_ state: inout AppState, _ key: Key, _ effects: inout [Effect]) {
        let route = state.top
        let count = listCount(state, route)
        let visible = state.listRows
        var cursor: ListCursor
        switch route {
        case .agencies(let c), .units(_, let c), .services(_, _, let c): cursor = c
        case .card: return
        }
        switch key {
        case .up, .char("k"): cursor.move(by: -1, count: count, visible: visible)
        case .down, .char("j"): cursor.move(by: 1, count: count, visible: visible)
        case .pageUp, .char("b"): cursor.move(by: -visible, count: count, visible: visible)
        case .pageDown, .char(" "): cursor.move(by: visible, count: count, visible: visible)
        case .home, .char("g"): cursor.select(0, count: count, visible: visible)
        case .end, .char("G"): cursor.select(count - 1, count: count, visible: visible)
        case .enter, .right, .char("l"):
            guard count > 0 else { return }
            open(&state, route, cursor.selected, &effects)
            return
        case .escape, .left, .backspace, .char("h"):
            goBack(&state)
            return
        case .char("q"):
            if state.isAtRoot { requestQuit(&state, &effects) }
            return
        default:
            return
        }
        state.stack[state.stack.count - 1] = route.with(cursor: cursor)
    }

    static func open(_ state: inout AppState, _ route: Route, _ index: Int, _ effects: inout [Effect]) {
        switch route {
        case .agencies:
            state.stack.append(.units(agency: index, cursor: ListCursor()))
        case .units(let agency, _):
            state.stack.append(.services(agency: agency, unit: index, cursor: ListCursor()))
        case .services(let agency, let unit, _):
            let path = CatalogSnapshot.Path(agency: agency, unit: unit, service: index)
            openCard(&state, path, &effects)
        case .card:
            break
        }
    }

    static func openCard(_ state: inout AppState, _ path: CatalogSnapshot.Path, _ effects: inout [Effect]) {
        let service = state.catalog.service(at: path)
        state.stack.append(.card(CardScreen(path: path, serviceID: service.id)))
        effects.append(.loadCard(serviceID: service.id))
    }

    static func goBack(_ state: inout AppState) {
        if state.stack.count > 1 { state.stack.removeLast() }
    }

    // MARK: - Card

    static func updateCard(_ state: inout AppState, _ key: Key) {
        guard case .card(var screen) = state.top else { return }
        let page = max(1, state.cardRows - 1)
        let maxScroll = max(0, screen.lines.count - state.cardRows)
        switch key {
        case .up, .char("k"): screen.scroll -= 1
        case .down, .char("j"): screen.scroll += 1
        case .pageUp, .char("b"): screen.scroll -= page
        case .pageDown, .char(" "): screen.scroll += page
        case .home, .char("g"): screen.scroll = 0
        case .end, .char("G"): screen.scroll = maxScroll
        case .escape, .left, .backspace, .char("h"):
            if let back = screen.fromSearch {
                // Opened from search results: back to them, the query and the choice kept.
                state.stack = back.stack
                state.search = back.search
                refit(&state, previousCardRows: back.cardRows)
            } else {
                goBack(&state)
            }
            return
        default: return
        }
        screen.scroll = min(max(0, screen.scroll), maxScroll)
        state.stack[state.stack.count - 1] = .card(screen)
    }

    static func layOut(_ screen: inout CardScreen, state: AppState) {
        screen.layoutWidth = state.width
        if let card = screen.card {
            screen.lines = CardLayout.lines(card, width: state.width)
        } else {
            screen.lines = []
        }
        screen.scroll = min(max(0, screen.scroll), max(0, screen.lines.count - state.cardRows))
    }

    // MARK: - Search

    static func updateSearch(_ state: inout AppState, _ key: Key, _ effects: inout [Effect]) {
        guard var search = state.search else { return }
        let visible = state.listRows
        var queryChanged = false
        switch key {
        case .escape:
            state.search = nil
            return
        case .function(1):
            state.showsHelp = true
            return
        case .enter:
            guard let hit = search.hits[safe: search.cursor.selected] else { return }
            let back = SearchReturn(search: search, stack: state.stack, cardRows: state.cardRows)
            state.search = nil
            openFromSearch(&state, hit.path, &effects)
            if case .card(var card) = state.top {
                card.fromSearch = back
                state.stack[state.stack.count - 1] = .card(card)
            }
            return
        case .up, .backTab: search.cursor.move(by: -1, count: search.hits.count, visible: visible)
        case .down, .tab: search.cursor.move(by: 1, count: search.hits.count, visible: visible)
        case .pageUp: search.cursor.move(by: -visible, count: search.hits.count, visible: visible)
        case .pageDown: search.cursor.move(by: visible, count: search.hits.count, visible: visible)
        // The search line has no text cursor (letters go at its end): Home and End choose the
        // first and last result.
        case .home: search.cursor.select(0, count: search.hits.count, visible: visible)
        case .end: search.cursor.select(search.hits.count - 1, count: search.hits.count, visible: visible)
        case .backspace:
            if !search.query.isEmpty {
                search.query.removeLast()
                queryChanged = true
            }
        case .ctrlU:
            search.query = ""
            queryChanged = true
        case .char(let character):
            guard search.query.count < 60 else { break }
            let clean = Sanitizer.clean(String(character))
            guard !clean.isEmpty else { break }
            search.query += clean
            queryChanged = true
        default:
            break
        }
        if queryChanged {
            search.hits = state.index.search(search.query, home: state.searchHome, limit: SearchState.hitLimit + 1)
            search.hasMore = search.hits.count > SearchState.hitLimit
            if search.hasMore { search.hits.removeLast(search.hits.count - SearchState.hitLimit) }
            search.cursor = ListCursor()
        }
        state.search = search
    }

    /// Replaces the stack with the service's path (agency → Bagian → services → card), so that
    /// the top bar and the screens under the card are the service's own. (Going back from the
    /// card reopens the results, see ``CardScreen/fromSearch``.)
    static func openFromSearch(_ state: inout AppState, _ path: CatalogSnapshot.Path, _ effects: inout [Effect]) {
        let catalog = state.catalog
        let visible = state.listRows
        var stack: [Route] = []
        if catalog.agencies.count > 1 {
            stack.append(.agencies(.focused(on: path.agency, count: catalog.agencies.count, visible: visible)))
        }
        let agency = catalog.agencies[path.agency]
        stack.append(
            .units(agency: path.agency, cursor: .focused(on: path.unit, count: agency.units.count, visible: visible)))
        stack.append(
            .services(
                agency: path.agency, unit: path.unit,
                cursor: .focused(on: path.service, count: agency.units[path.unit].services.count, visible: visible)))
        state.stack = stack
        openCard(&state, path, &effects)
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
                cursor.fit(count: listCount(state, route), visible: visible)
                state.stack[index] = route.with(cursor: cursor)
            case .card(var screen):
                let (old, scroll) = (screen.lines, screen.scroll)
                if screen.layoutWidth != state.width { layOut(&screen, state: state) }
                screen.scroll = CardLayout.anchoredScroll(
                    old: old, scroll: scroll, oldRows: previousCardRows, new: screen.lines,
                    newRows: state.cardRows)
                state.stack[index] = .card(screen)
            }
        }
        if var search = state.search {
            search.cursor.fit(count: search.hits.count, visible: visible)
            state.search = search
        }
    }
}

extension Route {
    func with(cursor: ListCursor) -> Route {
        switch self {
        case .agencies: .agencies(cursor)
        case .units(let agency, _): .units(agency: agency, cursor: cursor)
        case .services(let agency, let unit, _): .services(agency: agency, unit: unit, cursor: cursor)
        case .card: self
        }
    }
}
