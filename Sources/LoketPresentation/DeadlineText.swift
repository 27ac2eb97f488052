import Foundation
import LoketCore

/// A request's deadline in words, with its reasoning: what the form shows live, the request
/// screen, `request show` and the receipt.
public enum DeadlineText {
    /// `3 hari kerja dari Sen 30 Nov 10:12 → Kam 3 Des 16:00`.
    public static func reasoning(amount: TimeAmount, start: Date, deadline: Date, zone: TimeZone, now: Date? = nil)
        -> String
    {
        "\(amount) dari \(DateText.short(start, zone: zone, now: now)) → \(DateText.short(deadline, zone: zone, now: now))"
    }

    /// Before the documents are complete: `menunggu kelengkapan berkas (kurang: A; B)`.
    public static func waiting(missing: [String]) -> String {
        let items = missing.map(itemText).filter { !$0.isEmpty }
        return "menunggu kelengkapan berkas" + (items.isEmpty ? "" : " (kurang: \(items.joined(separator: "; ")))")
    }

    /// An open time limit: no deadline.
    public static let open = "tanpa batas waktu (jangka waktu terbuka)"

    /// The deadline of a request in one line: waiting, open, or the date (long form).
    public static func line(status: RequestStatus, deadline: Date?, missing: [String], zone: TimeZone) -> String {
        if status == .menungguBerkas { return waiting(missing: missing) }
        guard let deadline else { return open }
        return DateText.long(deadline, zone: zone)
    }

    /// A checklist item as it goes into a list (``LoketCore/Requirements/listText(_:)``).
    public static func itemText(_ text: String) -> String { Requirements.listText(text) }
}
