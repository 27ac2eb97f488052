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

    /// A summary row; a value that cannot be decoded (a date beyond year 9999 written by hand, a
    /// text in a number column) is ``StoreError/unreadableRow(_:)`` with the request's id.
    static func summary(_ row: Row) throws -> RequestSummary {
        try decoding(row) {
            RequestSummary(
                id: try row.decode(atIndex: 0), number: try row.decode(atIndex: 1),
                status: RequestStatus(rawValue: try row.decode(atIndex: 2)) ?? .diterima,
                serviceID: try row.decode(atIndex: 3),
                serviceName: try row.decode(atIndex: 4), unitID: try row.decode(atIndex: 5),
                unitName: try row.decode(atIndex: 6), agencyID: try row.decode(atIndex: 7),
                agencyCode: try row.decode(atIndex: 8),
                applicantName: try row.decode(atIndex: 9), receivedAt: try row.decode(atIndex: 10),
                completeAt: try row.decode(atIndex: 11), deadline: try row.decode(atIndex: 12),
                extended: try row.decode(atIndex: 13),
                finishedAt: try row.decode(atIndex: 14), assignee: try row.decode(atIndex: 15),
                timeZone: try row.decode(atIndex: 16))
        }
    }

    /// Runs `body` (decoding `row` of request `id`, else its column 0), turning a decoding failure
    /// into ``StoreError/unreadableRow(_:)``: the request is named, the program does not crash.
    static func decoding<T>(_ row: Row, id: Int64? = nil, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as RowDecodingError {
            let id = id ?? (try? row.decode(Int64?.self, atIndex: 0)) ?? nil
            let column = "\(error)".firstMatch(of: /column: "([^"]+)"/).map { String($0.1) }
            throw StoreError.unreadableRow(UnreadableRow(id: id, column: column))
        }
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
        return try decoding(row) {
            let state = RequestState(
                status: RequestStatus(rawValue: try row.decode(atIndex: 2)) ?? .diterima,
                receivedAt: try row.decode(atIndex: 3), completeAt: try row.decode(atIndex: 4),
                deadline: try row.decode(atIndex: 5), extended: try row.decode(atIndex: 6),
                assigneeID: try row.decode(atIndex: 7), closingReason: try row.decode(atIndex: 8),
                finishedAt: try row.decode(atIndex: 9),
                updatedAt: try row.decode(atIndex: 10))
            return RequestRow(
                id: try row.decode(atIndex: 0), unitID: try row.decode(atIndex: 1), state: state,
                limit: try limit(row, from: 11))
        }
    }

    /// The stored limit (amount, unit, extension amount, unit from column `index`; the row's
    /// `event_date` and `event_days_before`) as a limit.
    static func limit(_ row: Row, from index: Int) throws -> RequestTimeLimit {
        if let days: Int = try row.decode(forColumn: "event_days_before"),
            let event = (try row.decode(forColumn: "event_date") as String?).flatMap(LocalDate.init(iso:)),
            let limit = try? RequestTimeLimit(reading: .beforeEvent(daysBefore: days), option: nil, event: event)
        {
            return limit
        }
        let amount = try (try row.decode(atIndex: index) as Int?).flatMap { a in
            (try row.decode(atIndex: index + 1) as String?).flatMap(TimeUnit.init(rawValue:)).map { TimeAmount(a, $0) }
        }
        let extra = try (try row.decode(atIndex: index + 2) as Int?).flatMap { a in
            (try row.decode(atIndex: index + 3) as String?).flatMap(TimeUnit.init(rawValue:)).map { TimeAmount(a, $0) }
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
            try decoding(row, id: requestID) {
                RequestHistoryEntry(
                    event: RequestEvent(
                        kind: RequestEventKind(rawValue: try row.decode(atIndex: 0)) ?? .catatan,
                        at: try row.decode(atIndex: 1), actorID: try row.decode(atIndex: 2),
                        fromStatus: (try row.decode(atIndex: 3) as String?).flatMap(RequestStatus.init(rawValue:)),
                        toStatus: (try row.decode(atIndex: 4) as String?).flatMap(RequestStatus.init(rawValue:)),
                        completeAt: try row.decode(atIndex: 5),
                        deadline: try row.decode(atIndex: 6), assigneeID: try row.decode(atIndex: 7),
                        note: try row.decode(atIndex: 8), reason: try row.decode(atIndex: 11)),
                    actor: try row.decode(atIndex: 9), assignee: try row.decode(atIndex: 10))
            }
        }
    }

    /// Appends `event`; `seal`: the ``RequestSeal`` of the row's intake fields, on the events
    /// that write them (`dibuat`, a contact correction).
    static func insert(_ event: RequestEvent, requestID: Int64, seal: String? = nil, _ db: Database) throws {
        try db.execute(
            sql: """
                INSERT INTO request_event (request_id, at, actor_id, kind, from_status, to_status, complete_at, deadline,
                    assignee_id, note, reason, seal)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                requestID, event.at, event.actorID, event.kind.rawValue, event.fromStatus?.rawValue,
                event.toStatus?.rawValue, event.completeAt, event.deadline, event.assigneeID, event.note, event.reason,
                seal,
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
        return try decoding(row) { try detail(db, row) }
    }

    private static func detail(_ db: Database, _ row: Row) throws -> RequestDetail {
        let summary = try summary(row)
        let serviceRevisionID: Int64 = try row.decode(forColumn: "service_revision_id")
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
            let position: Int = try item.decode(atIndex: 0)
            let label = requirements.indices.contains(position) ? requirements[position].label : String(position + 1)
            let completedAt: Date? = try item.decode(atIndex: 2)
            let entry = ChecklistItem(
                position: position, label: label, text: try item.decode(atIndex: 1), brought: completedAt != nil,
                completedAt: completedAt)
            if items.indices.contains(position) { items[position] = entry } else { items.append(entry) }
        }
        let timeLimitRaw: String? = try row.decode(forColumn: "time_limit_text")
        let limit = try limit(row, from: 25)  // time_limit_amount
        var optionCondition: String?
        if let index: Int = try row.decode(forColumn: "option_index"), let raw = timeLimitRaw,
            case .choice(let options) = TimeLimitParser.parse(raw).reading, options.indices.contains(index)
        {
            optionCondition = options[index].condition
        }
        return RequestDetail(
            summary: summary, agencyName: try row.decode(forColumn: "agency_name"),
            timeZone: try row.decode(forColumn: "time_zone"),
            applicantID: try row.decode(forColumn: "applicant_id"),
            applicant: Applicant(
                stored: summary.applicantName, nik: try row.decode(forColumn: "applicant_nik"),
                phone: try row.decode(forColumn: "applicant_phone"),
                address: try row.decode(forColumn: "applicant_address"),
                note: try row.decode(forColumn: "applicant_note")),
            timeLimitRaw: timeLimitRaw, timeLimit: limit.amount, optionCondition: optionCondition,
            allowedExtension: limit.allowedExtension, event: limit.event,
            eventDaysBefore: try row.decode(forColumn: "event_days_before"),
            catalogRevision: try row.decode(forColumn: "revision"), items: items,
            history: try fetchEvents(db, requestID: summary.id), complaintChannel: complaint,
            closingReason: try row.decode(forColumn: "closing_reason"), note: try row.decode(forColumn: "note"))
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
