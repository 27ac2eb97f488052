import Foundation
import LoketCore

/// A service a user may mean, with where it sits (for lists of candidates).
public struct ServiceMatch: Sendable, Hashable {
    public var id: Int64
    public var name: String
    public var unitID: Int64
    public var unitName: String
    public var agencyID: Int64
    public var agencyName: String
}

extension Store {
    /// The current services a user may mean by `text`: `#12` or `12` (its id), its whole name,
    /// or parts of the words of its name, ignoring case, diacritics and punctuation.
    ///
    /// An id or a whole-name match is returned alone (several when two units print the same
    /// name); otherwise every service whose name holds all the words of `text`, in catalog order.
    public func findServices(matching text: String) throws -> [ServiceMatch] {
        var all: [ServiceMatch] = []
        for agency in try catalogTree() {
            for unit in agency.units {
                for service in unit.services {
                    all.append(
                        ServiceMatch(
                            id: service.id, name: service.name, unitID: unit.id, unitName: unit.name,
                            agencyID: agency.id, agencyName: agency.name))
                }
            }
        }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        let digits = trimmed.hasPrefix("#") ? String(trimmed.dropFirst()) : trimmed
        if let id = Int64(digits), let match = all.first(where: { $0.id == id }) { return [match] }
        let key = NameKey.make(trimmed)
        guard !key.isEmpty else { return [] }
        let keyed = all.map { ($0, NameKey.make($0.name)) }
        let exact = keyed.filter { $0.1 == key }.map(\.0)
        if !exact.isEmpty { return exact }
        let words = key.split(separator: " ")
        return keyed.filter { _, name in words.allSatisfy { name.contains($0) } }.map(\.0)
    }
}
