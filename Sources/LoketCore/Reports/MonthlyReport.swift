import Foundation

/// The monthly report (`loket report`, F6): per Bagian of the user's units, its services below
/// it, and the total. What each figure counts: README, "The monthly report and the SKM".
public struct MonthlyReport: Sendable, Hashable {
    public var month: ReportMonth
    public var units: [UnitReport]
    public var total: ReportFigures

    public init(month: ReportMonth, units: [UnitReport], total: ReportFigures) {
        self.month = month
        self.units = units
        self.total = total
    }
}

/// One Bagian in the report, with the services that had requests or SKM answers in the month.
public struct UnitReport: Sendable, Hashable {
    public var unitID: Int64
    public var unitName: String
    public var agencyCode: String
    public var agencyName: String
    public var counts: ReportFigures
    public var services: [ServiceReport]

    public init(
        unitID: Int64, unitName: String, agencyCode: String, agencyName: String = "", counts: ReportFigures,
        services: [ServiceReport]
    ) {
        self.unitID = unitID
        self.unitName = unitName
        self.agencyCode = agencyCode
        self.agencyName = agencyName
        self.counts = counts
        self.services = services
    }
}

/// One service in the report.
public struct ServiceReport: Sendable, Hashable {
    public var serviceID: Int64
    public var serviceName: String
    public var counts: ReportFigures

    public init(serviceID: Int64, serviceName: String, counts: ReportFigures) {
        self.serviceID = serviceID
        self.serviceName = serviceName
        self.counts = counts
    }
}

/// The figures of a service, a Bagian or the total for a month: the requests received in the
/// month (agency's zone) and what became of them by now, the median working time to finish, the
/// SKM answers of the month.
public struct ReportFigures: Sendable, Hashable {
    public var received: Int
    /// Selesai or diserahkan, selesai at or before the deadline (or without a deadline).
    public var finishedOnTime: Int
    /// Selesai or diserahkan, selesai after the deadline.
    public var finishedLate: Int
    /// Menunggu berkas, diterima or diproses now.
    public var open: Int
    /// Open with the clock running and past the deadline now.
    public var overdue: Int
    /// Ditolak or dibatalkan.
    public var closedUnfinished: Int
    /// The median office time from received to selesai, in seconds of the agency's office hours.
    public var medianWorkingSeconds: Int?
    /// The same in working days (each request's time over its agency's working day length).
    public var medianWorkingDays: Double?
    public var skm: SKMTally

    public init(
        received: Int = 0, finishedOnTime: Int = 0, finishedLate: Int = 0, open: Int = 0, overdue: Int = 0,
        closedUnfinished: Int = 0, medianWorkingSeconds: Int? = nil, medianWorkingDays: Double? = nil,
        skm: SKMTally = SKMTally()
    ) {
        self.received = received
        self.finishedOnTime = finishedOnTime
        self.finishedLate = finishedLate
        self.open = open
        self.overdue = overdue
        self.closedUnfinished = closedUnfinished
        self.medianWorkingSeconds = medianWorkingSeconds
        self.medianWorkingDays = medianWorkingDays
        self.skm = skm
    }

    public var finished: Int { finishedOnTime + finishedLate }

    /// Of the finished, the share finished on time, 0-100, to one decimal (rounded half up in
    /// whole numbers, so every front end shows the same digit); nil when none finished.
    public var onTimePercent: Double? {
        finished == 0 ? nil : Double((2000 * finishedOnTime + finished) / (2 * finished)) / 10
    }

    /// The median in working hours.
    public var medianWorkingHours: Double? { medianWorkingSeconds.map { Double($0) / 3600 } }

    /// Counts one request received in the month, as it stands at `now`.
    public mutating func count(_ entry: ReportEntry, at now: Date) {
        received += 1
        switch entry.status {
        case .selesai, .diserahkan:
            if entry.finishedLate { finishedLate += 1 } else { finishedOnTime += 1 }
        case .menungguBerkas, .diterima, .diproses:
            open += 1
            if entry.status.isClockRunning, let deadline = entry.deadline, now > deadline { overdue += 1 }
        case .ditolak, .dibatalkan:
            closedUnfinished += 1
        }
    }
}

/// A request as the report reads it.
public struct ReportEntry: Sendable, Hashable {
    public var status: RequestStatus
    public var receivedAt: Date
    public var deadline: Date?
    /// When it became selesai (or ditolak, dibatalkan).
    public var finishedAt: Date?

    public init(status: RequestStatus, receivedAt: Date, deadline: Date?, finishedAt: Date?) {
        self.status = status
        self.receivedAt = receivedAt
        self.deadline = deadline
        self.finishedAt = finishedAt
    }

    /// Finished (selesai or diserahkan) after its deadline. The request list's "terlambat" uses
    /// the same rule.
    public var finishedLate: Bool {
        guard let finishedAt, let deadline, status == .selesai || status == .diserahkan else { return false }
        return finishedAt > deadline
    }
}
