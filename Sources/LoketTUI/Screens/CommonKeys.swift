/// The keys most screens share: help, search, the requests list, the board and the monthly
/// report (supervisors and admins), quit (at the top only).
enum CommonAction: Sendable, Hashable {
    case help, search, requests, board, report, quit
}

enum CommonKeys {
    static func bindings<Action>(_ state: AppState, _ wrap: (CommonAction) -> Action) -> [KeyBinding<Action>] {
        var keys = [
            KeyBinding(
                [.function(1), .char("?")], "F1  ?", "bantuan ini (Esc, q atau ? menutup)",
                bar: KeyHint("F1/?", "Bantuan"), wrap(.help)),
            KeyBinding([.char("/")], "/", "cari layanan di semua instansi", bar: KeyHint("/", "Cari"), wrap(.search)),
            KeyBinding(
                [.function(4), .char("r")], "F4  r", "daftar permohonan", bar: KeyHint("F4", "Permohonan"),
                wrap(.requests)),
        ]
        if state.role.allows(.readReports) {
            keys.append(
                KeyBinding(
                    [.function(5), .char("b")], "F5  b", "papan pengawasan: terlambat dan segera jatuh tempo",
                    bar: KeyHint("F5", "Papan"), wrap(.board)))
            keys.append(
                KeyBinding(
                    [.function(6)], "F6", "laporan bulanan: tepat waktu, terlambat, median, IKM",
                    bar: KeyHint("F6", "Laporan"), wrap(.report)))
        }
        if state.isAtRoot {
            keys.append(KeyBinding([.char("q")], "q", "keluar dari program", bar: KeyHint("q", "Keluar"), wrap(.quit)))
        }
        return keys
    }

    /// Listed in every help: Ctrl-C is handled before any screen.
    static let ctrlC = KeyHint("Ctrl-C", "keluar dari program (bertanya dulu bila ada isian)")

    static func perform(_ action: CommonAction, _ state: inout AppState, _ effects: inout [Effect]) {
        switch action {
        case .help: state.showsHelp = true
        case .search: state.search = SearchState()
        case .requests: RequestListScreen.open(&state, &effects)
        case .board: BoardScreen.open(&state, &effects)
        case .report: ReportScreen.open(&state, &effects)
        case .quit: App.requestQuit(&state, &effects)
        }
    }
}
