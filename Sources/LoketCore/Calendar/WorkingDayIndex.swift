/// Counts of a calendar's working days and office seconds over a span of days without walking
/// it: whole weeks times the week's working weekdays (or office seconds), the days of the last
/// partial week, minus the holidays in the span found by binary search in a sorted list.
///
/// Only holidays on a weekday with office hours count (a holiday on a closed Sunday takes
/// nothing away). Built by ``WorkingCalendar`` whenever its hours or holidays change.
struct WorkingDayIndex: Sendable {
    /// By ISO weekday (index 1...7; index 0 unused): office seconds of that weekday, 0 if closed.
    private let weekdaySeconds: [Int]
    private let openWeekdays: Int
    private let weekSeconds: Int
    /// Day numbers of the holidays on open weekdays, ascending.
    private let holidayDays: [Int]
    /// `holidaySecondsBefore[i]`: office seconds the first `i` of those holidays take away.
    private let holidaySecondsBefore: [Int]

    init(hours: [Int: OfficeHours], holidays: [LocalDate: Holiday]) {
        var seconds = [Int](repeating: 0, count: 8)
        for weekday in 1...7 { seconds[weekday] = hours[weekday]?.workingSeconds ?? 0 }
        weekdaySeconds = seconds
        openWeekdays = (1...7).filter { hours[$0] != nil }.count
        weekSeconds = seconds.reduce(0, +)
        let days = holidays.keys.filter { hours[$0.weekday] != nil }.map(\.dayNumber).sorted()
        holidayDays = days
        var before = [0]
        before.reserveCapacity(days.count + 1)
        var total = 0
        for day in days {
            total += seconds[LocalDate.weekday(ofDayNumber: day)]
            before.append(total)
        }
        holidaySecondsBefore = before
    }

    /// Working days from day number `first` through `last` (0 when `last < first`).
    func workingDays(from first: Int, through last: Int) -> Int {
        guard last >= first else { return 0 }
        let count = last - first + 1
        var total = count / 7 * openWeekdays
        var weekday = LocalDate.weekday(ofDayNumber: first)
        for _ in 0..<count % 7 {
            if weekdaySeconds[weekday] > 0 { total += 1 }
            weekday = weekday == 7 ? 1 : weekday + 1
        }
        return total - (holidayPosition(after: last) - holidayPosition(after: first - 1))
    }

    /// Office seconds of the whole days from day number `first` through `last` (0 when
    /// `last < first`).
    func officeSeconds(from first: Int, through last: Int) -> Int {
        guard last >= first else { return 0 }
        let count = last - first + 1
        var total = count / 7 * weekSeconds
        var weekday = LocalDate.weekday(ofDayNumber: first)
        for _ in 0..<count % 7 {
            total += weekdaySeconds[weekday]
            weekday = weekday == 7 ? 1 : weekday + 1
        }
        return total
            - (holidaySecondsBefore[holidayPosition(after: last)]
                - holidaySecondsBefore[holidayPosition(after: first - 1)])
    }

    /// How many of the holidays fall on or before day number `day`.
    private func holidayPosition(after day: Int) -> Int {
        var low = 0
        var high = holidayDays.count
        while low < high {
            let middle = (low + high) / 2
            if holidayDays[middle] <= day { low = middle + 1 } else { high = middle }
        }
        return low
    }
}

extension LocalDate {
    /// ISO weekday (1 = Monday ... 7 = Sunday) of a day number (days since 1970-01-01).
    static func weekday(ofDayNumber dayNumber: Int) -> Int {
        let r = (dayNumber + 3) % 7
        return (r < 0 ? r + 7 : r) + 1
    }
}

extension WorkingCalendar {
    /// The working days from `first` through `last` (0 when `last` is before `first`).
    public func workingDays(from first: LocalDate, through last: LocalDate) -> Int {
        dayIndex.workingDays(from: first.dayNumber, through: last.dayNumber)
    }
}
