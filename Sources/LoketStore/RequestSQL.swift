import Foundation
import GRDB
import LoketCore

// SQL shared by the request files: summary and detail rows, events, numbering.

extension Store {
    // MARK: - SQL helpers

    static let summarySQL = summarySQL(from: "request r")

    /// The summary columns, reading the request table as `request` (e.g. `request r INDEXED BY x`).
    static func summarySQL(from request: String) -> String {
        """
        SELECT r.id, r.number, r.status, r.service_id, sr.name AS service_name, r.unit_id, n.name AS unit_name,
               r.agency_id, a.code, r.applicant_name, r.received_at, r.complete_at, r.deadline, r.extended,
               r.finished_at, u.account AS assignee, a.time_zone
        FROM \(request)
        JOIN serviceRevision sr ON sr.id = r.service_revision_id
        JOIN unit n ON n.id = r.unit_id
        JOIN agency a ON a.id = r.agency_id
        LEFT JOIN users u ON u.id = r.assignee_id
        """
    }

    static func summary(_ row: Row) -> RequestSummary {
        RequestSummary(
            id: row[0], number: row[1], status: RequestStatus(rawValue: row[2]) ?? .diterima, serviceID: row[3],
            serviceName: row[4], unitID: row[5], unitName: row[6], agencyID: row[7], agencyCode: row[8],
            applicantName: row[9], receivedAt: row[10], completeAt: row[11], deadline: row[12], extended: row[13],
            finishedAt: row[14], assignee: row[15], timeZone: row[16])
    }

    static func fetchRow(_ db: Database, id: Int64) throws -> RequestRow? {
        guard
            let row = try Row.fetchOne(
                db,
                sql: """
                    SELECT id, unit_id, status, received_at, complete_at, deadline, extended, assignee_id, closing_reason,
                           finished_at, updated_at, time_limit_amount, time_limit_unit, extension_amount, extension_unit,
                           event_date, event_days_before
                    FROM request WHERE id = ?
                    """, arguments: [id])
        else { return nil }
        let state = RequestState(
            status: RequestStatus(rawValue: row[2]) ?? .diterima, receivedAt: row[3], completeAt: row[4],
            deadline: row[5], extended: row[6], assigneeID: row[7], closingReason: row[8], finishedAt: row[9],
            updatedAt: row[10])
        return RequestRow(id: row[0], unitID: row[1], state: state, limit: limit(row, from: 11))
    }

    /// The stored limit (amount, unit, extension amount, unit from column `index`; the row's
    /// `event_date` and `event_days_before`) as a limit.
    static func limit(_ row: Row, from index: Int) -> RequestTimeLimit {
        if let days: Int = row["event_days_before"],
            let event = (row["event_date"] as String?).flatMap(LocalDate.init(iso:)),
            let limit = try? RequestTimeLimit(reading: .beforeEvent(daysBefore: days), option: nil, event: event)
        {
            return limit
        }
        let amount = (row[index] as Int?).flatMap { a in
            (row[index + 1] as String?).flatMap(TimeUnit.init(rawValue:)).map { TimeAmount(a, $0) }
        }
        let extra = (row[index + 2] as Int?).flatMap { a in
            (row[index + 3] as String?).flatMap(TimeUnit.init(rawValue:)).map { TimeAmount(a, $0) }
        }
        let reading: TimeLimitReading
        switch (amount, extra) {
        case let (amount?, extra?): reading = .extended(base: amount, extension: extra)
        case let (amount?, nil): reading = .duration(amount)
        default: reading = .open(reason: nil)
        }
        return (try? RequestTimeLimit(reading: reading, option: nil)) ?? RequestTimeLimit.open
    }

    static func fetchEvents(_ db: Database, requestID: Int64) throws -> [RequestHistoryEntry] {
        try Row.fetchAll(
            db,
            sql: """
                SELECT e.kind, e.at, e.actor_id, e.from_status, e.to_status, e.complete_at, e.deadline, e.assignee_id,
                       e.note, u.account, v.account, e.reason
                FROM request_event e
                JOIN users u ON u.id = e.actor_id
                LEFT JOIN users v ON v.id = e.assignee_id
                WHERE e.request_id = ? ORDER BY e.id
                """, arguments: [requestID]
        ).map { row in
            RequestHistoryEntry(
                event: RequestEvent(
                    kind: RequestEventKind(rawValue: row[0]) ?? .catatan, at: row[1], actorID: row[2],
                    fromStatus: (row[3] as String?).flatMap(RequestStatus.init(rawValue:)),
                    toStatus: (row[4] as String?).flatMap(RequestStatus.init(rawValue:)), completeAt: row[5],
                    deadline: row[6], assigneeID: row[7], note: row[8], reason: row[11]),
                actor: row[9], assignee: row[10])
        }
    }

    static func insert(_ event: RequestEvent, requestID: Int64, _ db: Database) throws {
        try db.execute(
            sql: """
                INSERT INTO request_event (request_id, at, actor_id, kind, from_status, to_status, complete_at, deadline,
                    assignee_id, note, reason)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                requestID, event.at, event.actorID, event.kind.rawValue, event.fromStatus?.rawValue,
                event.toStatus?.rawValue, event.completeAt, event.deadline, event.assigneeID, event.note, event.reason,
            ])
    }

    static func fetchDetail(_ db: Database, number: String) throws -> RequestDetail? {
        guard
            let row = try Row.fetchOne(
                db,
                sql: """
                    SELECT r.id, r.number, r.status, r.service_id, sr.name AS service_name, r.unit_id,
                           n.name AS unit_name, r.agency_id, a.code, r.applicant_name, r.received_at,
                           r.complete_at, r.deadline, r.extended, r.finished_at, u.account AS assignee, a.time_zone,
                           a.name AS agency_name, r.applicant_id, r.applicant_nik, r.applicant_phone,
                           r.applicant_address, r.applicant_note,
                           r.time_limit_text, r.option_index, r.time_limit_amount, r.time_limit_unit,
                           r.extension_amount, r.extension_unit, cr.number AS revision, r.closing_reason, r.note,
                           r.service_revision_id, r.event_date, r.event_days_before
                    FROM request r
                    JOIN serviceRevision sr ON sr.id = r.service_revision_id
                    JOIN catalogRevision cr ON cr.id = sr.revision_id
                    JOIN unit n ON n.id = r.unit_id
                    JOIN agency a ON a.id = r.agency_id
                    LEFT JOIN users u ON u.id = r.assignee_id
                    WHERE r.number = ?
                    """,
                arguments: [number])
        else { return nil }
        let summary = summary(row)
        let serviceRevisionID: Int64 = row["service_revision_id"]
        let components = try Row.fetchAll(
            db,
            sql: """
                SELECT number, text FROM component WHERE service_revision_id = ? AND number IN (1, 6) ORDER BY position
                """, arguments: [serviceRevisionID])
        let requirements = Requirements.numbered(from: components.first { $0[0] as Int? == 1 }?[1])
        let complaint: String? = components.first { $0[0] as Int? == 6 }?[1]
        let missing = try Row.fetchAll(
            db, sql: "SELECT position, text, completed_at FROM request_item WHERE request_id = ? ORDER BY position",
            arguments: [summary.id])
        var items = requirements.enumerated().map {
            ChecklistItem(position: $0.offset, label: $0.element.label, text: $0.element.text, brought: true)
        }
        for item in missing {
            let position: Int = item[0]
            let label = requirements.indices.contains(position) ? requirements[position].label : String(position + 1)
            let entry = ChecklistItem(
                position: position, label: label, text: item[1], brought: item[2] != nil, completedAt: item[2])
            if items.indices.contains(position) { items[position] = entry } else { items.append(entry) }
        }
        let timeLimitRaw: String? = row["time_limit_text"]
        let limit = limit(row, from: 25)  // time_limit_amount
        var optionCondition: String?
        if let index: Int = row["option_index"], let raw = timeLimitRaw,
            case .choice(let options) = TimeLimitParser.parse(raw).reading, options.indices.contains(index)
        {
            optionCondition = options[index].condition
        }
        return RequestDetail(
            summary: summary, agencyName: row["agency_name"], timeZone: row["time_zone"],
            applicantID: row["applicant_id"],
            applicant: Applicant(
                stored: summary.applicantName, nik: row["applicant_nik"], phone: row["applicant_phone"],
                address: row["applicant_address"], note: row["applicant_note"]),
            timeLimitRaw: timeLimitRaw, timeLimit: limit.amount, optionCondition: optionCondition,
            allowedExtension: limit.allowedExtension, event: limit.event, eventDaysBefore: row["event_days_before"],
            catalogRevision: row["revision"], items: items,
            history: try fetchEvents(db, requestID: summary.id), complaintChannel: complaint,
            closingReason: row["closing_reason"], note: row["note"])
    }

    func serviceContext(serviceID: Int64) throws -> ServiceContext? {
        try read("layanan \(serviceID)") { db in
            guard
                let row = try Row.fetchOne(
                    db,
                    sql: """
                        SELECT sr.id, sr.time_limit_raw, s.unit_id, a.id, a.code, a.time_zone,
                               (SELECT text FROM component c WHERE c.service_revision_id = sr.id AND c.number = 1
                                ORDER BY position LIMIT 1)
                        FROM serviceRevision sr
                        JOIN catalogRevision r ON r.id = sr.revision_id
                        JOIN service s ON s.id = sr.service_id
                        JOIN unit u ON u.id = s.unit_id
                        JOIN agency a ON a.id = u.agency_id
                        WHERE sr.service_id = ?
                        ORDER BY r.number DESC LIMIT 1
                        """, arguments: [serviceID])
            else { return nil }
            return ServiceContext(
                serviceID: serviceID, serviceRevisionID: row[0], unitID: row[2], agencyID: row[3], agencyCode: row[4],
                timeZone: row[5], timeLimitRaw: row[1], requirements: Requirements.numbered(from: row[6]))
        }
    }

    /// The 0-based positions of the missing items: the number the card shows
    /// (``LoketCore/Requirement/label``: the decree's own `5` or `b`), or a part of an item's
    /// text (ignoring case) that matches exactly one item (an exact match wins).
    static func match(_ selectors: [String], in requirements: [Requirement]) throws -> [Int] {
        var positions: [Int] = []
        let items = requirements.map(\.text)
        for selector in selectors {
            let trimmed = selector.trimmingCharacters(in: .whitespaces)
            let bare = trimmed.hasSuffix(".") || trimmed.hasSuffix(")") ? String(trimmed.dropLast()) : trimmed
            if let position = requirements.firstIndex(where: { $0.label.lowercased() == bare.lowercased() }) {
                positions.append(position)
                continue
            }
            if Int(bare) != nil { throw RequestError.unknownItem(selector, items: requirements) }
            let needle = trimmed.lowercased()
            guard !needle.isEmpty else { throw RequestError.unknownItem(selector, items: requirements) }
            if let exact = items.firstIndex(where: { $0.lowercased() == needle }) {
                positions.append(exact)
                continue
            }
            let candidates = items.indices.filter { items[$0].lowercased().contains(needle) }
            switch candidates.count {
            case 0: throw RequestError.unknownItem(selector, items: requirements)
            case 1: positions.append(candidates[0])
            default: throw RequestError.ambiguousItem(selector, candidates: candidates.map { requirements[$0] })
            }
        }
        return Array(Set(positions)).sorted()
    }

    /// The next sequence of the agency and year, from its counter row (in the caller's transaction).
    static func nextSequence(_ db: Database, agencyID: Int64, year: Int) throws -> Int {
        try Int.fetchOne(
            db,
            sql: """
                INSERT INTO request_counter (agency_id, year, last) VALUES (?, ?, 1)
                ON CONFLICT (agency_id, year) DO UPDATE SET last = last + 1
                RETURNING last
                """, arguments: [agencyID, year])!
    }
}

extension RequestTimeLimit {
    static let open = try! RequestTimeLimit(reading: .open(reason: nil), option: nil)
}

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
