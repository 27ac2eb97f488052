import Foundation
import LoketCore

/// One history entry in words: `dicatat (menunggu kelengkapan berkas)`, `status diterima →
/// diproses`, `tenggat diperpanjang ke ...`; never the stored codes.
public enum HistoryText {
    /// The event, its names resolved: `actor` made it, `assignee` is the officer it names.
    public static func line(_ event: RequestEvent, assignee: String?, zone: TimeZone) -> String {
        var line: String
        switch event.kind {
        case .dibuat:
            line = "dicatat" + (event.toStatus.map { ", \($0.label)" } ?? "")
            if let deadline = event.deadline { line += ", tenggat \(DateText.long(deadline, zone: zone))" }
        case .berkasLengkap:
            line = "berkas lengkap, diterima; jangka waktu mulai berjalan"
            if let deadline = event.deadline { line += ", tenggat \(DateText.long(deadline, zone: zone))" }
        case .status:
            if let from = event.fromStatus, let to = event.toStatus {
                line = "status \(from.label) → \(to.label)"
            } else {
                line = "status " + (event.toStatus?.label ?? "diubah")
            }
        case .perpanjangan:
            line = "tenggat diperpanjang"
            if let deadline = event.deadline { line += " menjadi \(DateText.long(deadline, zone: zone))" }
        case .penugasan:
            line = "dialihkan kepada \(assignee ?? "petugas lain")"
        case .catatan:
            line = "catatan"
        }
        if let reason = event.reason, !reason.isEmpty { line += "; alasan: \(reason)" }
        if let note = event.note, !note.isEmpty { line += event.kind == .catatan ? ": \(note)" : " — \(note)" }
        return line
    }
}
