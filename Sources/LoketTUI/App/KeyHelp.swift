/// A key and what it does, as the bottom bar and help show it.
public struct KeyHint: Hashable, Sendable {
    public var keys: String
    public var label: String

    public init(_ keys: String, _ label: String) {
        self.keys = keys
        self.label = label
    }
}

/// The bottom bar and the help overlay, both from the key map of the screen on top.
public enum KeyHelp {
    /// What the bottom bar shows for the state.
    public static func bar(_ state: AppState) -> [KeyHint] {
        if state.confirmsQuit { return [KeyHint("y", "Ya, keluar"), KeyHint("n", "Batal")] }
        if state.showsHelp { return [KeyHint("Esc", "Tutup bantuan")] }
        return App.keys(state).bar
    }

    /// The help overlay's list for the screen under it.
    public static func full(_ state: AppState) -> (title: String, keys: [KeyHint]) {
        let keys = App.keys(state)
        var lines = keys.help
        if state.search != nil { lines.insert(SearchScreen.typing, at: 0) }
        if case .form = state.top, state.search == nil { lines.insert(RequestForm.typing, at: 0) }
        return (keys.title, lines + [CommonKeys.ctrlC])
    }
}
