import Foundation
import LoketCore
import LoketPresentation
import LoketStore
import LoketTUI

/// The interface's data protocol (``LoketTUI/CounterData``) served by the store, for one user.
/// Every store error becomes a ``LoketTUI/DataError`` worded for the screen.
public struct StoreCounterData: CounterData {
    let store: Store
    let user: User
    let clock: @Sendable () -> Date
    /// Where receipts go when no printer is set.
    let receiptDirectory: URL
    /// The live board's change mark (nil when its connection could not be opened: the board
    /// then re-reads once a minute only).
    let watch: ChangeWatch?

    public init(store: Store, user: User, receiptDirectory: URL, clock: @escaping @Sendable () -> Date) {
        self.store = store
        self.user = user
        self.receiptDirectory = receiptDirectory
        self.clock = clock
        watch = try? ChangeWatch(store)
    }

    public func perform(_ request: DataRequest) -> DataResponse {
        switch request {
        case .card(let id): return .card(serviceID: id, attempt { try card(id) })
        case .intake(let id): return .intake(serviceID: id, attempt { try intake(id) })
        case .applicants(let nik, let phone):
            return .applicants(
                nik: nik, phone: phone,
                attempt {
                    try store.searchApplicants(nik: nik, phone: phone, for: user, limit: 5, at: clock()).map {
                        KnownApplicant(
                            id: $0.id, name: $0.applicant.name, nik: $0.applicant.nik, phone: $0.applicant.phone,
                            address: $0.applicant.address)
                    }
                })
        case .log(let draft): return .logged(attempt { try log(draft) })
        case .requests(let query): return .requests(query, attempt { try page(query) })
        case .request(let number): return .request(number: number, attempt { try view(number) })
        case .change(let number, let change, let version):
            return .changed(number: number, attempt { try apply(change, number, version) })
        case .officers(let unit): return .officers(unitID: unit, attempt { try officers(unit) })
        case .printReceipt(let number): return .printed(number: number, attempt { try printReceipt(number) })
        case .board: return .board(attempt { try board() })
        case .changeMark: return .changeMark(attempt { try changeMark() })
        case .report(let month):
            return .report(month: month, attempt { try store.monthlyReport(for: user, month: month, at: clock()) })
        case .recordSKM(let serviceID, let answers):
            return .skmRecorded(
                serviceID: serviceID,
                attempt { try store.recordSKM(answers, serviceID: serviceID, by: user, at: clock()) })
        }
    }

    // MARK: - Catalog

    func card(_ serviceID: Int64) throws -> CardData? {
        guard let card = try store.serviceCard(serviceID: serviceID) else { return nil }
        return CardData(
            serviceID: card.serviceID, name: card.name, unitName: card.unitName, agencyName: card.agency.name,
            decreeNumber: card.decree.number, decreeDate: card.decree.date, timeLimitRaw: card.timeLimitRaw,
            rows: card.components.map { CardData.Row(number: $0.number, label: $0.label, text: $0.text) },
            timeLimitOverride: card.timeLimitOverride.map {
                CardData.Override(text: $0.text, reason: $0.reason, setBy: $0.setBy)
            })
    }

    func intake(_ serviceID: Int64) throws -> IntakeInfo {
        guard let card = try store.serviceCard(serviceID: serviceID),
            let limit = try store.timeLimit(serviceID: serviceID)
        else { throw RequestError.serviceNotFound(serviceID) }
        return IntakeInfo(
            serviceID: serviceID, serviceName: card.name, unitName: card.unitName, agencyName: card.agency.name,
            requirements: Requirements.numbered(from: card.component(.persyaratan)?.text),
            timeLimitText: limit.text, reading: limit.reading,
            calendar: try store.workingCalendar(agencyID: card.agency.id))
    }

    // MARK: - Requests

    func log(_ draft: RequestDraft) throws -> RequestView {
        let requirements = try intake(draft.serviceID).requirements
        let missing = draft.missing.compactMap { requirements[safe: $0]?.label }
        let summary = try store.logRequest(
            NewRequest(
                serviceID: draft.serviceID,
                applicant: ApplicantInput(name: draft.name, nik: draft.nik, phone: draft.phone, address: draft.address),
                option: draft.option, missing: missing, note: draft.note, applicantID: draft.applicantID,
                event: draft.event),
            by: user, at: clock())
        return try view(summary.number)
    }

    func view(_ number: String) throws -> RequestView {
        let d = try store.request(number: number, for: user, at: clock())
        let s = d.summary
        let calendar = try store.workingCalendar(agencyID: s.agencyID)
        return RequestView(
            id: s.id, number: s.number, status: s.status, serviceID: s.serviceID, serviceName: s.serviceName,
            unitID: s.unitID,
            unitName: s.unitName, agencyName: d.agencyName,
            applicant: KnownApplicant(
                id: d.applicantID, name: d.applicant.name, nik: d.applicant.nik, phone: d.applicant.phone,
                address: d.applicant.address),
            receivedAt: s.receivedAt, completeAt: s.completeAt, deadline: s.deadline, finishedAt: s.finishedAt,
            extended: s.extended, assignee: s.assignee, timeLimitText: d.timeLimitRaw, amount: d.timeLimit,
            optionCondition: d.optionCondition, allowedExtension: d.allowedExtension,
            items: d.items.map {
                RequestView.Item(
                    position: $0.position, label: $0.label, text: $0.text, brought: $0.brought,
                    completedAt: $0.completedAt)
            },
            history: d.history.map { RequestView.Entry(event: $0.event, actor: $0.actor, assignee: $0.assignee) },
            closingReason: d.closingReason, calendar: calendar, receipt: Receipt(d))
    }

    func page(_ query: RequestQuery) throws -> RequestPage {
        let now = clock()
        var calendars: [Int64: WorkingCalendar] = [:]
        func calendar(_ agencyID: Int64) throws -> WorkingCalendar {
            if let known = calendars[agencyID] { return known }
            let calendar = try store.workingCalendar(agencyID: agencyID)
            calendars[agencyID] = calendar
            return calendar
        }
        let focus: RequestPageQuery.Focus
        switch query.focus {
        case .all: focus = .all
        case .open: focus = .running
        case .overdue: focus = .overdue
        case .dueToday:
            // The end of today in the zone of the user's first agency (all seed agencies share WITA).
            let code = user.units.first?.agencyCode
            let agencies = try store.agencies()
            let agencyID = agencies.first { $0.code == code }?.id ?? agencies.first?.id ?? 0
            let zoneCalendar = (try? calendar(agencyID)) ?? WorkingCalendar.standard(timeZone: .current)
            let today = zoneCalendar.civil(now).date
            focus = .dueBefore(zoneCalendar.instant(today.adding(days: 1), second: 0))
        }
        let after = query.after.map { ($0.date, $0.id) }
        let (rows, hasMore) = try store.requestPage(
            RequestPageQuery(
                scope: query.scope == .mine ? .mine : .units, focus: focus, status: query.status, text: query.text,
                after: after, limit: query.limit),
            for: user, at: now)
        let mapped = rows.map(Self.row)
        for row in mapped { _ = try calendar(row.agencyID) }
        return RequestPage(rows: mapped, hasMore: hasMore, calendars: calendars)
    }

    // MARK: - The board

    func changeMark() throws -> DataMark {
        guard let watch else {
            throw DataError(.failure, "Perubahan data tidak dapat dipantau; papan dimuat ulang tiap menit.")
        }
        let mark = try watch.mark()
        return DataMark([mark.dataVersion, mark.ownChanges])
    }

    /// The board, with the change mark read first: a commit during the read moves the mark
    /// again and the next tick reads once more.
    func board() throws -> BoardPage {
        let mark = try? changeMark()
        let board = try store.board(for: user, at: clock())
        let rows = (board.overdue + board.dueSoon).map(Self.row)
        return BoardPage(
            rows: rows,
            tallies: board.counts.map {
                BoardTally(
                    unitID: $0.unitID, unitName: $0.unitName, agencyCode: $0.agencyCode, overdue: $0.overdue,
                    dueSoon: $0.dueSoon)
            },
            calendars: board.calendars, mark: mark)
    }

    static func row(_ s: RequestSummary) -> RequestRow {
        RequestRow(
            id: s.id, number: s.number, applicantName: s.applicantName, serviceName: s.serviceName,
            unitName: s.unitName, status: s.status, receivedAt: s.receivedAt, deadline: s.deadline,
            finishedAt: s.finishedAt, assignee: s.assignee, agencyID: s.agencyID, unitID: s.unitID)
    }

    func apply(_ change: RequestChange, _ number: String, _ version: Int) throws -> RequestView {
        let now = clock()
        switch change {
        case .bring(let positions):
            try store.bringDocuments(number: number, positions: positions, by: user, expecting: version, at: now)
        case .status(let status, let reason):
            try store.changeStatus(
                number: number, to: status, reason: status.needsReason ? reason : nil,
                note: status.needsReason ? nil : Applicant.cleanText(reason), by: user, expecting: version, at: now)
        case .note(let text):
            try store.addNote(number: number, note: text, by: user, expecting: version, at: now)
        case .contact(let phone, let address):
            try store.correctContact(
                number: number, phone: phone, address: address, by: user, expecting: version, at: now)
        case .extend(let reason):
            try store.extend(number: number, reason: reason, by: user, expecting: version, at: now)
        case .assign(let account):
            guard let assignee = try store.user(account: account) else { throw RequestError.userNotFound(account) }
            try store.assign(number: number, to: assignee, by: user, expecting: version, at: now)
        }
        return try view(number)
    }

    func officers(_ unitID: Int64) throws -> [Officer] {
        try store.users().filter { $0.isActive && $0.role != .admin && $0.scope.contains(unit: unitID) }.map {
            Officer(account: $0.account, name: $0.displayName.isEmpty ? $0.account : $0.displayName)
        }
    }

    // MARK: - Receipts

    func printReceipt(_ number: String) throws -> PrintOutcome {
        let detail = try store.request(number: number, for: user, permission: .printReceipt, at: clock())
        let settings = try store.receiptSettings(for: user)
        let text = ReceiptText.text(Receipt(detail), width: settings.width)
        if let printer = settings.printer {
            try ReceiptPrinter.run(printer, input: text)
            return .printed(command: printer.joined(separator: " "))
        }
        try FileManager.default.createDirectory(at: receiptDirectory, withIntermediateDirectories: true)
        let file = receiptDirectory.appendingPathComponent("\(detail.summary.number).txt")
        try Data(text.utf8).write(to: file, options: .atomic)
        return .saved(path: file.path)
    }

    // MARK: - Errors

    func attempt<T>(_ body: () throws -> T) -> Result<T, DataError> {
        do {
            return .success(try body())
        } catch {
            return .failure(Self.wording(error))
        }
    }

    /// A store error in the screen's words (no command-line flags).
    static func wording(_ error: any Error) -> DataError {
        switch error {
        case let error as RequestError:
            switch error {
            case .rule(.invalidApplicant(let problems)):
                let field: FormField? =
                    problems.first.map { p in
                        p.hasPrefix("NIK")
                            ? .nik : (p.contains("telepon") ? .phone : (p.contains("nama") ? .name : .nik))
                    }
                return DataError(.invalid(field: field), RequestRuleError.invalidApplicant(problems).screenText)
            case .rule(let rule):
                let field: FormField? =
                    switch rule {
                    case .optionRequired, .optionOutOfRange: .option
                    case .eventRequired, .eventPassed, .eventNotApplicable: .eventDate
                    default: nil
                    }
                return DataError(.invalid(field: field), rule.screenText)
            case .changedMeanwhile: return DataError(.changedMeanwhile, error.description)
            case .notFound: return DataError(.notFound, error.description)
            default: return DataError(.invalid(field: nil), error.description)
            }
        case let error as AccessError:
            return DataError(.refused, error.description)
        case let error as ReceiptPrinter.Failure:
            return DataError(.failure, error.description)
        default:
            return DataError(.failure, "\(error)")
        }
    }
}

/// Runs a receipt printer command (no shell), the receipt on its standard input.
enum ReceiptPrinter {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static func run(_ words: [String], input: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = words
        let pipe = Pipe()
        process.standardInput = pipe
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw Failure(description: "printer '\(words.joined(separator: " "))' tidak dapat dijalankan (\(error)).")
        }
        pipe.fileHandleForWriting.write(Data(input.utf8))
        try? pipe.fileHandleForWriting.close()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure(
                description: "printer '\(words.joined(separator: " "))' gagal (status \(process.terminationStatus)); "
                    + "periksa printernya, lalu cetak ulang dengan p.")
        }
    }
}

/// The interface's values built from the store: the catalog snapshot (one query) and the program.
public enum TUISource {
    public static func snapshot(_ tree: [AgencyNode], searchTexts: [Int64: String] = [:]) -> CatalogSnapshot {
        CatalogSnapshot(
            agencies: tree.map { agency in
                CatalogSnapshot.Agency(
                    id: agency.id, name: agency.name, code: agency.code, timeZone: agency.timeZone,
                    units: agency.units.map { unit in
                        CatalogSnapshot.Unit(
                            id: unit.id, name: unit.name,
                            services: unit.services.map {
                                CatalogSnapshot.Service(
                                    id: $0.id, name: $0.name, timeLimitRaw: $0.timeLimitRaw,
                                    timeLimitOverride: $0.timeLimitOverride, searchText: searchTexts[$0.id] ?? "")
                            })
                    })
            })
    }

    /// The program with its first state, ready to draw, for the user running it. `clock` is the
    /// session's (an admin's `LOKET_NOW` shows as the time on the top bar and dates what is logged).
    public static func program(
        store: Store, user: User, width: Int = 80, height: Int = 24, receiptDirectory: URL,
        clock: @escaping @Sendable () -> Date = { Date() }
    ) throws -> Program {
        let catalog = snapshot(try store.catalogTree(), searchTexts: try store.serviceSearchTexts())
        let state = AppState(
            catalog: catalog, width: width, height: height, operatorName: user.account, role: user.role,
            homeUnits: Set(user.units.map(\.id)))
        return Program(
            state: state,
            data: StoreCounterData(store: store, user: user, receiptDirectory: receiptDirectory, clock: clock),
            clock: clock)
    }
}
