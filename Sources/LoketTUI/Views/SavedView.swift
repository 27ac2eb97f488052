import Foundation

/// The number and the deadline in large print, right after saving.
enum SavedView {
    static func draw(_ state: AppState, _ saved: SavedScreen, into screen: inout Screen) {
        let request = saved.request
        CatalogListView.title("Permohonan tersimpan", right: nil, into: &screen)
        screen.put("Nomor permohonan:", row: 3, column: 2, style: .heading)
        let on: Character = screen.glyphs.asciiOnly ? "#" : "█"
        let rows = BigText.rows(request.number, on: on)
        let bigWidth = BigText.width(request.number)
        if bigWidth <= screen.width - 2 {
            let left = max(1, (screen.width - bigWidth) / 2)
            for (index, line) in rows.enumerated() {
                screen.put(line, row: 5 + index, column: left, style: .accent)
            }
        }
        screen.put(
            request.number, row: 11, column: max(2, (screen.width - request.number.count) / 2),
            style: Style([.bold, .reverse], role: .accent))
        let zone = request.zone
        var row = 13
        func line(_ label: String, _ text: String, _ style: Style = .normal) {
            if !label.isEmpty { screen.put(DisplayWidth.pad(label, 10) + ": ", row: row, column: 2, style: .heading) }
            screen.put(text, row: row, column: 14, limit: screen.width - 15, style: style, ellipsis: true)
            row += 1
        }
        line("Pemohon", request.applicant.name)
        line("Layanan", request.serviceName)
        if request.status == .menungguBerkas {
            line("Tenggat", "menunggu kelengkapan berkas: dihitung saat berkas lengkap", .warning)
            let missing = request.missing.map { DeadlineText.itemText($0.text) }.joined(separator: "; ")
            for (index, text) in TextWrap.wrap(missing, width: screen.width - 15).prefix(2).enumerated() {
                line(index == 0 ? "Kurang" : "", text)
            }
        } else if let deadline = request.deadline {
            line("Tenggat", DateText.long(deadline, zone: zone), Style([.bold], role: .accent))
            if let amount = request.amount, let start = request.completeAt {
                line(
                    "",
                    DeadlineText.reasoning(
                        amount: amount, start: start, deadline: deadline, zone: zone, now: state.now),
                    .muted)
            }
        } else {
            line("Tenggat", DeadlineText.open)
        }
        line("Status", request.status.label)
        if let message = saved.message {
            screen.put(
                message.text, row: screen.height - 3, column: 2, limit: screen.width - 4,
                style: message.isProblem ? .warning : .accent, ellipsis: true)
        } else {
            screen.put("Tekan p untuk mencetak tanda terima.", row: screen.height - 3, column: 2, style: .muted)
        }
    }
}
