import Foundation

/// The view: draws a state into a screen. Rows: 0 the top bar, 1 the title, 2 ..< height-1 the
/// body, height-1 the bottom bar.
public enum AppView {
    static let quitQuestion = "Ada isian yang belum disimpan. Keluar juga? (y/n)"

    public static func draw(_ state: AppState, into screen: inout Screen, now: Date) {
        screen.clear()
        if state.isTooSmall || screen.width < AppState.minimumWidth || screen.height < AppState.minimumHeight {
            TooSmallView.draw(
                width: state.width, height: state.height, question: state.confirmsQuit ? quitQuestion : nil,
                into: &screen)
            return
        }
        TopBar.draw(state, into: &screen, now: now)
        if let search = state.search {
            SearchView.draw(state, search, into: &screen)
        } else {
            switch state.top {
            case .agencies(let cursor): CatalogListView.agencies(state, cursor, into: &screen)
            case .units(let agency, let cursor): CatalogListView.units(state, agency, cursor, into: &screen)
            case .services(let agency, let unit, let cursor):
                CatalogListView.services(state, agency, unit, cursor, into: &screen)
            case .card(let card): CardView.draw(state, card, into: &screen)
            case .form(let form): FormView.draw(state, form, into: &screen)
            case .saved(let saved): SavedView.draw(state, saved, into: &screen)
            case .requests(let list): RequestListView.draw(state, list, into: &screen)
            case .request(let request): RequestScreenView.draw(state, request, into: &screen)
            case .board(let board): BoardView.draw(state, board, into: &screen)
            case .report(let report): ReportView.draw(state, report, into: &screen)
            }
        }
        if state.showsHelp { HelpView.draw(state, into: &screen) }
        if state.confirmsQuit { ConfirmView.draw(quitQuestion, into: &screen) }
        BottomBar.draw(KeyHelp.bar(state), into: &screen)
    }
}
