import Foundation
import GRDB
import LoketCore

/// What one catalog of an import did to the database.
public struct ImportOutcome: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
        /// A new agency, with its revision 1.
        case created
        /// A known agency, with a new revision.
        case revised
        /// The latest revision already holds exactly this catalog: nothing was written.
        case unchanged
    }

    public var kind: Kind
    /// The file the catalog came from.
    public var source: String
    public var agencyID: Int64
    public var agencyName: String
    public var agencyCode: String
    /// The revision number the agency's catalog is at after this catalog (new or unchanged).
    public var revision: Int
    /// Units and services in that revision, carried-over units included.
    public var unitCount: Int
    public var serviceCount: Int
    /// Units of the previous revision that the catalog does not mention, kept as they were.
    public var carriedOverUnitCount: Int
    /// The catalog's content fingerprint (see ``Schema``, table `decree`).
    public var fingerprint: String
}

extension Store {
    /// Imports catalogs read by the importer, all of them in ONE immediate write transaction:
    /// either every catalog is stored, or (on any error) nothing is.
    ///
    /// Per catalog:
    /// - the agency is found by the name key of its name, or created (with a new unique code);
    /// - when the agency's latest revision already holds this catalog (same content fingerprint
    ///   for every unit the catalog mentions), the outcome is ``ImportOutcome/Kind/unchanged``
    ///   and nothing is written;
    /// - otherwise revision N+1 is created. Units the catalog mentions get exactly the catalog's
    ///   services. Units of revision N that the catalog does not mention are carried over
    ///   unchanged: an agency may ship one decree per Bagian as separate files, and importing the
    ///   file of one Bagian must not empty the others. (A unit disappears only when a catalog
    ///   names it with other services; a service disappears when its unit's catalog omits it.)
    /// - Units keep the order of revision N; units new to the agency follow, in catalog order.
    /// - Same unit + same name key ⇒ same service id in every revision; a renamed service
    ///   (different key) is a new service. Units with no service are not stored.
    /// - A unit named twice in one catalog (same key) is one unit; a service named twice in one
    ///   unit is kept twice, the second one keyed `name#2` (nothing in a decree is thrown away).
    ///
    /// Catalogs of the same agency in one call are applied in order, each on top of the previous.
    ///
    /// - Throws: ``StoreError/missingAgencyName(source:)``, ``StoreError/emptyCatalog(source:agency:)``,
    ///   ``StoreError/busy(path:)``, ``StoreError/importFailed(source:reason:)``.
    public func importCatalogs(_ catalogs: [ParsedCatalog], at now: Date = Date()) throws -> [ImportOutcome] {
        try importCatalogs(catalogs, at: now, failAfterServices: nil)
    }

    /// The import, with a test hook: when `failAfterServices` is set, the import throws right
    /// after writing that many service revisions (all catalogs counted together).
    func importCatalogs(
        _ catalogs: [ParsedCatalog], at now: Date, failAfterServices: Int?
    ) throws -> [ImportOutcome] {
        var currentSource = catalogs.first?.source ?? ""
        do {
            return try writer.writeWithoutTransaction { db in
                var outcomes: [ImportOutcome] = []
                try db.inTransaction(.immediate) {
                    var catalogWriter = CatalogWriter(db: db, now: now, failAfterServices: failAfterServices)
                    for catalog in catalogs {
                        currentSource = catalog.source
                        outcomes.append(try catalogWriter.write(catalog))
                    }
                    return .commit
                }
                return outcomes
            }
        } catch let error as StoreError {
            throw error
        } catch {
            if let busy = Self.busyError(error, path: path) { throw busy }
            throw StoreError.importFailed(source: currentSource, reason: Self.reason(error))
        }
    }
}

/// The error of the test hook of ``Store/importCatalogs(_:at:failAfterServices:)``.
struct InjectedImportFailure: Error, CustomStringConvertible {
    var afterServices: Int
    var description: String { "gangguan uji coba setelah \(afterServices) layanan" }
}

// MARK: - Writing one catalog

/// A unit of a catalog, merged by name key, with each service's decree.
private struct CatalogUnit {
    var key: String
    var name: String
    var services: [(service: ParsedService, decree: DecreeInfo)]

    /// The catalog's units with at least one service, merged by name key, in first-appearance order.
    static func merge(_ units: [ParsedUnit]) -> [CatalogUnit] {
        var merged: [CatalogUnit] = []
        var indexByKey: [String: Int] = [:]
        for unit in units where !unit.services.isEmpty {
            let key = NameKey.make(unit.name)
            let services = unit.services.map { (service: $0, decree: unit.decree) }
            if let index = indexByKey[key] {
                merged[index].services += services
            } else {
                indexByKey[key] = merged.count
                merged.append(CatalogUnit(key: key, name: unit.name, services: services))
            }
        }
        return merged
    }
}

/// A unit as the previous revision holds it.
private struct PreviousUnit {
    var id: Int64
    var key: String
    var serviceRevisions: [ServiceRevisionRecord]
    var fingerprints: Set<String>
}

/// Writes catalogs inside the import transaction.
private struct CatalogWriter {
    let db: Database
    let now: Date
    let failAfterServices: Int?
    var serviceRevisionsWritten = 0

    init(db: Database, now: Date, failAfterServices: Int?) {
        self.db = db
        self.now = now
        self.failAfterServices = failAfterServices
    }

    mutating func write(_ catalog: ParsedCatalog) throws -> ImportOutcome {
        let agencyKey = NameKey.make(catalog.agencyName)
        guard !agencyKey.isEmpty else { throw StoreError.missingAgencyName(source: catalog.source) }
        let units = CatalogUnit.merge(catalog.units)
        guard !units.isEmpty else {
            throw StoreError.emptyCatalog(source: catalog.source, agency: catalog.agencyName)
        }
        let fingerprint = CatalogFingerprint.of(catalog)

        var agency: AgencyRecord
        let isNewAgency: Bool
        if let existing = try AgencyRecord.filter(Column("name_key") == agencyKey).fetchOne(db) {
            agency = existing
            isNewAgency = false
        } else {
            agency = try createAgency(name: catalog.agencyName, key: agencyKey)
            isNewAgency = true
        }
        let agencyID = try agency.id.orThrow()

        let latest =
            try CatalogRevisionRecord
            .filter(Column("agency_id") == agencyID)
            .order(Column("number").desc)
            .fetchOne(db)
        let previous = try latest.map { try previousUnits(revisionID: try $0.id.orThrow()) } ?? []

        func outcome(_ kind: ImportOutcome.Kind, revision: Int, units: Int, services: Int, carried: Int)
            -> ImportOutcome
        {
            ImportOutcome(
                kind: kind, source: catalog.source, agencyID: agencyID, agencyName: agency.name,
                agencyCode: agency.code, revision: revision, unitCount: units, serviceCount: services,
                carriedOverUnitCount: carried, fingerprint: fingerprint
            )
        }

        if let latest, Self.holds(previous, units, fingerprint: fingerprint) {
            let serviceCount = previous.reduce(0) { $0 + $1.serviceRevisions.count }
            return outcome(
                .unchanged, revision: latest.number, units: previous.count, services: serviceCount,
                carried: 0)
        }

        if agency.name != catalog.agencyName {
            agency.name = catalog.agencyName
            try agency.update(db)
        }
        var revision = CatalogRevisionRecord(
            id: nil, agencyID: agencyID, number: (latest?.number ?? 0) + 1, createdAt: now
        )
        try revision.insert(db)
        let revisionID = try revision.id.orThrow()
        let decreeIDs = try insertDecrees(of: catalog, agencyID: agencyID, fingerprint: fingerprint)

        // Previous order, catalog units replacing theirs in place, new units after.
        let catalogByKey = Dictionary(units.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        var placedKeys: Set<String> = []
        var position = 0
        var carried = 0
        for unit in previous {
            if let replacement = catalogByKey[unit.key] {
                try writeUnit(
                    replacement, agencyID: agencyID, revisionID: revisionID, decreeIDs: decreeIDs,
                    position: &position)
                placedKeys.insert(unit.key)
            } else {
                try carryOver(unit, revisionID: revisionID, position: &position)
                carried += 1
            }
        }
        for unit in units where !placedKeys.contains(unit.key) {
            try writeUnit(
                unit, agencyID: agencyID, revisionID: revisionID, decreeIDs: decreeIDs,
                position: &position)
            placedKeys.insert(unit.key)
        }

        return outcome(
            isNewAgency ? .created : .revised, revision: revision.number,
            units: placedKeys.count + carried, services: position, carried: carried)
    }

    /// Whether the previous revision holds exactly this catalog: every unit the catalog mentions
    /// is there, built only from a decree imported with this fingerprint.
    private static func holds(_ previous: [PreviousUnit], _ units: [CatalogUnit], fingerprint: String) -> Bool {
        let byKey = Dictionary(previous.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        return units.allSatisfy { byKey[$0.key]?.fingerprints == [fingerprint] }
    }

    private func createAgency(name: String, key: String) throws -> AgencyRecord {
        let code = try AgencyCode.unique(AgencyCode.derive(from: name)) { candidate in
            try AgencyRecord.filter(Column("code") == candidate).fetchCount(db) > 0
        }
        var agency = AgencyRecord(
            id: nil, name: name, nameKey: key, code: code, timeZone: AgencyRecord.defaultTimeZone, createdAt: now
        )
        try agency.insert(db)
        return agency
    }

    /// The units of a revision, in order, with their service revisions and the fingerprints of
    /// the imports their decrees came from. One joined query.
    private func previousUnits(revisionID: Int64) throws -> [PreviousUnit] {
        let rows = try Row.fetchCursor(
            db,
            sql: """
                SELECT sr.*, u.id AS unit_id, u.name_key AS unit_key, d.fingerprint AS fingerprint
                FROM serviceRevision sr
                JOIN service s ON s.id = sr.service_id
                JOIN unit u ON u.id = s.unit_id
                JOIN decree d ON d.id = sr.decree_id
                WHERE sr.revision_id = ?
                ORDER BY sr.position
                """, arguments: [revisionID])
        var units: [PreviousUnit] = []
        var indexByID: [Int64: Int] = [:]
        while let row = try rows.next() {
            let unitID: Int64 = row["unit_id"]
            let record = try ServiceRevisionRecord(row: row)
            let fingerprint: String = row["fingerprint"]
            if let index = indexByID[unitID] {
                units[index].serviceRevisions.append(record)
                units[index].fingerprints.insert(fingerprint)
            } else {
                indexByID[unitID] = units.count
                units.append(
                    PreviousUnit(
                        id: unitID, key: row["unit_key"], serviceRevisions: [record], fingerprints: [fingerprint]
                    ))
            }
        }
        return units
    }

    /// One `decree` row per distinct decree of the catalog (the file's, then the units').
    private func insertDecrees(
        of catalog: ParsedCatalog, agencyID: Int64, fingerprint: String
    ) throws -> [DecreeInfo: Int64] {
        var ids: [DecreeInfo: Int64] = [:]
        for info in [catalog.decree] + catalog.units.map(\.decree) where ids[info] == nil {
            var record = DecreeRecord(
                id: nil, agencyID: agencyID, number: info.number, date: info.date, source: catalog.source,
                fingerprint: fingerprint, importedAt: now
            )
            try record.insert(db)
            ids[info] = try record.id.orThrow()
        }
        return ids
    }

    private mutating func writeUnit(
        _ unit: CatalogUnit, agencyID: Int64, revisionID: Int64, decreeIDs: [DecreeInfo: Int64],
        position: inout Int
    ) throws {
        var unitRecord: UnitRecord
        if let existing =
            try UnitRecord
            .filter(Column("agency_id") == agencyID && Column("name_key") == unit.key)
            .fetchOne(db)
        {
            unitRecord = existing
            if unitRecord.name != unit.name {
                unitRecord.name = unit.name
                try unitRecord.update(db)
            }
        } else {
            unitRecord = UnitRecord(id: nil, agencyID: agencyID, name: unit.name, nameKey: unit.key)
            try unitRecord.insert(db)
        }
        let unitID = try unitRecord.id.orThrow()

        var seenKeys: [String: Int] = [:]
        for (parsed, decree) in unit.services {
            let baseKey = NameKey.make(parsed.name)
            let occurrence = (seenKeys[baseKey] ?? 0) + 1
            seenKeys[baseKey] = occurrence
            let key = occurrence == 1 ? baseKey : "\(baseKey)#\(occurrence)"
            let serviceID = try service(unitID: unitID, name: parsed.name, key: key)

            var revision = ServiceRevisionRecord(
                id: nil, serviceID: serviceID, revisionID: revisionID, decreeID: try decreeIDs[decree].orThrow(),
                name: parsed.name, line: parsed.line, position: position, timeLimitRaw: parsed.timeLimitRaw
            )
            try revision.insert(db)
            let serviceRevisionID = try revision.id.orThrow()
            for (index, component) in parsed.components.enumerated() {
                var record = ComponentRecord(
                    id: nil, serviceRevisionID: serviceRevisionID, position: index, number: component.number,
                    label: component.label, text: component.text, line: component.line
                )
                try record.insert(db)
            }
            position += 1
            try countServiceRevision()
        }
    }

    /// The id of the service of this unit with this key, created (or its name refreshed) as needed.
    private func service(unitID: Int64, name: String, key: String) throws -> Int64 {
        if var existing =
            try ServiceRecord
            .filter(Column("unit_id") == unitID && Column("name_key") == key)
            .fetchOne(db)
        {
            if existing.name != name {
                existing.name = name
                try existing.update(db)
            }
            return try existing.id.orThrow()
        }
        var record = ServiceRecord(id: nil, unitID: unitID, name: name, nameKey: key)
        try record.insert(db)
        return try record.id.orThrow()
    }

    /// Copies a unit's service revisions (and their components) into the new revision.
    private mutating func carryOver(_ unit: PreviousUnit, revisionID: Int64, position: inout Int) throws {
        for old in unit.serviceRevisions {
            var copy = old
            copy.id = nil
            copy.revisionID = revisionID
            copy.position = position
            try copy.insert(db)
            try db.execute(
                sql: """
                    INSERT INTO component (service_revision_id, position, number, label, text, line)
                    SELECT ?, position, number, label, text, line FROM component WHERE service_revision_id = ?
                    ORDER BY position
                    """, arguments: [copy.id, old.id])
            position += 1
            try countServiceRevision()
        }
    }

    private mutating func countServiceRevision() throws {
        serviceRevisionsWritten += 1
        if let limit = failAfterServices, serviceRevisionsWritten >= limit {
            throw InjectedImportFailure(afterServices: serviceRevisionsWritten)
        }
    }
}

/// A value the database must have produced (an inserted row's id, a known decree).
private struct MissingValue: Error, CustomStringConvertible {
    var description: String { "nilai yang diharapkan tidak ada di basis data" }
}

extension Optional {
    fileprivate func orThrow() throws -> Wrapped {
        guard let self else { throw MissingValue() }
        return self
    }
}
