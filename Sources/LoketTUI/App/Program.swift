import Foundation

/// Runs the state machine: feeds keys, performs effects (card loading) synchronously, and
/// draws. The terminal backend and the tests drive the same program.
public struct Program: Sendable {
    public private(set) var state: AppState
    public private(set) var isFinished = false
    private let cards: CardProvider
    private let clock: @Sendable () -> Date

    public init(state: AppState, cards: @escaping CardProvider, clock: @escaping @Sendable () -> Date = { Date() }) {
        self.state = state
        self.cards = cards
        self.clock = clock
    }

    /// Handles one key and its effects.
    public mutating func send(_ key: Key) {
        let (next, effects) = App.update(state, key)
        state = next
        for effect in effects {
            switch effect {
            case .loadCard(let serviceID):
                let result: Result<CardData?, any Error>
                do {
                    result = .success(try cards(serviceID))
                } catch {
                    result = .failure(error)
                }
                state = App.cardLoaded(state, serviceID: serviceID, result: result)
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
