import Foundation
import LoketCore
import LoketPresentation

/// The monthly report (F6, supervisors and admins): the table of `loket report` for the user's
/// units, a bar per Bagian for its on-time share, and the SKM (per element averages, IKM and
/// grade) below the table. ←/→ change the month (never past the current one); the current
/// month comes first. What each figure counts: README, "The monthly report and the SKM".
public struct ReportScreen: Sendable {
    /// The month shown (or being read).
    public var month: ReportMonth
    /// The latest month that may be chosen: the current one (moved on by → when the clock has).
    public var latest: ReportMonth
    /// The report of ``month``; nil while it is read.
    public var report: MonthlyReport?
    public var isLoading = true
    public var failure: String?
    /// A one-line message (the next month has not come yet).
    public var notice: Notice?
    /// The first body line shown.
    public var scroll = 0
    /// ``report`` laid out for the screen's width: set when it arrives and on a resize.
    var layout = ReportLayout.Layout()

    public init(month: ReportMonth) {
        self.month = month
        latest = month
    }

    /// Body lines between the column header and the pinned total line.
    static func visibleLines(_ state: AppState) -> Int { max(1, state.height - 5) }

    /// The month the user's own agency is in now (``AppState/homeTimeZone``, as `loket report`).
    static func currentMonth(_ state: AppState) -> ReportMonth {
        ReportMonth(containing: state.now, in: state.homeTimeZone)
    }

    // MARK: - Keys

    enum Action: Sendable, Hashable {
        case scroll(ListKeys.Move)
        case previousMonth, nextMonth, survey, reload, back
        case common(CommonAction)
    }

    static func keyMap(_ state: AppState) -> KeyMap<Action> {
        var bindings: [KeyBinding<Action>] = [
            KeyBinding([.up, .char("k")], "↑  k", "gulir naik", bar: KeyHint("↑↓", "Gulir"), .scroll(.up)),
            KeyBinding([.down, .char("j")], "↓  j", "gulir turun", .scroll(.down)),
            KeyBinding([.pageUp], "PgUp", "satu halaman naik", .scroll(.pageUp)),
            KeyBinding([.pageDown, .char(" ")], "PgDn  Spasi", "satu halaman turun", .scroll(.pageDown)),
            KeyBinding([.home, .char("g")], "Home  g", "ke awal tabel", .scroll(.first)),
            KeyBinding([.end, .char("G")], "End  G", "ke akhir (SKM dan keterangan)", .scroll(.last)),
            KeyBinding(
                [.left, .char("h")], "←  h", "bulan sebelumnya", bar: KeyHint("←→", "Bulan"), .previousMonth),
            KeyBinding([.right, .char("l")], "→  l", "bulan berikutnya (paling jauh bulan ini)", .nextMonth),
            KeyBinding(
                [.char("i")], "i", "survei kepuasan (SKM, IKM) / kembali ke tabel", bar: KeyHint("i", "SKM"),
                .survey),
            KeyBinding([.function(6), .char("R")], "F6  R", "muat ulang", .reload),
            KeyBinding([.escape, .char("q")], "Esc  q", "kembali", bar: KeyHint("Esc", "Kembali"), .back),
        ]
        // Every shared key but the report's own (F6 here reloads).
        bindings += CommonKeys.bindings(state, Action.common).filter { $0.action != .common(.report) }
        return KeyMap("Bantuan: laporan bulanan", bindings)
    }

    // MARK: - Update

    /// Opens the report on the current month, or goes back to the one already open.
    static func open(_ state: inout AppState, _ effects: inout [Effect]) {
        if let index = state.stack.lastIndex(where: { if case .report = $0 { true } else { false } }) {
            state.stack.removeSubrange((index + 1)...)
            if case .report(var screen) = state.top {
                screen.isLoading = true
                state.top = .report(screen)
                effects.append(.fetch(.report(month: screen.month)))
            }
            return
        }
        let screen = ReportScreen(month: currentMonth(state))
        state.stack.append(.report(screen))
        effects.append(.fetch(.report(month: screen.month)))
    }

    static func update(_ state: inout AppState, _ key: Key, _ effects: inout [Effect]) {
        guard case .report(var screen) = state.top, let action = keyMap(state).action(for: key) else { return }
        screen.notice = nil
        let visible = visibleLines(state)
        let maximum = max(0, screen.layout.lines.count - visible)
        switch action {
        case .scroll(let move):
            switch move {
            case .up: screen.scroll -= 1
            case .down: screen.scroll += 1
            case .pageUp: screen.scroll -= max(1, visible - 1)
            case .pageDown: screen.scroll += max(1, visible - 1)
            case .first: screen.scroll = 0
            case .last: screen.scroll = maximum
            }
            screen.scroll = min(max(0, screen.scroll), maximum)
        case .previousMonth:
            let previous = screen.month.previous
            // The first supported year's January has no month before it the calendar can read.
            guard ReportMonth(year: previous.year, month: previous.month) != nil else {
                screen.notice = Notice("Tidak ada bulan sebelumnya.", isProblem: true)
                break
            }
            screen.show(previous, &effects)
        case .nextMonth:
            // A screen left open over a month's end reaches the new month.
            screen.latest = max(screen.latest, currentMonth(state))
            guard screen.month < screen.latest else {
                screen.notice = Notice("Bulan berikutnya belum ada.", isProblem: true)
                break
            }
            screen.show(screen.month.next, &effects)
        case .survey:
            let start = screen.layout.surveyLine ?? maximum
            screen.scroll = screen.scroll >= min(start, maximum) && screen.scroll > 0 ? 0 : min(start, maximum)
        case .reload:
            screen.isLoading = true
            effects.append(.fetch(.report(month: screen.month)))
        case .back:
            App.goBack(&state)
            return
        case .common(let common):
            state.top = .report(screen)
            CommonKeys.perform(common, &state, &effects)
            return
        }
        state.top = .report(screen)
    }

    /// Asks for `month`, from the top of the table.
    mutating func show(_ month: ReportMonth, _ effects: inout [Effect]) {
        self.month = month
        report = nil
        layout = ReportLayout.Layout(width: layout.width)
        failure = nil
        isLoading = true
        scroll = 0
        effects.append(.fetch(.report(month: month)))
    }

    static func loaded(_ state: inout AppState, _ month: ReportMonth, _ result: Result<MonthlyReport, DataError>) {
        guard let index = state.stack.lastIndex(where: { if case .report = $0 { true } else { false } }),
            case .report(var screen) = state.stack[index], screen.month == month
        else { return }  // an answer for a month no longer shown
        screen.isLoading = false
        switch result {
        case .success(let report):
            screen.report = report
            screen.failure = nil
            screen.refit(state)
        case .failure(let error):
            screen.failure = error.message
        }
        state.stack[index] = .report(screen)
    }

    /// After a new report or a resize: laid out for the width, the scroll within the lines.
    mutating func refit(_ state: AppState) {
        layout = ReportLayout.layout(report, width: state.width)
        scroll = min(max(0, scroll), max(0, layout.lines.count - Self.visibleLines(state)))
    }
}
