import Foundation

/// The search overlay: the query line on the title row, results below (name, Bagian, agency).
enum SearchView {
    static func draw(_ state: AppState, _ search: SearchState, into screen: inout Screen) {
        let prompt = "Cari: "
        screen.put(prompt, row: 1, column: 1, style: .heading)
        let queryColumn = 1 + DisplayWidth.of(prompt)
        let shown = screen.put(search.query, row: 1, column: queryColumn, limit: screen.width - queryColumn - 20)
        screen.put("_", row: 1, column: queryColumn + shown, style: Style([.reverse], role: .accent))
        let count: String
        if search.query.trimmingCharacters(in: .whitespaces).isEmpty {
            count = "ketik nama layanan atau Bagian"
        } else if search.hits.isEmpty {
            count = "tidak ada hasil"
        } else {
            let number = search.hasMore ? "\(search.hits.count)+" : "\(search.hits.count)"
            if search.hits.first?.isComplete == false {
                count = "\(number) hasil, cocok sebagian"
            } else if search.hits.first?.isCorrected == true {
                // Found only with a typing mistake forgiven (`hibh`): said, so the list is not a surprise.
                count = "\(number) hasil, ejaan mirip"
            } else {
                count = "\(number) hasil"
            }
        }
        screen.put(count, row: 1, column: screen.width - DisplayWidth.of(count) - 1, style: .muted)
        let rightWidth = min(34, screen.width * 2 / 5)
        CatalogListView.header("Layanan", right: "Instansi · Bagian".padding(rightWidth), into: &screen)
        let rows = search.hits.map { hit -> (String, String) in
            let agency = state.catalog.agencies[hit.path.agency]
            let unit = agency.units[hit.path.unit]
            let service = unit.services[hit.path.service]
            let place = unit.name == agency.name ? agency.code : "\(agency.code) · \(unit.name)"
            // Another agency than the user's: marked (they come after the user's own).
            return (service.name, hit.isElsewhere ? "lain: " + place : place)
        }
        if !rows.isEmpty {
            CatalogListView.list(rows, search.cursor, rightWidth: rightWidth, visible: state.listRows, into: &screen)
        }
    }
}
