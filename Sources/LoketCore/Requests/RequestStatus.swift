import Foundation

/// Where a request is (issue 4, DOMAIN.md). Raw values are the stored and typed names.
///
/// ```
/// menunggu_berkas ─→ diterima ─→ diproses ─→ selesai ─→ diserahkan
///        │              │  └──────────────────↗
///        └──────────────┴────────┴─→ ditolak / dibatalkan (with a reason)
/// ```
/// - `menunggu_berkas`: documents missing, no deadline yet.
/// - `diterima`: documents complete, the clock runs from `complete_at`.
/// - `diproses`: being worked on. `diterima` may also go straight to `selesai` (a 20-minute
///   service is done at the counter).
/// - `selesai`: the product is ready; the clock stops here (finished late when after the
///   deadline). `diserahkan`: handed to the pemohon.
/// - `ditolak`, `dibatalkan`: only from an open status, only with a reason.
public enum RequestStatus: String, Sendable, Hashable, Codable, CaseIterable {
    case menungguBerkas = "menunggu_berkas"
    case diterima
    case diproses
    case selesai
    case diserahkan
    case ditolak
    case dibatalkan

    /// Not finished: the request still counts against the office (menunggu_berkas, diterima,
    /// diproses). Only `diterima` and `diproses` have a running clock and can be overdue.
    public var isOpen: Bool { self == .menungguBerkas || self == .diterima || self == .diproses }

    /// The clock runs (a deadline can be passed).
    public var isClockRunning: Bool { self == .diterima || self == .diproses }

    /// No further change is possible.
    public var isFinal: Bool { allowedNext.isEmpty }

    /// The statuses a request may move to from this one.
    public var allowedNext: [RequestStatus] {
        switch self {
        case .menungguBerkas: return [.diterima, .ditolak, .dibatalkan]
        case .diterima: return [.diproses, .selesai, .ditolak, .dibatalkan]
        case .diproses: return [.selesai, .ditolak, .dibatalkan]
        case .selesai: return [.diserahkan]
        case .diserahkan, .ditolak, .dibatalkan: return []
        }
    }

    /// A status that needs a reason to be entered.
    public var needsReason: Bool { self == .ditolak || self == .dibatalkan }

    /// Checks a status change. A reason is trimmed; an empty reason counts as none.
    ///
    /// - Throws: ``RequestRuleError/transitionNotAllowed(from:to:)``,
    ///   ``RequestRuleError/reasonRequired(_:)``.
    public func checkTransition(to next: RequestStatus, reason: String?) throws(RequestRuleError) {
        guard allowedNext.contains(next) else { throw .transitionNotAllowed(from: self, to: next) }
        let trimmed = reason?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        if next.needsReason && trimmed.isEmpty { throw .reasonRequired(next) }
    }
}
