/// After F2: the request's number and deadline in large print, the receipt one key away.
public struct SavedScreen: Sendable {
    public var request: RequestView
    public var message: Notice?

    public init(request: RequestView, message: Notice? = nil) {
        self.request = request
        self.message = message
    }

    enum Action: Sendable {
        case print, open, another, back
        case common(CommonAction)
    }

    static func keyMap(_ state: AppState) -> KeyMap<Action> {
        KeyMap(
            "Bantuan: permohonan tersimpan",
            [
                KeyBinding([.char("p")], "p", "cetak tanda terima", bar: KeyHint("p", "Cetak"), .print),
                KeyBinding([.enter], "Enter", "buka permohonan ini", bar: KeyHint("Enter", "Buka"), .open),
                KeyBinding(
                    [.char("n"), .function(2)], "n  F2", "permohonan baru untuk layanan yang sama",
                    bar: KeyHint("n", "Baru lagi"), .another),
                KeyBinding(
                    [.escape, .left, .char("h")], "Esc  ←  h", "kembali ke kartu layanan",
                    bar: KeyHint("Esc", "Kembali"), .back),
            ] + CommonKeys.bindings(state, Action.common))
    }

    static func update(_ state: inout AppState, _ key: Key, _ effects: inout [Effect]) {
        guard case .saved(let screen) = state.top, let action = keyMap(state).action(for: key) else { return }
        switch action {
        case .print: effects.append(.fetch(.printReceipt(number: screen.request.number)))
        case .open: RequestScreen.open(&state, number: screen.request.number, &effects)
        case .another:
            App.goBack(&state)
            if case .card(let card) = state.top { RequestForm.open(&state, path: card.path, &effects) }
        case .back: App.goBack(&state)
        case .common(let common): CommonKeys.perform(common, &state, &effects)
        }
    }
}
