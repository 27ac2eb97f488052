import Foundation
import LoketStore
import LoketTUI

/// Builds the interface's values from the store: the catalog snapshot (one query) and a card
/// provider that reads one card when it is opened.
enum TUISource {
    static func snapshot(_ tree: [AgencyNode], searchTexts: [Int64: String] = [:]) -> CatalogSnapshot {
        CatalogSnapshot(
            agencies: tree.map { agency in
                CatalogSnapshot.Agency(
                    id: agency.id, name: agency.name, code: agency.code, timeZone: agency.timeZone,
                    units: agency.units.map { unit in
                        CatalogSnapshot.Unit(
                            id: unit.id, name: unit.name,
                            services: unit.services.map {
                                CatalogSnapshot.Service(
                                    id: $0.id, name: $0.name, timeLimitRaw: $0.timeLimitRaw,
                                    timeLimitOverride: $0.timeLimitOverride, searchText: searchTexts[$0.id] ?? "")
                            })
                    })
            })
    }

    static func cards(_ store: Store) -> CardProvider {
        { serviceID in
            guard let card = try store.serviceCard(serviceID: serviceID) else { return nil }
            return CardData(
                serviceID: card.serviceID, name: card.name, unitName: card.unitName, agencyName: card.agency.name,
                decreeNumber: card.decree.number, decreeDate: card.decree.date, timeLimitRaw: card.timeLimitRaw,
                rows: card.components.map { CardData.Row(number: $0.number, label: $0.label, text: $0.text) },
                timeLimitOverride: card.timeLimitOverride.map {
                    CardData.Override(text: $0.text, reason: $0.reason, setBy: $0.setBy)
                })
        }
    }

    /// The program with its first state, ready to draw, for the user running it. `clock` is the
    /// session's (an admin's `LOKET_NOW` shows as the time on the top bar).
    static func program(
        store: Store, user: User, width: Int = 80, height: Int = 24,
        clock: @escaping @Sendable () -> Date = { Date() }
    ) throws -> Program {
        let catalog = snapshot(try store.catalogTree(), searchTexts: try store.serviceSearchTexts())
        var state = AppState(
            catalog: catalog, width: width, height: height, operatorName: user.account, role: user.role.rawValue)
        // Search lists the user's own Bagian and agency first (no units: every unit, no preference).
        state.searchHome = ServiceSearchIndex.Home(unitIDs: Set(user.units.map(\.id)))
        return Program(state: state, cards: cards(store), clock: clock)
    }
}
