import Foundation
import GRDB
import LoketCore

// Requests at the counter: logging one, and every change after (documents complete, status,
// extension, reassignment), each in one IMMEDIATE transaction with its event.

extension Store {
    // MARK: - Logging

    /// Logs a request at the counter, all in one IMMEDIATE transaction: the pemohon (found by NIK,
    /// else by phone and name, else new), the next number of the agency and year, the request,
    /// its missing Persyaratan and its `dibuat` event. With nothing missing the status is
    /// `diterima` and the deadline runs from `now`; otherwise `menunggu_berkas`, no deadline.
    ///
    /// Checks, before anything is written: the user may log requests for the service's unit
    /// (refusals are logged), the pemohon's data, the option of a choice time limit, the missing
    /// items against the card. A refused request writes nothing (but the refusal log).
    public func logRequest(_ new: NewRequest, by user: User, at now: Date = Date()) throws -> RequestSummary {
        guard let service = try serviceContext(serviceID: new.serviceID) else {
            throw RequestError.serviceNotFound(new.serviceID)
        }
        try authorize(user, .logRequest, unitID: service.unitID, target: "layanan \(new.serviceID)", at: now)
        let applicant: Applicant
        let limit: RequestTimeLimit
        let timeLimitText: String?
        var input = new.applicant
        if let id = new.applicantID {
            // Outside the user's units a pemohon is as unknown as a missing one (its details stay hidden).
            guard let known = try self.applicant(id: id), try isVisible(applicantID: id, to: user) else {
                throw RequestError.applicantNotFound(id)
            }
            if Applicant.cleanText(input.name) == nil { input.name = known.name }
            if Applicant.cleanText(input.nik) == nil { input.nik = known.nik }
            if Applicant.cleanText(input.phone) == nil { input.phone = known.phone }
            if Applicant.cleanText(input.address) == nil { input.address = known.address }
        }
        let calendar = try workingCalendar(agencyID: service.agencyID)
        let eventWarning: String?
        do {
            applicant = try Applicant(validating: input)
            let inForce = try requestTimeLimit(serviceID: service.serviceID)
            timeLimitText = inForce.text
            limit = try RequestTimeLimit(reading: inForce.reading, option: new.option, event: new.event)
            eventWarning = try limit.eventWarning(logged: now, in: calendar)
        } catch let error as RequestRuleError {
            throw RequestError.rule(error)
        }
        var daysBefore: Int?
        if case .beforeEvent(let days) = limit.reading { daysBefore = days }
        let missing = try Self.match(new.missing, in: service.requirements)
        let complete = missing.isEmpty
        let deadline = complete ? limit.deadline(completeAt: now, in: calendar) : nil
        let year = calendar.civil(now).date.year
        let status: RequestStatus = complete ? .diterima : .menungguBerkas

        return try write("permohonan baru") { db in
            let (applicantID, notice) = try Self.upsertApplicant(db, applicant, knownID: new.applicantID, at: now)
            let sequence = try Self.nextSequence(db, agencyID: service.agencyID, year: year)
            let number = RequestNumber(agencyCode: service.agencyCode, year: year, sequence: sequence).description
            try db.execute(
                sql: """
                    INSERT INTO request (number, agency_id, year, sequence, service_id, service_revision_id, unit_id,
                        applicant_id, applicant_name, applicant_nik, applicant_phone, applicant_address, applicant_note,
                        time_limit_text, option_index, time_limit_amount, time_limit_unit, extension_amount, extension_unit,
                        received_at, complete_at, deadline, status, assignee_id, created_by, updated_at, note,
                        event_date, event_days_before)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    number, service.agencyID, year, sequence, service.serviceID, service.serviceRevisionID,
                    service.unitID, applicantID, applicant.name, applicant.nik, applicant.phone, applicant.address,
                    applicant.note, timeLimitText, limit.optionIndex, limit.amount?.amount,
                    limit.amount?.unit.rawValue,
                    limit.allowedExtension?.amount, limit.allowedExtension?.unit.rawValue, now, complete ? now : nil,
                    deadline, status.rawValue, user.id, user.id, now, Applicant.cleanText(new.note),
                    limit.event?.iso, daysBefore,
                ])
            let requestID = db.lastInsertedRowID
            for position in missing {
                try db.execute(
                    sql: "INSERT INTO request_item (request_id, position, text) VALUES (?, ?, ?)",
                    arguments: [requestID, position, service.requirements[position].text])
            }
            let missingNote =
                missing.isEmpty
                ? nil
                : "berkas kurang: "
                    + missing.map { Requirements.listText(service.requirements[$0].text) }.joined(separator: "; ")
            let event = RequestEvent(
                kind: .dibuat, at: now, actorID: user.id, toStatus: status, completeAt: complete ? now : nil,
                deadline: deadline, assigneeID: user.id,
                note: [Applicant.cleanText(new.note), missingNote, notice, eventWarning].compactMap { $0 }
                    .joined(separator: " — ")
                    .nilIfEmpty
            )
            try Self.insert(event, requestID: requestID, seal: try RequestSeal.current(db, requestID: requestID), db)
            var summary = RequestSummary(
                id: requestID, number: number, status: status, serviceID: service.serviceID, serviceName: "",
                unitID: service.unitID, unitName: "", agencyID: service.agencyID, agencyCode: service.agencyCode,
                applicantName: applicant.name, receivedAt: now, completeAt: complete ? now : nil, deadline: deadline,
                extended: false, finishedAt: nil, assignee: user.account, timeZone: service.timeZone)
            summary.notice = [notice, eventWarning].compactMap { $0 }.joined(separator: "; ").nilIfEmpty
            return summary
        }
    }

    // MARK: - Changes

    /// The documents are complete: status `diterima`, complete-at `now`, the deadline runs from
    /// `now` (DOMAIN.md: the clock starts at a complete application), missing items brought.
    @discardableResult
    public func completeDocuments(
        number: String, by user: User, note: String? = nil, expecting version: Int? = nil, at now: Date = Date()
    ) throws -> RequestSummary {
        try change(number: number, permission: .updateRequest, by: user, at: now, expecting: version) {
            db, row, calendar in
            guard row.state.status == .menungguBerkas else {
                throw RequestError.rule(.documentsAlreadyComplete(row.state.status))
            }
            let deadline = row.limit.deadline(completeAt: now, in: calendar)
            let items = try String.fetchAll(
                db,
                sql: "SELECT text FROM request_item WHERE request_id = ? AND completed_at IS NULL ORDER BY position",
                arguments: [row.id])
            try db.execute(
                sql: "UPDATE request_item SET completed_at = ? WHERE request_id = ? AND completed_at IS NULL",
                arguments: [now, row.id])
            let brought =
                items.isEmpty ? nil : "berkas dilengkapi: " + items.map(Requirements.listText).joined(separator: "; ")
            return RequestEvent(
                kind: .berkasLengkap, at: now, actorID: user.id, fromStatus: .menungguBerkas, toStatus: .diterima,
                completeAt: now, deadline: deadline,
                note: [brought, Applicant.cleanText(note)].compactMap { $0 }.joined(separator: " — ").nilIfEmpty)
        }
    }

    /// Moves a request to `status` (``LoketCore/RequestStatus/checkTransition(to:reason:)``);
    /// `diterima` from `menunggu_berkas` is ``completeDocuments(number:by:note:at:)``.
    @discardableResult
    public func changeStatus(
        number: String, to status: RequestStatus, reason: String? = nil, note: String? = nil, by user: User,
        expecting version: Int? = nil, at now: Date = Date()
    ) throws -> RequestSummary {
        if status == .diterima, try summary(number: number)?.status == .menungguBerkas {
            return try completeDocuments(number: number, by: user, note: note, expecting: version, at: now)
        }
        return try change(number: number, permission: .updateRequest, by: user, at: now, expecting: version) {
            _, row, _ in
            do {
                try row.state.status.checkTransition(to: status, reason: reason)
            } catch let error as RequestRuleError {
                throw RequestError.rule(error)
            }
            return RequestEvent(
                kind: .status, at: now, actorID: user.id, fromStatus: row.state.status, toStatus: status,
                note: Applicant.cleanText(note), reason: Applicant.cleanText(reason))
        }
    }

    /// Grants the single extension the time limit allows (supervisor; a reason is required).
    @discardableResult
    public func extend(
        number: String, reason: String?, by user: User, expecting version: Int? = nil, at now: Date = Date()
    ) throws -> RequestSummary {
        try change(number: number, permission: .extendDeadline, by: user, at: now, expecting: version) {
            _, row, calendar in
            let deadline: Date
            do {
                deadline = try row.limit.extendedDeadline(of: row.state, reason: reason, in: calendar)
            } catch let error as RequestRuleError {
                throw RequestError.rule(error)
            }
            return RequestEvent(
                kind: .perpanjangan, at: now, actorID: user.id, deadline: deadline, reason: Applicant.cleanText(reason))
        }
    }

    /// Hands a request to another officer (supervisor), who must work for the request's unit.
    @discardableResult
    public func assign(
        number: String, to assignee: User, note: String? = nil, by user: User, expecting version: Int? = nil,
        at now: Date = Date()
    ) throws -> RequestSummary {
        try change(number: number, permission: .reassign, by: user, at: now, expecting: version) { db, row, _ in
            guard assignee.isActive else { throw RequestError.inactiveAssignee(assignee.account) }
            guard assignee.scope.contains(unit: row.unitID) else {
                let unit = try String.fetchOne(db, sql: "SELECT name FROM unit WHERE id = ?", arguments: [row.unitID])
                throw RequestError.assigneeOutOfScope(account: assignee.account, unit: unit ?? "unit \(row.unitID)")
            }
            guard row.state.status.isOpen || row.state.status == .selesai else {
                throw RequestError.rule(.notReassignable(row.state.status))
            }
            // Handing a request to the officer who has it would only add an event that changes nothing.
            guard row.state.assigneeID != assignee.id else {
                throw RequestError.alreadyAssigned(number: number, account: assignee.account)
            }
            return RequestEvent(
                kind: .penugasan, at: now, actorID: user.id, assigneeID: assignee.id, note: Applicant.cleanText(note))
        }
    }

    /// Some of the missing Persyaratan were brought (`positions`, 0-based in the card's list).
    /// When they were the last ones, the documents are complete: status `diterima` and the clock
    /// starts now (as ``completeDocuments(number:by:note:expecting:at:)``); otherwise the items are
    /// ticked and a note event records them.
    @discardableResult
    public func bringDocuments(
        number: String, positions: [Int], by user: User, expecting version: Int? = nil, at now: Date = Date()
    ) throws -> RequestSummary {
        try change(number: number, permission: .updateRequest, by: user, at: now, expecting: version) {
            db, row, calendar in
            guard row.state.status == .menungguBerkas else {
                throw RequestError.rule(.documentsAlreadyComplete(row.state.status))
            }
            let missing = try Row.fetchAll(
                db,
                sql: "SELECT position, text FROM request_item WHERE request_id = ? AND completed_at IS NULL",
                arguments: [row.id])
            let open = Dictionary(uniqueKeysWithValues: missing.map { ($0[0] as Int, $0[1] as String) })
            let wanted = Array(Set(positions)).sorted()
            guard !wanted.isEmpty else { throw RequestError.itemNotMissing("(tidak ada yang dipilih)") }
            for position in wanted where open[position] == nil {
                throw RequestError.itemNotMissing(String(position + 1))
            }
            for position in wanted {
                try db.execute(
                    sql: "UPDATE request_item SET completed_at = ? WHERE request_id = ? AND position = ?",
                    arguments: [now, row.id, position])
            }
            let brought =
                "berkas dibawa: " + wanted.compactMap { open[$0].map(Requirements.listText) }.joined(separator: "; ")
            if wanted.count == open.count {
                return RequestEvent(
                    kind: .berkasLengkap, at: now, actorID: user.id, fromStatus: .menungguBerkas, toStatus: .diterima,
                    completeAt: now, deadline: row.limit.deadline(completeAt: now, in: calendar), note: brought)
            }
            return RequestEvent(kind: .catatan, at: now, actorID: user.id, note: brought)
        }
    }

    /// A note in the request's history; nothing else changes.
    @discardableResult
    public func addNote(
        number: String, note: String, by user: User, expecting version: Int? = nil, at now: Date = Date()
    )
        throws -> RequestSummary
    {
        guard let clean = Applicant.cleanText(note) else { throw RequestError.emptyNote }
        return try change(number: number, permission: .updateRequest, by: user, at: now, expecting: version) {
            _, _, _ in RequestEvent(kind: .catatan, at: now, actorID: user.id, note: clean)
        }
    }

    /// Corrects the pemohon's telephone and address on the request (and on the pemohon's record,
    /// for the next visit); the history keeps what they were.
    @discardableResult
    public func correctContact(
        number: String, phone: String?, address: String?, by user: User, expecting version: Int? = nil,
        at now: Date = Date()
    ) throws -> RequestSummary {
        guard let detail = try read("permohonan \(number)", { try Self.fetchDetail($0, number: number) }) else {
            throw RequestError.notFound(number)
        }
        var input = ApplicantInput(
            name: detail.applicant.name, nik: detail.applicant.nik, phone: phone, address: address)
        input.note = detail.applicant.note
        let corrected: Applicant
        switch Result(catching: { () throws(RequestRuleError) in try Applicant(validating: input) }) {
        case .success(let applicant): corrected = applicant
        case .failure(let error): throw RequestError.rule(error)
        }
        var changes: [String] = []
        if corrected.phone != detail.applicant.phone {
            changes.append("telepon \(detail.applicant.phone ?? "-") → \(corrected.phone ?? "-")")
        }
        if corrected.address != detail.applicant.address {
            changes.append("alamat \(detail.applicant.address ?? "-") → \(corrected.address ?? "-")")
        }
        guard !changes.isEmpty else { throw RequestError.nothingChanged }
        return try change(
            number: number, permission: .updateRequest, by: user, at: now, expecting: version, resealing: true
        ) { db, row, _ in
            try db.execute(
                sql: "UPDATE request SET applicant_phone = ?, applicant_address = ? WHERE id = ?",
                arguments: [corrected.phone, corrected.address, row.id])
            try db.execute(
                sql: "UPDATE applicant SET phone = ?, address = ? WHERE id = ?",
                arguments: [corrected.phone, corrected.address, detail.applicantID])
            return RequestEvent(
                kind: .catatan, at: now, actorID: user.id,
                note: "kontak pemohon dikoreksi: " + changes.joined(separator: "; "))
        }
    }

    /// The row of a request as a change sees it.
    struct RequestRow {
        var id: Int64
        var unitID: Int64
        var state: RequestState
        var limit: RequestTimeLimit
    }

    /// The shared shape of a change: authorize on the request's unit, then in one IMMEDIATE
    /// transaction re-read the row, let `body` check the rules and make the event, apply the
    /// event to the row with the same fold the rebuild uses, and append the event.
    ///
    /// `expecting`: the number of events the caller saw (``RequestDetail/version``); when another
    /// user changed the request since, nothing is written (``RequestError/changedMeanwhile(number:)``).
    /// `resealing`: `body` changes intake fields, so the event carries their new ``RequestSeal``.
    private func change(
        number: String, permission: Permission, by user: User, at now: Date, expecting version: Int? = nil,
        resealing: Bool = false, _ body: (Database, RequestRow, WorkingCalendar) throws -> RequestEvent
    ) throws -> RequestSummary {
        guard let found = try summary(number: number) else { throw RequestError.notFound(number) }
        try authorize(user, permission, unitID: found.unitID, target: found.number, at: now)
        let calendar = try workingCalendar(agencyID: found.agencyID)
        try write("perubahan permohonan \(found.number)") { db in
            guard var row = try Self.fetchRow(db, id: found.id) else { throw RequestError.notFound(number) }
            if let version {
                let events = try Int.fetchOne(
                    db, sql: "SELECT count(*) FROM request_event WHERE request_id = ?", arguments: [row.id])
                guard events == version else { throw RequestError.changedMeanwhile(number: found.number) }
            }
            let event = try body(db, row, calendar)
            row.state.apply(event)
            try db.execute(
                sql: """
                    UPDATE request SET status = ?, complete_at = ?, deadline = ?, extended = ?, assignee_id = ?,
                        closing_reason = ?, finished_at = ?, updated_at = ?
                    WHERE id = ?
                    """,
                arguments: [
                    row.state.status.rawValue, row.state.completeAt, row.state.deadline, row.state.extended,
                    row.state.assigneeID, row.state.closingReason, row.state.finishedAt, row.state.updatedAt, row.id,
                ])
            let seal = resealing ? try RequestSeal.current(db, requestID: row.id) : nil
            try Self.insert(event, requestID: row.id, seal: seal, db)
        }
        return try summary(number: found.number)!
    }
}
