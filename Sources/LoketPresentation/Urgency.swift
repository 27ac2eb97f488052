import Foundation
import LoketCore

/// How pressing a request is, in words (never colour alone): lists, the request screen, the board.
public enum Urgency: Sendable, Hashable {
    /// Past its deadline, by so much working time.
    case overdue(Lateness)
    /// The deadline falls later today (agency time).
    case dueToday
    /// Running, the deadline after today.
    case onSchedule
    /// Documents missing: no deadline yet.
    case waitingDocuments
    /// Running with an open time limit.
    case noDeadline
    /// Selesai or diserahkan; `late` when after the deadline.
    case finished(late: Bool)
    /// Ditolak or dibatalkan.
    case closed

    public static func of(
        status: RequestStatus, deadline: Date?, finishedAt: Date?, now: Date, calendar: WorkingCalendar
    ) -> Urgency {
        switch status {
        case .menungguBerkas: return .waitingDocuments
        case .ditolak, .dibatalkan: return .closed
        case .selesai, .diserahkan:
            if let deadline, let finishedAt { return .finished(late: finishedAt > deadline) }
            return .finished(late: false)
        case .diterima, .diproses:
            guard let deadline else { return .noDeadline }
            if now > deadline {
                return .overdue(Lateness.of(deadline: deadline, now: now, in: calendar) ?? .hours(0))
            }
            return calendar.civil(deadline).date == calendar.civil(now).date ? .dueToday : .onSchedule
        }
    }

    /// `terlambat 2 hari kerja`, `jatuh tempo hari ini`, `sesuai jadwal`, ...
    public var words: String {
        switch self {
        case .overdue(let lateness): return "terlambat \(lateness)"
        case .dueToday: return "jatuh tempo hari ini"
        case .onSchedule: return "sesuai jadwal"
        case .waitingDocuments: return "menunggu berkas"
        case .noDeadline: return "tanpa tenggat"
        case .finished(let late): return late ? "selesai terlambat" : "selesai tepat waktu"
        case .closed: return "ditutup"
        }
    }

    /// Working time left until `deadline` (`sisa 2 hari kerja`, `sisa 3 jam kerja`); nil when
    /// it has passed.
    public static func timeLeft(deadline: Date, now: Date, calendar: WorkingCalendar) -> String? {
        guard deadline > now, let left = Lateness.of(deadline: now, now: deadline, in: calendar) else { return nil }
        return "sisa \(left)"
    }

    /// Needs attention now (drawn as a warning).
    public var isAlarming: Bool {
        switch self {
        case .overdue, .finished(late: true): return true
        default: return false
        }
    }

    /// Due today (drawn as an accent).
    public var isPressing: Bool { self == .dueToday }
}
