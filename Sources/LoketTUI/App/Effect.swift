/// What the state machine asks the outside world to do.
public enum Effect: Hashable, Sendable {
    /// Load a service's card; the result comes back through ``App/cardLoaded(_:serviceID:result:)``.
    case loadCard(serviceID: Int64)
    /// Leave the program (the terminal is restored by the backend).
    case quit
}
