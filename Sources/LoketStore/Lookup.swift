import Foundation
import GRDB
import LoketCore

/// A service as a command-line lookup shows it.
public struct ServiceMatch: Sendable, Hashable {
    public var id: Int64
    public var name: String
    public var unitName: String
    public var agencyCode: String
}

extension Store {
    /// The services (of the agencies' current catalogs) a user may mean by `text`: its id, or
    /// parts of the words of its name, ignoring case, diacritics and punctuation. An exact id or
    /// whole name is returned alone; otherwise every service whose name holds all the words.
    public func findServices(matching text: String) throws -> [ServiceMatch] {
        let all = try catalogTree().flatMap { agency in
            agency.units.flatMap { unit in
                unit.services.map {
                    ServiceMatch(id: $0.id, name: $0.name, unitName: unit.name, agencyCode: agency.code)
                }
            }
        }
        return Self.match(text, in: all, id: \.id, names: { [$0.name] })
    }

    /// The units a user may mean by `text` (id, or parts of the words of the name).
    public func findUnits(matching text: String) throws -> [UnitRef] {
        let all = try read("daftar unit") { db in
            try Row.fetchAll(
                db, sql: "SELECT n.id, n.name, a.code FROM unit n JOIN agency a ON a.id = n.agency_id ORDER BY n.name"
            ).map { UnitRef(id: $0[0], name: $0[1], agencyCode: $0[2]) }
        }
        return Self.match(text, in: all, id: \.id, names: { [$0.name] })
    }

    /// The users a user may mean by `text`: the account, the id, or parts of the account or
    /// display name.
    public func findUsers(matching text: String) throws -> [User] {
        let all = try users()
        if let exact = all.first(where: { $0.account == text.trimmingCharacters(in: .whitespaces) }) { return [exact] }
        return Self.match(text, in: all, id: \.id, names: { [$0.account, $0.displayName] })
    }

    static func match<T>(_ text: String, in all: [T], id: KeyPath<T, Int64>, names: (T) -> [String]) -> [T] {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if let number = Int64(trimmed) { return all.filter { $0[keyPath: id] == number } }
        let key = NameKey.make(trimmed)
        guard !key.isEmpty else { return [] }
        let exact = all.filter { names($0).contains { NameKey.make($0) == key } }
        if exact.count == 1 { return exact }
        let words = key.split(separator: " ")
        return all.filter { item in
            names(item).contains { name in
                let nameKey = NameKey.make(name)
                return words.allSatisfy { nameKey.contains($0) }
            }
        }
    }
}
