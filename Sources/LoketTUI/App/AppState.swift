import Foundation
import LoketCore

/// The whole interface as a value.
public struct AppState: Sendable {
    public let catalog: CatalogSnapshot
    public let index: ServiceSearchIndex
    /// The screens, root first. Never empty.
    public var stack: [Route]
    /// The search overlay, when open; the stack underneath is untouched.
    public var search: SearchState?
    /// The help overlay.
    public var showsHelp = false
    /// The "quit and lose unsaved work?" question.
    public var confirmsQuit = false
    public var width: Int
    public var height: Int
    /// Who runs the program and their role (shown in the top bar; decides the actions offered).
    public var operatorName: String
    public var role: Role
    /// The units the user works in (empty: every unit), for the requests list's "my Bagian".
    public var homeUnits: Set<Int64>
    /// The time of the key being handled (the program sets it from its clock).
    public var now: Date

    public init(
        catalog: CatalogSnapshot, index: ServiceSearchIndex? = nil, width: Int = 80, height: Int = 24,
        operatorName: String, role: Role, homeUnits: Set<Int64> = [], now: Date = Date()
    ) {
        self.catalog = catalog
        self.index = index ?? ServiceSearchIndex(catalog)
        self.width = width
        self.height = height
        self.operatorName = operatorName
        self.role = role
        self.homeUnits = homeUnits
        self.now = now
        stack = [catalog.agencies.count == 1 ? .units(agency: 0, cursor: ListCursor()) : .agencies(ListCursor())]
    }

    /// The minimum size the interface draws at.
    public static let minimumWidth = 80
    public static let minimumHeight = 24

    public var isTooSmall: Bool { width < Self.minimumWidth || height < Self.minimumHeight }

    /// Rows a list shows (between the title, the column header and the bottom bar).
    public var listRows: Int { max(1, height - 4) }
    /// Rows the card shows.
    public var cardRows: Int { max(1, height - 3) }

    public var top: Route {
        get { stack[stack.count - 1] }
        set { stack[stack.count - 1] = newValue }
    }
    public var isAtRoot: Bool { stack.count == 1 }

    /// A form somewhere on the stack holds typed input: quitting asks first.
    public var hasUnsavedWork: Bool {
        stack.contains {
            switch $0 {
            case .form(let form): form.hasInput
            case .request(let screen): screen.dialog?.hasInput ?? false
            default: false
            }
        }
    }

    /// The zone of the user's own agency: the first agency (by id) holding one of the user's
    /// units, the first agency for a user of every unit, as the store reads it for
    /// `loket report`. The report's "this month" is read in it.
    public var homeTimeZone: TimeZone {
        let home = catalog.agencies.filter { agency in agency.units.contains { homeUnits.contains($0.id) } }
        return ((home.isEmpty ? catalog.agencies : home).min { $0.id < $1.id })?.timeZone ?? .current
    }

    /// The agency the current screen is about (the selected one on the agency list).
    public var currentAgency: Int? {
        if let agency = top.agencyIndex { return agency }
        if case .agencies(let cursor) = top, catalog.agencies.indices.contains(cursor.selected) {
            return cursor.selected
        }
        return catalog.agencies.isEmpty ? nil : 0
    }

    /// Where a service of the catalog sits, by id.
    public func path(ofService id: Int64) -> CatalogSnapshot.Path? {
        for (a, agency) in catalog.agencies.enumerated() {
            for (u, unit) in agency.units.enumerated() {
                if let s = unit.services.firstIndex(where: { $0.id == id }) {
                    return CatalogSnapshot.Path(agency: a, unit: u, service: s)
                }
            }
        }
        return nil
    }
}
