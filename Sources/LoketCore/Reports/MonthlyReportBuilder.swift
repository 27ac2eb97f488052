import Foundation

/// Puts a monthly report together from the requests received in the month and the SKM answers
/// of the month, one at a time; the store reads them, this decides what they count for.
///
/// Decision: every Bagian of the user's units is listed, with nothing received or not (a Bagian
/// with nothing is news too); under it only the services with a request or an SKM answer in the
/// month, by name.
public struct MonthlyReportBuilder: Sendable {
    public let month: ReportMonth
    public let now: Date
    private var units: [Int64: UnitReport] = [:]
    private var unitOrder: [Int64] = []
    private var services: [Int64: (unitID: Int64, report: ServiceReport)] = [:]
    private var durations: [Int64: [(seconds: Int, days: Double)]] = [:]

    public init(month: ReportMonth, now: Date) {
        self.month = month
        self.now = now
    }

    /// A Bagian the report covers, in the order given.
    public mutating func addUnit(id: Int64, name: String, agencyCode: String, agencyName: String) {
        guard units[id] == nil else { return }
        units[id] = UnitReport(
            unitID: id, unitName: name, agencyCode: agencyCode, agencyName: agencyName, counts: ReportFigures(),
            services: [])
        unitOrder.append(id)
    }

    /// A service a request or an answer may name (ignored unless one does).
    public mutating func addService(id: Int64, name: String, unitID: Int64) {
        guard services[id] == nil else { return }
        services[id] = (unitID, ServiceReport(serviceID: id, serviceName: name, counts: ReportFigures()))
    }

    /// One request received in the month. `clock` measures its working time to finish on its
    /// agency's calendar. A service or Bagian not added is skipped.
    public mutating func add(_ entry: ReportEntry, serviceID: Int64, clock: OfficeClock) {
        // index(forKey:): whether the Bagian is there without copying its report.
        guard let unitID = services[serviceID]?.unitID, units.index(forKey: unitID) != nil else { return }
        services[serviceID]?.report.counts.count(entry, at: now)  // in place: no copy of the entry
        if entry.status == .selesai || entry.status == .diserahkan, let finishedAt = entry.finishedAt {
            let seconds = clock.seconds(from: entry.receivedAt, to: finishedAt)
            durations[serviceID, default: []].append((seconds, Double(seconds) / Double(clock.workingDayLength)))
        }
    }

    /// The SKM answers of a service in the month.
    public mutating func add(_ tally: SKMTally, serviceID: Int64) {
        guard var service = services[serviceID], units[service.unitID] != nil else { return }
        service.report.counts.skm.add(tally)
        services[serviceID] = service
    }

    public func build() -> MonthlyReport {
        var byUnit: [Int64: [ServiceReport]] = [:]
        var unitDurations: [Int64: [(seconds: Int, days: Double)]] = [:]
        for (id, service) in services
        where service.report.counts.received > 0 || service.report.counts.skm.responses > 0 {
            var report = service.report
            let times = durations[id] ?? []
            Self.setMedians(&report.counts, times)
            byUnit[service.unitID, default: []].append(report)
            unitDurations[service.unitID, default: []] += times
        }
        var total = ReportFigures()
        var allDurations: [(seconds: Int, days: Double)] = []
        let list = unitOrder.map { id -> UnitReport in
            var unit = units[id]!
            unit.services = (byUnit[id] ?? []).sorted {
                ($0.serviceName, $0.serviceID) < ($1.serviceName, $1.serviceID)
            }
            for service in unit.services { Self.sum(&unit.counts, service.counts) }
            Self.setMedians(&unit.counts, unitDurations[id] ?? [])
            Self.sum(&total, unit.counts)
            allDurations += unitDurations[id] ?? []
            return unit
        }
        Self.setMedians(&total, allDurations)
        return MonthlyReport(month: month, units: list, total: total)
    }

    private static func sum(_ into: inout ReportFigures, _ part: ReportFigures) {
        into.received += part.received
        into.finishedOnTime += part.finishedOnTime
        into.finishedLate += part.finishedLate
        into.open += part.open
        into.overdue += part.overdue
        into.closedUnfinished += part.closedUnfinished
        into.skm.add(part.skm)
    }

    private static func setMedians(_ figures: inout ReportFigures, _ times: [(seconds: Int, days: Double)]) {
        figures.medianWorkingSeconds = median(times.map { Double($0.seconds) }).map { Int($0.rounded()) }
        figures.medianWorkingDays = median(times.map(\.days))
    }

    /// The middle value, or the mean of the two middle values; nil for none. Found by selection
    /// (a quickselect with three-way partitions, linear on average, also when many values are
    /// equal) rather than by sorting: the report takes two medians of every request's time for
    /// each service, Bagian and the total.
    static func median(_ values: [Double]) -> Double? {
        guard !values.isEmpty else { return nil }
        var values = values
        let mid = values.count / 2
        select(&values, mid)
        if values.count % 2 == 1 { return values[mid] }
        // Everything before `mid` is at most values[mid]: the largest of them is the lower middle.
        return (values[..<mid].max()! + values[mid]) / 2
    }

    /// Reorders `values` so that `values[k]` is the value sorting would put there, with nothing
    /// larger before it and nothing smaller after it.
    static func select(_ values: inout [Double], _ k: Int) {
        var low = 0
        var high = values.count - 1
        while low < high {
            let pivot = values[low + (high - low) / 2]
            // values[low..<less] < pivot, values[less..<i] == pivot, values[(more + 1)...high] > pivot
            var less = low
            var i = low
            var more = high
            while i <= more {
                if values[i] < pivot {
                    values.swapAt(less, i)
                    less += 1
                    i += 1
                } else if values[i] > pivot {
                    values.swapAt(i, more)
                    more -= 1
                } else {
                    i += 1
                }
            }
            if k < less { high = less - 1 } else if k > more { low = more + 1 } else { return }
        }
    }
}
