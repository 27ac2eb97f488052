/// One screen. The app keeps a stack of them; going back pops.
public enum Route: Sendable {
    /// The agencies (shown only when there is more than one).
    case agencies(ListCursor)
    /// The Bagian of an agency with their service counts.
    case units(agency: Int, cursor: ListCursor)
    /// The services of a Bagian with their jangka waktu.
    case services(agency: Int, unit: Int, cursor: ListCursor)
    /// One service's card.
    case card(CardScreen)
    /// A new request for a service.
    case form(RequestForm)
    /// A request just logged: its number and deadline in large print.
    case saved(SavedScreen)
    /// The requests list.
    case requests(RequestListScreen)
    /// One request with its actions.
    case request(RequestScreen)
    /// The supervisors' board: overdue and due soon, per Bagian, live.
    case board(BoardScreen)
    /// The monthly report of the user's units (F6): figures, on-time bars, SKM.
    case report(ReportScreen)

    /// The agency this screen is inside, if any.
    var agencyIndex: Int? {
        switch self {
        case .agencies, .requests, .request, .saved, .board, .report: nil
        case .units(let agency, _): agency
        case .services(let agency, _, _): agency
        case .card(let card): card.path.agency
        case .form(let form): form.path?.agency
        }
    }

    /// The unit this screen is inside, if any.
    var unitIndex: Int? {
        switch self {
        case .agencies, .units, .requests, .request, .saved, .board, .report: nil
        case .services(_, let unit, _): unit
        case .card(let card): card.path.unit
        case .form(let form): form.path?.unit
        }
    }
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
