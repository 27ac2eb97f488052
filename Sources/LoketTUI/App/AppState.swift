/// The whole interface as a value.
public struct AppState: Sendable {
    public let catalog: CatalogSnapshot
    public let index: ServiceSearchIndex
    /// The browser's screens, root first. Never empty.
    public var stack: [Route]
    /// The search overlay, when open; the stack underneath is untouched.
    public var search: SearchState?
    /// The help overlay.
    public var showsHelp = false
    /// The "quit and lose unsaved work?" question.
    public var confirmsQuit = false
    public var width: Int
    public var height: Int
    /// Who runs the program and their role (shown in the top bar).
    public var operatorName: String
    public var role: String
    /// Set by screens that hold unsaved input (request forms, part 2); quitting then asks first.
    public var hasUnsavedWork = false

    public init(
        catalog: CatalogSnapshot, index: ServiceSearchIndex? = nil, width: Int = 80, height: Int = 24,
        operatorName: String, role: String
    ) {
        self.catalog = catalog
        self.index = index ?? ServiceSearchIndex(catalog)
        self.width = width
        self.height = height
        self.operatorName = operatorName
        self.role = role
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

    public var top: Route { stack[stack.count - 1] }
    public var isAtRoot: Bool { stack.count == 1 }

    /// The agency the current screen is about (the selected one on the agency list).
    public var currentAgency: Int? {
        if let agency = top.agencyIndex { return agency }
        if case .agencies(let cursor) = top, catalog.agencies.indices.contains(cursor.selected) {
            return cursor.selected
        }
        return catalog.agencies.isEmpty ? nil : 0
    }
}

