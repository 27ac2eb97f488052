import Foundation

/// Runs the state machine: feeds keys, performs effects through the data side synchronously,
/// and draws. The terminal backend and the tests drive the same program.
public struct Program: Sendable {
    public private(set) var state: AppState
    public private(set) var isFinished = false
    private let data: any CounterData
    private let clock: @Sendable () -> Date

    public init(state: AppState, data: any CounterData, clock: @escaping @Sendable () -> Date = { Date() }) {
        self.state = state
        self.data = data
        self.clock = clock
        self.state.now = clock()
    }

    /// A catalog-only program: cards from `cards`, every other request answered "not available".
    public init(state: AppState, cards: @escaping CardProvider, clock: @escaping @Sendable () -> Date = { Date() }) {
        self.init(state: state, data: CatalogOnlyData(cards: cards), clock: clock)
    }

    /// Handles one key and its effects.
    public mutating func send(_ key: Key) {
        state.now = clock()
        let (next, effects) = App.update(state, key)
        state = next
        perform(effects)
    }

    private mutating func perform(_ effects: [Effect]) {
        var queue = effects
        while !queue.isEmpty {
            let effect = queue.removeFirst()
            switch effect {
            case .fetch(let request):
                let (next, more) = App.receive(state, data.perform(request))
                state = next
                queue += more
            case .quit:
                isFinished = true
            }
        }
    }

    public mutating func send(_ keys: [Key]) {
        for key in keys { send(key) }
    }

    public mutating func send(_ first: Key, _ second: Key, _ more: Key...) {
        send([first, second] + more)
    }

    /// Draws the current state into `screen` (resized to the state's size when it differs).
    public func render(into screen: inout Screen) {
        if screen.width != state.width || screen.height != state.height {
            screen = Screen(width: state.width, height: state.height, glyphs: screen.glyphs)
        }
        AppView.draw(state, into: &screen, now: clock())
    }

    /// A fresh screen with the current state drawn.
    public func render(glyphs: Glyphs = .unicode) -> Screen {
        var screen = Screen(width: state.width, height: state.height, glyphs: glyphs)
        AppView.draw(state, into: &screen, now: clock())
        return screen
    }
}

/// Loads a card when it is opened. Nil when the service no longer exists; a thrown error is
/// shown on the card screen.
public typealias CardProvider = @Sendable (Int64) throws -> CardData?

/// Data for a catalog-only program (tests of the browser): cards, nothing else.
public struct CatalogOnlyData: CounterData {
    let cards: CardProvider

    public init(cards: @escaping CardProvider) { self.cards = cards }

    public func perform(_ request: DataRequest) -> DataResponse {
        let unavailable = DataError(.failure, "Data permohonan tidak tersedia di sini.")
        switch request {
        case .card(let id):
            do { return .card(serviceID: id, .success(try cards(id))) } catch {
                return .card(serviceID: id, .failure(DataError(.failure, "\(error)")))
            }
        case .intake(let id): return .intake(serviceID: id, .failure(unavailable))
        case .applicants(let nik, let phone): return .applicants(nik: nik, phone: phone, .success([]))
        case .log: return .logged(.failure(unavailable))
        case .requests(let query): return .requests(query, .failure(unavailable))
        case .request(let number): return .request(number: number, .failure(unavailable))
        case .change(let number, _, _): return .changed(number: number, .failure(unavailable))
        case .officers(let unit): return .officers(unitID: unit, .failure(unavailable))
        case .printReceipt(let number): return .printed(number: number, .failure(unavailable))
        case .board: return .board(.failure(unavailable))
        case .changeMark: return .changeMark(.failure(unavailable))
        case .report(let month): return .report(month: month, .failure(unavailable))
        case .recordSKM(let id, _): return .skmRecorded(serviceID: id, .failure(unavailable))
        }
    }
}
