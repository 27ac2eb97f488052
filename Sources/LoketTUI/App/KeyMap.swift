/// One key binding: the keys, what help and the bottom bar call them, and the action. Help, the
/// bottom bar and `update` all read the same value, so a binding cannot drift from its help.
public struct KeyBinding<Action: Sendable>: Sendable {
    public var keys: [Key]
    /// The keys as help lists them (`↑ ↓  j k`).
    public var shown: String
    /// What the binding does, for help.
    public var help: String
    /// The bottom bar's short form (keys, label); nil: help only.
    public var bar: KeyHint?
    public var action: Action

    public init(_ keys: [Key], _ shown: String, _ help: String, bar: KeyHint? = nil, _ action: Action) {
        self.keys = keys
        self.shown = shown
        self.help = help
        self.bar = bar
        self.action = action
    }
}

/// A screen's bindings, in the order help lists them.
public struct KeyMap<Action: Sendable>: Sendable {
    public var title: String
    public var bindings: [KeyBinding<Action>]

    public init(_ title: String, _ bindings: [KeyBinding<Action>]) {
        self.title = title
        self.bindings = bindings
    }

    /// The action of `key`, nil when the screen does not bind it.
    public func action(for key: Key) -> Action? {
        bindings.first { $0.keys.contains(key) }?.action
    }

    /// The bottom bar's hints.
    public var bar: [KeyHint] { bindings.compactMap(\.bar) }

    /// Help's lines.
    public var help: [KeyHint] { bindings.map { KeyHint($0.shown, $0.help) } }
}

/// What the help overlay and the bottom bar show for the screen on top.
public struct ScreenKeys: Sendable {
    public var title: String
    public var bar: [KeyHint]
    public var help: [KeyHint]

    init<Action>(_ map: KeyMap<Action>) {
        title = map.title
        bar = map.bar
        help = map.help
    }
}

/// Bindings every list-like screen shares.
enum ListKeys {
    enum Move: Sendable, Hashable { case up, down, pageUp, pageDown, first, last }

    static func moves<Action>(_ wrap: (Move) -> Action, bar: String = "Pilih") -> [KeyBinding<Action>] {
        [
            KeyBinding([.up, .char("k")], "↑  k", "baris sebelumnya", bar: KeyHint("↑↓", bar), wrap(.up)),
            KeyBinding([.down, .char("j")], "↓  j", "baris berikutnya", wrap(.down)),
            KeyBinding([.pageUp], "PgUp", "satu halaman naik", wrap(.pageUp)),
            KeyBinding([.pageDown, .char(" ")], "PgDn  Spasi", "satu halaman turun", wrap(.pageDown)),
            KeyBinding([.home, .char("g")], "Home  g", "ke baris pertama", wrap(.first)),
            KeyBinding([.end, .char("G")], "End  G", "ke baris terakhir", wrap(.last)),
        ]
    }

    static func apply(_ move: Move, to cursor: inout ListCursor, count: Int, visible: Int) {
        switch move {
        case .up: cursor.move(by: -1, count: count, visible: visible)
        case .down: cursor.move(by: 1, count: count, visible: visible)
        case .pageUp: cursor.move(by: -visible, count: count, visible: visible)
        case .pageDown: cursor.move(by: visible, count: count, visible: visible)
        case .first: cursor.select(0, count: count, visible: visible)
        case .last: cursor.select(count - 1, count: count, visible: visible)
        }
    }
}
