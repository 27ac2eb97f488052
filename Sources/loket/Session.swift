import ArgumentParser
import Foundation
import LoketCore
import LoketPresentation
import LoketStore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Who runs the program, on which database, at what time: what every request command starts from.
struct Session {
    let store: Store
    let user: User
    let now: Date

    /// Opens the database (creating and seeding it on first use; ``openStore(_:)`` makes its creator
    /// admin), and refuses an unknown account (exit 77, logged).
    static func open(_ database: DatabaseOptions) throws -> Session {
        let (store, real) = try openStore(database.db)
        let simulated = try CurrentAccount.simulatedNow()
        let now = simulated ?? Date()
        let user = try store.actingUser(
            real: real, acting: CurrentAccount.name(real: real),
            simulatedClock: simulated != nil,
            at: now)
        return Session(store: store, user: user, now: now)
    }

    /// A session whose user must have `permission` (refusals exit 77 and are logged).
    static func open(_ database: DatabaseOptions, requiring permission: Permission, target: String? = nil) throws
        -> Session
    {
        let session = try open(database)
        try session.store.authorize(session.user, permission, target: target, at: session.now)
        return session
    }

    /// A calendar for showing instants in an agency's zone (deadlines are computed by the store).
    static func displayCalendar(_ timeZone: String) -> WorkingCalendar {
        WorkingCalendar.standard(timeZone: TimeZone(identifier: timeZone) ?? TimeZone(identifier: "Asia/Makassar")!)
    }

    static func dateTime(_ date: Date?, _ timeZone: String) -> String { DateText.long(date, zoneName: timeZone) }

    static func iso(_ date: Date?, _ timeZone: String) -> String? {
        date.map { IndonesianDateFormat.iso8601($0, in: TimeZone(identifier: timeZone) ?? .current) }
    }
}
