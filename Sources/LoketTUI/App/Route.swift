/// One screen of the catalog browser. The app keeps a stack of them; going back pops.
public enum Route: Sendable {
    /// The agencies (shown only when there is more than one).
    case agencies(ListCursor)
    /// The Bagian of an agency with their service counts.
    case units(agency: Int, cursor: ListCursor)
    /// The services of a Bagian with their jangka waktu.
    case services(agency: Int, unit: Int, cursor: ListCursor)
    /// One service's card.
    case card(CardScreen)

    /// The agency this screen is inside, if any.
    var agencyIndex: Int? {
        switch self {
        case .agencies: nil
        case .units(let agency, _): agency
        case .services(let agency, _, _): agency
        case .card(let card): card.path.agency
        }
    }

    /// The unit this screen is inside, if any.
    var unitIndex: Int? {
        switch self {
        case .agencies, .units: nil
        case .services(_, let unit, _): unit
        case .card(let card): card.path.unit
        }
    }
}

/// The card screen: the card once loaded, its laid-out lines and the scroll position.
public struct CardScreen: Sendable {
    public var path: CatalogSnapshot.Path
    public var serviceID: Int64
    /// Nil while loading or when loading failed.
    public var card: CardData?
    /// Why the card could not be shown.
    public var failure: String?
    /// The first line shown.
    public var scroll: Int = 0
    /// The card laid out for `layoutWidth` columns.
    public var lines: [CardLine] = []
    public var layoutWidth: Int = 0
    /// Set when the card was opened from search results: going back reopens them.
    public var fromSearch: SearchReturn?

    public init(path: CatalogSnapshot.Path, serviceID: Int64) {
        self.path = path
        self.serviceID = serviceID
    }
}

/// What a card opened from search results goes back to: the results (query, cursor) over the
/// screens the search was opened from.
public struct SearchReturn: Sendable {
    public var search: SearchState
    public var stack: [Route]
    /// The card height the stack's card screens were scrolled for.
    public var cardRows: Int
}

/// The search line and its results.
public struct SearchState: Sendable {
    public var query: String = ""
    public var hits: [ServiceSearchIndex.Hit] = []
    /// More services match than ``SearchState/hitLimit`` (the count shows `200+`).
    public var hasMore = false
    public var cursor = ListCursor()

    /// Results shown at most.
    public static let hitLimit = 200

    public init() {}
}
