import Foundation
import LoketCore
import LoketTUI

/// The interface's data side in memory: requests logged, listed, changed, with versions, so
/// that the screens can be driven through whole counter days without a database.
final class FakeCounter: CounterData, @unchecked Sendable {
    private let lock = NSLock()
    let cards: [Int64: CardData]
    let calendar = WorkingCalendar.standard(timeZone: TimeZone(identifier: "Asia/Makassar")!)
    let clock: @Sendable () -> Date
    var requests: [RequestView] = []
    var applicants: [KnownApplicant] = []
    /// Every request received, in order (what the screens asked for).
    var asked: [DataRequest] = []
    var officers: [Officer] = [Officer(account: "made", name: "Made"), Officer(account: "putu", name: "Putu Sari")]
    var printed: [String] = []
    /// Moves on every change (the live board's mark).
    var changes: Int64 = 0
    /// The monthly report per month (``Fixture/report(_:)`` when not set).
    var reports: [ReportMonth: MonthlyReport] = [:]
    /// SKM answers saved, per service, in order.
    var skm: [(serviceID: Int64, answers: SKMAnswers)] = []
    /// When set, saving SKM answers fails with it.
    var skmFailure: DataError?

    init(cards: [Int64: CardData], clock: @escaping @Sendable () -> Date = { Fixture.now }) {
        self.cards = cards
        self.clock = clock
    }

    func perform(_ request: DataRequest) -> DataResponse {
        lock.lock()
        defer { lock.unlock() }
        asked.append(request)
        switch request {
        case .card(let id): return .card(serviceID: id, .success(cards[id]))
        case .intake(let id):
            guard let info = intake(id) else {
                return .intake(serviceID: id, .failure(DataError(.notFound, "tidak ada")))
            }
            return .intake(serviceID: id, .success(info))
        case .applicants(let nik, let phone):
            let found = applicants.filter { (nik != nil && $0.nik == nik) || (phone != nil && $0.phone == phone) }
            return .applicants(nik: nik, phone: phone, .success(found))
        case .log(let draft): return .logged(log(draft))
        case .requests(let query): return .requests(query, .success(page(query)))
        case .request(let number):
            guard let view = requests.first(where: { $0.number == number }) else {
                return .request(number: number, .failure(DataError(.notFound, "Permohonan \(number) tidak ditemukan.")))
            }
            return .request(number: number, .success(view))
        case .change(let number, let change, let version):
            return .changed(number: number, apply(change, number, version))
        case .officers(let unit): return .officers(unitID: unit, .success(officers))
        case .printReceipt(let number):
            printed.append(number)
            return .printed(number: number, .success(.saved(path: "/tmp/\(number).txt")))
        case .board: return .board(.success(board()))
        case .changeMark: return .changeMark(.success(DataMark([changes])))
        case .report(let month): return .report(month: month, .success(reports[month] ?? Fixture.report(month)))
        case .recordSKM(let serviceID, let answers):
            if let skmFailure { return .skmRecorded(serviceID: serviceID, .failure(skmFailure)) }
            skm.append((serviceID, answers))
            return .skmRecorded(serviceID: serviceID, .success(ReportMonth(containing: clock(), in: calendar.timeZone)))
        }
    }

    func intake(_ id: Int64) -> IntakeInfo? {
        guard let card = cards[id] else { return nil }
        let text = card.rows.first { $0.number == 3 }?.text
        return IntakeInfo(
            serviceID: id, serviceName: card.name, unitName: card.unitName, agencyName: card.agencyName,
            requirements: Requirements.numbered(from: card.rows.first { $0.number == 1 }?.text), timeLimitText: text,
            reading: text.map { TimeLimitParser.parse($0).reading } ?? .open(reason: nil), calendar: calendar)
    }

    func log(_ draft: RequestDraft) -> Result<RequestView, DataError> {
        guard let info = intake(draft.serviceID) else { return .failure(DataError(.notFound, "layanan tidak ada")) }
        let limit: RequestTimeLimit
        do { limit = try RequestTimeLimit(reading: info.reading, option: draft.option) } catch {
            return .failure(DataError(.invalid(field: .option), error.screenText))
        }
        let now = clock()
        let complete = draft.missing.isEmpty
        let number = "DU-2026-" + String(format: "%06d", requests.count + 1)
        let items = info.requirements.enumerated().map {
            RequestView.Item(
                position: $0.offset, label: $0.element.label, text: $0.element.text,
                brought: !draft.missing.contains($0.offset))
        }
        let deadline = complete ? limit.deadline(completeAt: now, in: calendar) : nil
        let status: RequestStatus = complete ? .diterima : .menungguBerkas
        let event = RequestEvent(kind: .dibuat, at: now, actorID: 1, toStatus: status, deadline: deadline)
        let view = makeView(
            id: Int64(requests.count + 1), number: number, status: status, serviceID: draft.serviceID,
            serviceName: info.serviceName,
            applicant: KnownApplicant(id: 1, name: draft.name, nik: draft.nik.isEmpty ? nil : draft.nik),
            receivedAt: now,
            completeAt: complete ? now : nil, deadline: deadline, amount: limit.amount, items: items,
            history: [RequestView.Entry(event: event, actor: "made")])
        requests.append(view)
        changes += 1
        return .success(view)
    }

    func makeView(
        id: Int64, number: String, status: RequestStatus, serviceID: Int64 = 7, serviceName: String,
        applicant: KnownApplicant,
        receivedAt: Date, completeAt: Date?, deadline: Date?, amount: TimeAmount?, items: [RequestView.Item],
        history: [RequestView.Entry], allowedExtension: TimeAmount? = nil, unitID: Int64 = 1,
        unitName: String = "Bagian Uji"
    ) -> RequestView {
        let receipt = Receipt(
            agencyName: "Dinas Uji", number: number, serviceName: serviceName, unitName: "Bagian Uji",
            applicantName: applicant.name, maskedNIK: nil, phone: nil, receivedAt: receivedAt, completeAt: completeAt,
            deadline: deadline, status: status, missingItems: items.filter { !$0.brought }.map(\.text),
            complaintChannel: nil, officer: "made", zone: calendar.timeZone)
        return RequestView(
            id: id, number: number, status: status, serviceID: serviceID, serviceName: serviceName, unitID: unitID,
            unitName: unitName,
            agencyName: "Dinas Uji", applicant: applicant, receivedAt: receivedAt, completeAt: completeAt,
            deadline: deadline, finishedAt: nil, extended: false, assignee: "made", timeLimitText: amount?.description,
            amount: amount, optionCondition: nil, allowedExtension: allowedExtension, items: items, history: history,
            closingReason: nil, calendar: calendar, receipt: receipt)
    }

    /// `count` requests received a minute apart before `Fixture.now`, the newest first in the list.
    func seed(
        _ count: Int, status: RequestStatus = .diterima, deadline: Date? = nil, unitID: Int64 = 1,
        unitName: String = "Bagian Uji"
    ) {
        lock.lock()
        defer { lock.unlock() }
        changes += 1
        for n in 1...count {
            let at = Fixture.now.addingTimeInterval(Double(n - count - 1) * 60)
            requests.append(
                makeView(
                    id: Int64(requests.count + 1), number: "DU-2026-" + String(format: "%06d", requests.count + 1),
                    status: status, serviceName: "Layanan \(n)",
                    applicant: KnownApplicant(id: Int64(n), name: "Pemohon \(n)"),
                    receivedAt: at, completeAt: at, deadline: deadline ?? at.addingTimeInterval(86_400 * 3),
                    amount: TimeAmount(3, .workdays), items: [],
                    history: [RequestView.Entry(event: RequestEvent(kind: .dibuat, at: at, actorID: 1), actor: "made")],
                    unitID: unitID, unitName: unitName)
            )
        }
    }

    func page(_ query: RequestQuery) -> RequestPage {
        var rows = requests.sorted { ($0.receivedAt, $0.id) > ($1.receivedAt, $1.id) }
        if !query.text.isEmpty {
            rows = rows.filter {
                $0.number.contains(query.text) || $0.applicant.name.lowercased().contains(query.text.lowercased())
            }
        }
        if query.focus == .overdue {
            rows = rows.filter { $0.status.isClockRunning && ($0.deadline ?? .distantFuture) < clock() }
        }
        if let after = query.after { rows = rows.filter { ($0.receivedAt, $0.id) < (after.date, after.id) } }
        let page = rows.prefix(query.limit).map(Self.row)
        return RequestPage(rows: Array(page), hasMore: rows.count > query.limit, calendars: [1: calendar])
    }

    /// The board from memory: running requests past their deadline or due within one working day.
    func board() -> BoardPage {
        let now = clock()
        let running = requests.filter { $0.status.isClockRunning && $0.deadline != nil }
            .sorted { ($0.deadline!, $0.id) < ($1.deadline!, $1.id) }
        let overdue = running.filter { $0.deadline! < now }
        let soon = running.filter { DueSoon.isDueSoon(deadline: $0.deadline!, now: now, in: calendar) }
        var tallies: [BoardTally] = []
        for unit in Set((overdue + soon).map(\.unitID)).sorted() {
            let name = (overdue + soon).first { $0.unitID == unit }?.unitName ?? ""
            tallies.append(
                BoardTally(
                    unitID: unit, unitName: name, agencyCode: "DU", overdue: overdue.filter { $0.unitID == unit }.count,
                    dueSoon: soon.filter { $0.unitID == unit }.count))
        }
        return BoardPage(
            rows: (overdue + soon).map(Self.row), tallies: tallies, calendars: [1: calendar], mark: DataMark([changes]))
    }

    static func row(_ view: RequestView) -> RequestRow {
        RequestRow(
            id: view.id, number: view.number, applicantName: view.applicant.name, serviceName: view.serviceName,
            unitName: view.unitName, status: view.status, receivedAt: view.receivedAt, deadline: view.deadline,
            finishedAt: view.finishedAt, assignee: view.assignee, agencyID: 1, unitID: view.unitID)
    }

    func apply(_ change: RequestChange, _ number: String, _ version: Int) -> Result<RequestView, DataError> {
        guard let index = requests.firstIndex(where: { $0.number == number }) else {
            return .failure(DataError(.notFound, "tidak ada"))
        }
        var view = requests[index]
        guard view.version == version else {
            return .failure(DataError(.changedMeanwhile, "Permohonan \(number) baru saja diubah oleh pengguna lain."))
        }
        let now = clock()
        var event = RequestEvent(kind: .catatan, at: now, actorID: 1)
        switch change {
        case .bring(let positions):
            for p in positions {
                view.items[p].brought = true
                view.items[p].completedAt = now
            }
            if view.items.allSatisfy(\.brought) {
                event = RequestEvent(kind: .berkasLengkap, at: now, actorID: 1, toStatus: .diterima)
                view.status = .diterima
                view.completeAt = now
                view.deadline =
                    view.amount.map {
                        DeadlineCalculator.deadline(for: .duration($0), choiceIndex: nil, from: now, in: calendar)
                    } ?? nil
            }
        case .status(let status, let reason):
            do { try view.status.checkTransition(to: status, reason: reason) } catch {
                return .failure(DataError(.invalid(field: nil), error.screenText))
            }
            event = RequestEvent(
                kind: .status, at: now, actorID: 1, fromStatus: view.status, toStatus: status, reason: reason)
            view.status = status
        case .note(let text): event.note = text
        case .contact(let phone, _): view.applicant.phone = phone
        case .extend(let reason): event = RequestEvent(kind: .perpanjangan, at: now, actorID: 1, reason: reason)
        case .assign(let account):
            view.assignee = account
            event = RequestEvent(kind: .penugasan, at: now, actorID: 1)
        }
        view.history.append(RequestView.Entry(event: event, actor: "made"))
        requests[index] = view
        changes += 1
        return .success(view)
    }

    /// Someone else changes the request behind the screen's back (a second officer).
    func changeBehindTheBack(_ number: String, note: String) {
        lock.lock()
        defer { lock.unlock() }
        guard let index = requests.firstIndex(where: { $0.number == number }) else { return }
        requests[index].history.append(
            RequestView.Entry(event: RequestEvent(kind: .catatan, at: clock(), actorID: 2, note: note), actor: "putu"))
        changes += 1
    }
}

extension Fixture {
    /// The small catalog with a fake data side: the program and the fake.
    static func counter(width: Int = 80, height: Int = 24, role: Role = .petugas) -> (Program, FakeCounter) {
        let world = small()
        let fake = FakeCounter(cards: world.cards)
        let state = AppState(catalog: world.catalog, width: width, height: height, operatorName: "made", role: role)
        return (Program(state: state, data: fake, clock: { now }), fake)
    }
}

extension Fixture {
    /// A monthly report of two Bagian with services and SKM answers; the figures grow with the
    /// month's number, so a month change shows on screen.
    static func report(_ month: ReportMonth) -> MonthlyReport {
        let m = month.month
        var skm = SKMTally()
        // Three forms of each: enough to be shown (SKMTally.minimumShown).
        for scores in [[4, 3, 4, 4, 3, 4, 4, 3, 4], [3, 3, 3, 4, 3, 3, 4, 3, 3]] {
            for _ in 0..<3 { skm.add(try! SKMAnswers(scores: scores)) }
        }
        let legal = ReportFigures(
            received: 10 + m, finishedOnTime: 8, finishedLate: 2, open: m, overdue: 1, medianWorkingSeconds: 5 * 3600,
            medianWorkingDays: 0.625, skm: skm)
        let copy = ReportFigures(received: 3, finishedOnTime: 1, finishedLate: 1, open: 1)
        var hukum = legal
        hukum.received += copy.received
        hukum.finishedOnTime += copy.finishedOnTime
        hukum.finishedLate += copy.finishedLate
        hukum.open += copy.open
        let umum = ReportFigures()
        var total = hukum
        total.medianWorkingSeconds = 6 * 3600
        total.medianWorkingDays = 0.75
        return MonthlyReport(
            month: month,
            units: [
                UnitReport(
                    unitID: 1, unitName: "Bagian Hukum", agencyCode: "DU", counts: hukum,
                    services: [
                        ServiceReport(serviceID: 7, serviceName: "Legalisasi Produk Hukum", counts: legal),
                        ServiceReport(serviceID: 8, serviceName: "Salinan Peraturan", counts: copy),
                    ]),
                UnitReport(unitID: 2, unitName: "Bagian Umum", agencyCode: "DU", counts: umum, services: []),
            ],
            total: total)
    }
}
