/// The search overlay: typed letters go to the query; results below.
enum SearchScreen {
    enum Action: Sendable {
        case close, help, open
        case move(ListKeys.Move)
        case deleteLetter, clear
    }

    static func keyMap(_ state: AppState) -> KeyMap<Action> {
        KeyMap(
            "Bantuan: pencarian",
            [
                KeyBinding(
                    [.function(1)], "F1", "bantuan ini (di baris cari, ? adalah huruf)",
                    bar: KeyHint("F1", "Bantuan"), .help),
                KeyBinding([.up], "↑", "hasil sebelumnya", bar: KeyHint("↑↓", "Pilih"), .move(.up)),
                KeyBinding([.down, .tab], "↓  Tab", "hasil berikutnya", .move(.down)),
                KeyBinding([.pageUp], "PgUp", "satu halaman naik", .move(.pageUp)),
                KeyBinding([.pageDown], "PgDn", "satu halaman turun", .move(.pageDown)),
                // The search line has no text cursor (letters go at its end): Home and End
                // choose the first and last result.
                KeyBinding([.home], "Home", "hasil pertama", .move(.first)),
                KeyBinding([.end], "End", "hasil terakhir", .move(.last)),
                KeyBinding([.enter], "Enter", "buka kartu layanan yang dipilih", bar: KeyHint("Enter", "Buka"), .open),
                KeyBinding([.backspace], "Backspace", "hapus huruf terakhir", .deleteLetter),
                KeyBinding([.ctrlU], "Ctrl-U", "hapus seluruh kata", .clear),
                KeyBinding(
                    [.escape], "Esc", "tutup pencarian, kembali ke layar sebelumnya",
                    bar: KeyHint("Esc", "Tutup"), .close),
            ])
    }

    /// Letters typed, besides the bindings: `huruf, angka`.
    static let typing = KeyHint(
        "huruf, angka", "kata yang dicari (urutan, aksen dan salah ketik kecil tidak berpengaruh)")

    static func update(_ state: inout AppState, _ key: Key, _ effects: inout [Effect]) {
        guard var search = state.search else { return }
        let visible = state.listRows
        var queryChanged = false
        if let action = keyMap(state).action(for: key) {
            switch action {
            case .close:
                state.search = nil
                return
            case .help:
                state.showsHelp = true
                return
            case .open:
                guard let hit = search.hits[safe: search.cursor.selected] else { return }
                state.search = nil
                openFromSearch(&state, hit.path, search, &effects)
                return
            case .move(let move):
                ListKeys.apply(move, to: &search.cursor, count: search.hits.count, visible: visible)
            case .deleteLetter:
                if !search.query.isEmpty {
                    search.query.removeLast()
                    queryChanged = true
                }
            case .clear:
                search.query = ""
                queryChanged = true
            }
        } else if case .char(let character) = key {
            if search.query.count < 60 {
                let clean = Sanitizer.clean(String(character))
                if !clean.isEmpty {
                    search.query += clean
                    queryChanged = true
                }
            }
        }
        if queryChanged {
            search.hits = state.index.search(search.query, limit: SearchState.hitLimit + 1)
            search.hasMore = search.hits.count > SearchState.hitLimit
            if search.hasMore { search.hits.removeLast(search.hits.count - SearchState.hitLimit) }
            search.cursor = ListCursor()
        }
        state.search = search
    }

    /// Replaces the browser's part of the stack with the service's path (agency → Bagian →
    /// services → card), so that the lists behind the card lead to the service; Esc from the
    /// card goes back to the results first.
    static func openFromSearch(
        _ state: inout AppState, _ path: CatalogSnapshot.Path, _ search: SearchState, _ effects: inout [Effect]
    ) {
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
        CardScreen.open(&state, path, fromSearch: search, &effects)
    }
}
