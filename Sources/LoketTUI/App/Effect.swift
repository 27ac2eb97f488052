/// What the state machine asks the outside world to do.
public enum Effect: Hashable, Sendable {
    /// Ask the data side; the answer comes back through ``App/receive(_:_:)``.
    case fetch(DataRequest)
    /// Leave the program (the terminal is restored by the backend).
    case quit
}
