import Foundation

/// A request rule that refuses what was asked. Descriptions are for the officer, in Bahasa
/// Indonesia; each says what is wrong and what to do.
public enum RequestRuleError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The pemohon's data is invalid (every problem listed).
    case invalidApplicant([String])
    /// The status change is not allowed from the current status.
    case transitionNotAllowed(from: RequestStatus, to: RequestStatus)
    /// Rejection and cancellation need a reason.
    case reasonRequired(RequestStatus)
    /// The time limit is a choice and no option was picked (or one out of range).
    case optionRequired(options: [TimeLimitOption])
    case optionOutOfRange(given: Int, options: [TimeLimitOption])
    /// An option was given but the time limit is not a choice.
    case optionNotApplicable
    /// The service is tied to an event day (`H-N`) and none was given.
    case eventRequired(daysBefore: Int)
    /// An event day was given but the service is not tied to one.
    case eventNotApplicable
    /// The event day is before the day the request is logged.
    case eventPassed(LocalDate)
    /// Extension refused, with the reason in Indonesian.
    case extensionNotAllowed(String)
    /// The documents are already complete (or the request is no longer waiting for them).
    case documentsAlreadyComplete(RequestStatus)
    /// A request handed over, rejected or cancelled has nobody left to work on it.
    case notReassignable(RequestStatus)

    public var description: String {
        switch self {
        case let .invalidApplicant(problems):
            return "Data pemohon tidak sah: " + problems.joined(separator: "; ") + "."
        case let .transitionNotAllowed(from, to):
            let allowed = from.allowedNext.map(\.rawValue).joined(separator: ", ")
            return "Status tidak dapat diubah dari \(from.rawValue) ke \(to.rawValue). "
                + (allowed.isEmpty
                    ? "Permohonan berstatus \(from.rawValue) sudah selesai diproses."
                    : "Dari \(from.rawValue) hanya boleh ke: \(allowed).")
        case let .reasonRequired(status):
            return "Status \(status.rawValue) wajib disertai alasan (--reason)."
        case let .optionRequired(options):
            return "Jangka waktu layanan ini berupa pilihan; pilih salah satu dengan --option N:\n"
                + Self.list(options)
        case let .optionOutOfRange(given, options):
            return "Pilihan \(given) tidak ada. Pilihan yang tersedia:\n" + Self.list(options)
        case .optionNotApplicable:
            return "Jangka waktu layanan ini bukan pilihan; jangan gunakan --option."
        case let .eventRequired(days):
            return "Layanan ini terikat pada hari acara (H-\(days)): sebutkan tanggal acaranya dengan "
                + "--event YYYY-MM-DD, misalnya --event 2026-12-10."
        case .eventNotApplicable:
            return "Jangka waktu layanan ini tidak terikat pada hari acara; jangan gunakan --event."
        case let .eventPassed(day):
            return "Tanggal acara \(day.iso) sudah lewat; periksa tanggalnya (--event YYYY-MM-DD)."
        case let .extensionNotAllowed(reason):
            return "Perpanjangan tidak dapat diberikan: \(reason)."
        case let .notReassignable(status):
            return "Permohonan berstatus \(status.rawValue) sudah selesai; tidak dapat dialihkan ke petugas lain."
        case let .documentsAlreadyComplete(status):
            return "Berkas permohonan ini sudah lengkap (status \(status.rawValue)); tidak ada yang diubah."
        }
    }

    static func list(_ options: [TimeLimitOption]) -> String {
        options.enumerated().map { "  \($0.offset + 1). \($0.element.amount) \($0.element.condition)" }
            .joined(separator: "\n")
    }
}
