import Foundation
import GRDB
import LoketCore

extension Store {
    /// The units a user may mean by `text`: its id, or parts of the words of its name, optionally
    /// preceded by the agency code (`SDDEN hukum`).
    public func findUnits(matching text: String) throws -> [UnitRef] {
        let all = try read("daftar unit") { db in
            try Row.fetchAll(
                db, sql: "SELECT n.id, n.name, a.code FROM unit n JOIN agency a ON a.id = n.agency_id ORDER BY n.name"
            ).map { UnitRef(id: $0[0], name: $0[1], agencyCode: $0[2]) }
        }
        return Self.match(text, in: all, id: \.id, names: { [$0.name, "\($0.agencyCode) \($0.name)"] })
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
