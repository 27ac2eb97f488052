import Foundation
import GRDB

// GRDB records, one per table of ``Schema``. Internal: other files of the store read and write
// through them; the rest of the program sees the plain values of `CatalogQueries.swift`.

/// A row of `agency`.
struct AgencyRecord: Codable, FetchableRecord, MutablePersistableRecord, Hashable {
    static let databaseTableName = "agency"
    static let defaultTimeZone = "Asia/Makassar"

    var id: Int64?
    var name: String
    var nameKey: String
    var code: String
    var timeZone: String
    var createdAt: Date

    enum CodingKeys: String, CodingKey {
        case id, name, code
        case nameKey = "name_key"
        case timeZone = "time_zone"
        case createdAt = "created_at"
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// A row of `decree`.
struct DecreeRecord: Codable, FetchableRecord, MutablePersistableRecord, Hashable {
    static let databaseTableName = "decree"

    var id: Int64?
    var agencyID: Int64
    var number: String?
    var date: String?
    var source: String
    var fingerprint: String
    var importedAt: Date

    enum CodingKeys: String, CodingKey {
        case id, number, date, source, fingerprint
        case agencyID = "agency_id"
        case importedAt = "imported_at"
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// A row of `catalogRevision`.
struct CatalogRevisionRecord: Codable, FetchableRecord, MutablePersistableRecord, Hashable {
    static let databaseTableName = "catalogRevision"

    var id: Int64?
    var agencyID: Int64
    var number: Int
    var createdAt: Date

    enum CodingKeys: String, CodingKey {
        case id, number
        case agencyID = "agency_id"
        case createdAt = "created_at"
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// A row of `unit`.
struct UnitRecord: Codable, FetchableRecord, MutablePersistableRecord, Hashable {
    static let databaseTableName = "unit"

    var id: Int64?
    var agencyID: Int64
    var name: String
    var nameKey: String

    enum CodingKeys: String, CodingKey {
        case id, name
        case agencyID = "agency_id"
        case nameKey = "name_key"
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// A row of `service`.
struct ServiceRecord: Codable, FetchableRecord, MutablePersistableRecord, Hashable {
    static let databaseTableName = "service"

    var id: Int64?
    var unitID: Int64
    var name: String
    var nameKey: String

    enum CodingKeys: String, CodingKey {
        case id, name
        case unitID = "unit_id"
        case nameKey = "name_key"
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// A row of `serviceRevision`.
struct ServiceRevisionRecord: Codable, FetchableRecord, MutablePersistableRecord, Hashable {
    static let databaseTableName = "serviceRevision"

    var id: Int64?
    var serviceID: Int64
    var revisionID: Int64
    var decreeID: Int64
    var name: String
    var line: Int
    var position: Int
    var timeLimitRaw: String?

    enum CodingKeys: String, CodingKey {
        case id, name, line, position
        case serviceID = "service_id"
        case revisionID = "revision_id"
        case decreeID = "decree_id"
        case timeLimitRaw = "time_limit_raw"
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// A row of `component`.
struct ComponentRecord: Codable, FetchableRecord, MutablePersistableRecord, Hashable {
    static let databaseTableName = "component"

    var id: Int64?
    var serviceRevisionID: Int64
    var position: Int
    var number: Int?
    var label: String
    var text: String
    var line: Int

    enum CodingKeys: String, CodingKey {
        case id, position, number, label, text, line
        case serviceRevisionID = "service_revision_id"
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
