import Foundation
import GRDB
import LoketCore

/// An agency with the number of its latest catalog revision.
public struct AgencySummary: Sendable, Hashable {
    public var id: Int64
    public var name: String
    public var code: String
    public var timeZone: String
    /// The latest catalog revision, 0 when the agency has no catalog yet.
    public var revision: Int
}

/// An agency and its current catalog (its latest revision), for `loket catalog`.
public struct AgencyNode: Sendable, Hashable {
    public var id: Int64
    public var name: String
    public var code: String
    public var timeZone: String
    /// The latest catalog revision, 0 when the agency has no catalog yet (then `units` is empty).
    public var revision: Int
    /// Units in the order of the revision (by their first service).
    public var units: [UnitNode]

    public var serviceCount: Int { units.reduce(0) { $0 + $1.services.count } }
}

/// A unit of a catalog revision with its services, in the revision's order.
public struct UnitNode: Sendable, Hashable {
    public var id: Int64
    public var name: String
    public var services: [ServiceSummary]
}

/// One line of the catalog: a service as its revision prints it.
public struct ServiceSummary: Sendable, Hashable {
    /// The stable service id (the same in every revision).
    public var id: Int64
    public var name: String
    /// 1-based line of the service's heading in the decree file.
    public var line: Int
    /// The jangka waktu as printed (component 3), nil when the decree lacks it.
    public var timeLimitRaw: String?
    /// A supervisor's jangka waktu in force instead of the printed one (see ``TimeLimitOverride``).
    public var timeLimitOverride: String?
}

/// A decree as stored with a service revision.
public struct DecreeSummary: Sendable, Hashable {
    public var number: String?
    /// ISO `YYYY-MM-DD`.
    public var date: String?
    /// The file it was imported from.
    public var source: String
}

/// One row of a service's standard, in the decree's order.
public struct CardComponent: Sendable, Hashable {
    /// 0-based order in the decree.
    public var position: Int
    /// Canonical component number 1-14, nil for an extra row (Maklumat, office hours, ...).
    public var number: Int?
    public var label: String
    public var text: String
    /// 1-based line in the decree file.
    public var line: Int

    public var component: Component? { number.flatMap(Component.init(rawValue:)) }
}

/// The Standar Pelayanan card of one service: its latest revision, with its components.
public struct ServiceCard: Sendable, Hashable {
    public var serviceID: Int64
    /// The name as printed in that revision.
    public var name: String
    public var line: Int
    public var timeLimitRaw: String?
    /// A supervisor's jangka waktu in force instead of the printed one.
    public var timeLimitOverride: TimeLimitOverride?
    /// The catalog revision the card comes from.
    public var revision: Int
    /// False when the agency's latest revision no longer lists the service (the card is then the
    /// last one that did).
    public var isCurrent: Bool
    public var unitID: Int64
    public var unitName: String
    public var agency: AgencySummary
    public var decree: DecreeSummary
    public var components: [CardComponent]

    /// The first row with this canonical number, if any.
    public func component(_ kind: Component) -> CardComponent? {
        components.first { $0.number == kind.rawValue }
    }
}

extension Store {
    /// True when no agency has been imported yet (first run: import the seed catalogs).
    public func isEmpty() throws -> Bool {
        try read("daftar instansi") { db in
            try !(Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM agency)") ?? false)
        }
    }

    /// Every agency with its latest revision number, by name.
    public func agencies() throws -> [AgencySummary] {
        try read("daftar instansi") { db in
            try Row.fetchAll(db, sql: Self.agencySQL + " ORDER BY a.name_key").map(Self.agencySummary)
        }
    }

    /// The agency with this id.
    public func agency(id: Int64) throws -> AgencySummary? {
        try read("instansi \(id)") { db in
            try Row.fetchOne(db, sql: Self.agencySQL + " WHERE a.id = ?", arguments: [id]).map(Self.agencySummary)
        }
    }

    /// The agencies a user may mean by `text`: its id, its code (`SDDEN`), or parts of the words
    /// of its name, ignoring case, diacritics and punctuation (`denpasar`, `sekr daerah klungkung`).
    ///
    /// An exact match (id, code, or whole name) is returned alone; otherwise every agency whose
    /// name contains all the words of `text` (as parts of words), by name. Empty when none.
    public func findAgencies(matching text: String) throws -> [AgencySummary] {
        let all = try agencies()
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if let id = Int64(trimmed), let agency = all.first(where: { $0.id == id }) { return [agency] }
        if let agency = all.first(where: { $0.code.uppercased() == trimmed.uppercased() }) { return [agency] }
        let key = NameKey.make(text)
        guard !key.isEmpty else { return [] }
        if let agency = all.first(where: { NameKey.make($0.name) == key }) { return [agency] }
        let words = key.split(separator: " ")
        return all.filter { agency in
            let name = NameKey.make(agency.name)
            return words.allSatisfy { name.contains($0) }
        }
    }

    /// Every agency with its latest revision: units in order, each with its services. One query.
    public func catalogTree() throws -> [AgencyNode] {
        try read("katalog layanan") { db in
            let rows = try Row.fetchCursor(
                db,
                sql: """
                    WITH latest AS (
                        SELECT agency_id, MAX(number) AS number FROM catalogRevision GROUP BY agency_id
                    )
                    SELECT a.id, a.name, a.code, a.time_zone, COALESCE(latest.number, 0),
                           u.id, u.name, s.id, sr.name, sr.line, sr.time_limit_raw, o.text
                    FROM agency a
                    LEFT JOIN latest ON latest.agency_id = a.id
                    LEFT JOIN catalogRevision r ON r.agency_id = a.id AND r.number = latest.number
                    LEFT JOIN serviceRevision sr ON sr.revision_id = r.id
                    LEFT JOIN service s ON s.id = sr.service_id
                    LEFT JOIN unit u ON u.id = s.unit_id
                    LEFT JOIN timeLimitOverride o ON o.service_id = s.id
                    ORDER BY a.name_key, a.id, sr.position
                    """)
            var nodes: [AgencyNode] = []
            var unitIndex: [Int64: Int] = [:]  // unit id → index in the last node's units
            while let row = try rows.next() {
                let agencyID: Int64 = row[0]
                if nodes.last?.id != agencyID {
                    nodes.append(
                        AgencyNode(
                            id: agencyID, name: row[1], code: row[2], timeZone: row[3], revision: row[4], units: []
                        ))
                    unitIndex = [:]
                }
                guard let unitID: Int64 = row[5], let serviceID: Int64 = row[7] else { continue }
                let service = ServiceSummary(
                    id: serviceID, name: row[8], line: row[9], timeLimitRaw: row[10], timeLimitOverride: row[11])
                let last = nodes.count - 1
                if let index = unitIndex[unitID] {
                    nodes[last].units[index].services.append(service)
                } else {
                    unitIndex[unitID] = nodes[last].units.count
                    nodes[last].units.append(UnitNode(id: unitID, name: row[6], services: [service]))
                }
            }
            return nodes
        }
    }

    /// The card of a service: its latest revision with its components in order, its unit,
    /// agency and decree. Nil when no service has this id. Two queries.
    public func serviceCard(serviceID: Int64) throws -> ServiceCard? {
        try read("kartu layanan \(serviceID)") { db in
            guard
                let row = try Row.fetchOne(
                    db,
                    sql: """
                        SELECT sr.id, sr.name, sr.line, sr.time_limit_raw, r.number,
                               u.id, u.name, a.id, a.name, a.code, a.time_zone,
                               (SELECT MAX(number) FROM catalogRevision WHERE agency_id = a.id),
                               d.number, d.date, d.source,
                               EXISTS (SELECT 1 FROM serviceRevision cur
                                       JOIN catalogRevision cr ON cr.id = cur.revision_id
                                       WHERE cur.service_id = sr.service_id AND cr.agency_id = a.id
                                         AND cr.number = (SELECT MAX(number) FROM catalogRevision WHERE agency_id = a.id)),
                               o.text, o.reason, o.set_by, o.set_at
                        FROM serviceRevision sr
                        JOIN catalogRevision r ON r.id = sr.revision_id
                        JOIN service s ON s.id = sr.service_id
                        JOIN unit u ON u.id = s.unit_id
                        JOIN agency a ON a.id = u.agency_id
                        JOIN decree d ON d.id = sr.decree_id
                        LEFT JOIN timeLimitOverride o ON o.service_id = s.id
                        WHERE sr.service_id = ?
                        ORDER BY r.number DESC
                        LIMIT 1
                        """, arguments: [serviceID])
            else { return nil }
            let serviceRevisionID: Int64 = row[0]
            let components =
                try ComponentRecord
                .filter(Column("service_revision_id") == serviceRevisionID)
                .order(Column("position"))
                .fetchAll(db)
                .map {
                    CardComponent(
                        position: $0.position, number: $0.number, label: $0.label, text: $0.text,
                        line: $0.line)
                }
            return ServiceCard(
                serviceID: serviceID, name: row[1], line: row[2], timeLimitRaw: row[3],
                timeLimitOverride: (row[16] as String?).map {
                    TimeLimitOverride(text: $0, reason: row[17], setBy: row[18], setAt: row[19])
                },
                revision: row[4],
                isCurrent: row[15], unitID: row[5], unitName: row[6],
                agency: AgencySummary(id: row[7], name: row[8], code: row[9], timeZone: row[10], revision: row[11]),
                decree: DecreeSummary(number: row[12], date: row[13], source: row[14]),
                components: components
            )
        }
    }

    // MARK: - Helpers

    private static let agencySQL = """
        SELECT a.id, a.name, a.code, a.time_zone,
               COALESCE((SELECT MAX(number) FROM catalogRevision r WHERE r.agency_id = a.id), 0)
        FROM agency a
        """

    private static func agencySummary(_ row: Row) -> AgencySummary {
        AgencySummary(id: row[0], name: row[1], code: row[2], timeZone: row[3], revision: row[4])
    }
}
