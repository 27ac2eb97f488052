/// The three lists of the catalog: agencies → Bagian → services.
enum BrowserScreen {
    enum Action: Sendable {
        case move(ListKeys.Move)
        case open, back, newRequest
        case common(CommonAction)
    }

    static func keyMap(_ state: AppState) -> KeyMap<Action> {
        let title: String
        switch state.top {
        case .agencies: title = "Bantuan: daftar instansi"
        case .units: title = "Bantuan: daftar Bagian"
        default: title = "Bantuan: daftar layanan"
        }
        var bindings = ListKeys.moves(Action.move)
        bindings.append(
            KeyBinding([.enter, .right, .char("l")], "Enter  →  l", "buka", bar: KeyHint("Enter", "Buka"), .open))
        if case .services = state.top {
            bindings.append(
                KeyBinding(
                    [.char("n"), .function(2)], "n  F2", "permohonan baru untuk layanan yang dipilih",
                    bar: KeyHint("n", "Baru"), .newRequest))
        }
        if !state.isAtRoot {
            bindings.append(
                KeyBinding(
                    [.escape, .left, .backspace, .char("h")], "Esc  ←  h", "kembali (pilihan tetap)",
                    bar: KeyHint("Esc", "Kembali"), .back))
        }
        return KeyMap(title, bindings + CommonKeys.bindings(state, Action.common))
    }

    static func count(_ state: AppState, _ route: Route) -> Int {
        switch route {
        case .agencies: state.catalog.agencies.count
        case .units(let agency, _): state.catalog.agencies[agency].units.count
        case .services(let agency, let unit, _): state.catalog.agencies[agency].units[unit].services.count
        default: 0
        }
    }

    static func cursor(_ route: Route) -> ListCursor? {
        switch route {
        case .agencies(let c), .units(_, let c), .services(_, _, let c): c
        default: nil
        }
    }

    static func update(_ state: inout AppState, _ key: Key, _ effects: inout [Effect]) {
        let route = state.top
        guard var cursor = cursor(route), let action = keyMap(state).action(for: key) else { return }
        let count = count(state, route)
        switch action {
        case .move(let move):
            ListKeys.apply(move, to: &cursor, count: count, visible: state.listRows)
            state.top = route.with(cursor: cursor)
        case .open:
            guard count > 0 else { return }
            open(&state, route, cursor.selected, &effects)
        case .newRequest:
            guard count > 0, case .services(let agency, let unit, _) = route else { return }
            let path = CatalogSnapshot.Path(agency: agency, unit: unit, service: cursor.selected)
            RequestForm.open(&state, path: path, &effects)
        case .back: App.goBack(&state)
        case .common(let common): CommonKeys.perform(common, &state, &effects)
        }
    }

    static func open(_ state: inout AppState, _ route: Route, _ index: Int, _ effects: inout [Effect]) {
        switch route {
        case .agencies:
            state.stack.append(.units(agency: index, cursor: ListCursor()))
        case .units(let agency, _):
            state.stack.append(.services(agency: agency, unit: index, cursor: ListCursor()))
        case .services(let agency, let unit, _):
            CardScreen.open(&state, CatalogSnapshot.Path(agency: agency, unit: unit, service: index), &effects)
        default:
            break
        }
    }
}

extension Route {
    func with(cursor: ListCursor) -> Route {
        switch self {
        case .agencies: .agencies(cursor)
        case .units(let agency, _): .units(agency: agency, cursor: cursor)
        case .services(let agency, let unit, _): .services(agency: agency, unit: unit, cursor: cursor)
        default: self
        }
    }
}
