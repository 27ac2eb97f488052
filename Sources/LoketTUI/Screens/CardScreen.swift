/// The card screen: the card once loaded, its laid-out lines and the scroll position.
public struct CardScreen: Sendable {
    public var path: CatalogSnapshot.Path
    public var serviceID: Int64
    /// Nil while loading or when loading failed.
    public var card: CardData?
    /// Why the card could not be shown.
    public var failure: String?
    /// The first line shown.
    public var scroll: Int = 0
    /// The card laid out for `layoutWidth` columns.
    public var lines: [CardLine] = []
    public var layoutWidth: Int = 0
    /// The search the card was opened from: Esc goes back to its results, the query kept.
    public var fromSearch: SearchState?

    public init(path: CatalogSnapshot.Path, serviceID: Int64) {
        self.path = path
        self.serviceID = serviceID
    }

    enum Action: Sendable {
        case scroll(ListKeys.Move)
        case back, newRequest
        case common(CommonAction)
    }

    static func keyMap(_ state: AppState) -> KeyMap<Action> {
        KeyMap(
            "Bantuan: kartu layanan",
            [
                KeyBinding(
                    [.up, .char("k")], "↑  k", "gulir satu baris naik", bar: KeyHint("↑↓", "Gulir"), .scroll(.up)),
                KeyBinding([.down, .char("j")], "↓  j", "gulir satu baris turun", .scroll(.down)),
                KeyBinding([.pageUp], "PgUp", "satu halaman naik", .scroll(.pageUp)),
                KeyBinding([.pageDown, .char(" ")], "PgDn  Spasi", "satu halaman turun", .scroll(.pageDown)),
                KeyBinding([.home, .char("g")], "Home  g", "ke awal kartu", .scroll(.first)),
                KeyBinding([.end, .char("G")], "End  G", "ke akhir kartu", .scroll(.last)),
                KeyBinding(
                    [.char("n"), .function(2)], "n  F2", "catat permohonan baru untuk layanan ini",
                    bar: KeyHint("n/F2", "Permohonan baru"), .newRequest),
                KeyBinding(
                    [.escape, .left, .backspace, .char("h")], "Esc  ←  h",
                    "kembali (ke hasil pencarian bila kartu dibuka dari sana)", bar: KeyHint("Esc", "Kembali"), .back),
            ] + CommonKeys.bindings(state, Action.common))
    }

    static func open(
        _ state: inout AppState, _ path: CatalogSnapshot.Path, fromSearch: SearchState? = nil, _ effects: inout [Effect]
    ) {
        let service = state.catalog.service(at: path)
        var screen = CardScreen(path: path, serviceID: service.id)
        screen.fromSearch = fromSearch
        state.stack.append(.card(screen))
        effects.append(.fetch(.card(serviceID: service.id)))
    }

    static func update(_ state: inout AppState, _ key: Key, _ effects: inout [Effect]) {
        guard case .card(var screen) = state.top, let action = keyMap(state).action(for: key) else { return }
        let page = max(1, state.cardRows - 1)
        let maxScroll = max(0, screen.lines.count - state.cardRows)
        switch action {
        case .scroll(let move):
            switch move {
            case .up: screen.scroll -= 1
            case .down: screen.scroll += 1
            case .pageUp: screen.scroll -= page
            case .pageDown: screen.scroll += page
            case .first: screen.scroll = 0
            case .last: screen.scroll = maxScroll
            }
            screen.scroll = min(max(0, screen.scroll), maxScroll)
            state.top = .card(screen)
        case .newRequest:
            RequestForm.open(&state, path: screen.path, &effects)
        case .back:
            App.goBack(&state)
            if var search = screen.fromSearch {
                // Fitted to the size now: the terminal may have been resized while the card was open.
                search.cursor.fit(count: search.hits.count, visible: state.listRows)
                state.search = search
            }
        case .common(let common):
            CommonKeys.perform(common, &state, &effects)
        }
    }

    /// The card the data side sent.
    static func loaded(_ state: inout AppState, serviceID: Int64, _ result: Result<CardData?, DataError>) {
        for index in state.stack.indices.reversed() {
            guard case .card(var screen) = state.stack[index], screen.serviceID == serviceID else { continue }
            switch result {
            case .success(let card?):
                screen.card = card
                screen.failure = nil
            case .success(nil):
                screen.failure = "Kartu layanan tidak ditemukan (layanan sudah dihapus dari katalog?)."
            case .failure(let error):
                screen.failure = "Kartu layanan tidak dapat dibaca: \(error.message)"
            }
            layOut(&screen, state: state)
            state.stack[index] = .card(screen)
            break
        }
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
}
