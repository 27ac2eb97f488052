import Foundation
import LoketCore

/// One request laid out as lines: the pemohon, the service, status, deadline with its reasoning,
/// the checklist, the history in words.
enum RequestLayout {
    static func lines(_ view: RequestView, width: Int, now: Date) -> [CardLine] {
        let zone = view.zone
        let contentWidth = max(20, width - 2)
        var lines: [CardLine] = []
        func field(_ label: String, _ value: String, _ style: Style = .normal) {
            let head = DisplayWidth.pad(label, 11) + ": "
            for (index, line) in TextWrap.wrap(Sanitizer.clean(value), width: contentWidth - 13).enumerated() {
                lines.append(
                    CardLine([
                        .init(column: 1, text: index == 0 && !label.isEmpty ? head : "", style: .muted),
                        .init(column: 14, text: line, style: style),
                    ]))
            }
        }
        var pemohon = view.applicant.name
        if let nik = view.applicant.nik { pemohon += " · NIK \(nik)" }
        if let phone = view.applicant.phone { pemohon += " · \(phone)" }
        if let address = view.applicant.address { pemohon += " · \(address)" }
        field("Pemohon", pemohon)
        field("Layanan", "\(view.serviceName) (\(view.unitName), \(view.agencyName))")
        let urgency = Urgency.of(
            status: view.status, deadline: view.deadline, finishedAt: view.finishedAt, now: now, calendar: view.calendar
        )
        field("Status", view.status.label + (view.assignee.map { " · petugas \($0)" } ?? ""))
        var limit = view.timeLimitText.map(Sanitizer.clean) ?? "(tidak ada)"
        if let amount = view.amount { limit += " → \(amount)" }
        if let condition = view.optionCondition, !condition.isEmpty { limit += " (\(condition))" }
        if let extra = view.allowedExtension {
            limit += "; dapat diperpanjang \(extra)" + (view.extended ? " (sudah)" : "")
        }
        field("Jangka", limit)
        if let event = view.receipt.event { field("Acara", IndonesianDateFormat.longDate(event)) }
        if let warning = view.receipt.eventWarning { field("Perhatian", warning, .warning) }
        field("Diterima", DateText.long(view.receivedAt, zone: zone))
        if view.status == .menungguBerkas {
            field("Tenggat", DeadlineText.waiting(missing: view.missing.map(\.text)), .warning)
        } else if let deadline = view.deadline {
            let style: Style = urgency.isAlarming ? .warning : (urgency.isPressing ? .accent : .normal)
            field("Tenggat", DateText.long(deadline, zone: zone) + " · " + urgency.words, style)
            if let amount = view.amount, let start = view.completeAt {
                var reasoning = DeadlineText.reasoning(
                    amount: amount, start: start, deadline: deadline, zone: zone, now: now)
                if view.extended { reasoning = "setelah perpanjangan; semula " + reasoning }
                field("", reasoning, .muted)
            }
        } else {
            field("Tenggat", DeadlineText.open)
        }
        if let reason = view.closingReason { field("Alasan", reason) }
        if !view.items.isEmpty {
            lines.append(CardLine())
            lines.append(CardLine("Persyaratan", column: 1, style: .heading))
            for item in view.items {
                var text = "\(item.brought ? "[x]" : "[ ]") \(item.label). \(Sanitizer.clean(item.text))"
                if let at = item.completedAt { text += " (dibawa \(DateText.short(at, zone: zone, now: now)))" }
                if !item.brought { text += "  — belum dibawa" }
                for (index, line) in TextWrap.wrap(text, width: contentWidth - 4).enumerated() {
                    lines.append(CardLine(line, column: index == 0 ? 3 : 7, style: item.brought ? .normal : .warning))
                }
            }
        }
        lines.append(CardLine())
        lines.append(CardLine("Riwayat", column: 1, style: .heading))
        for entry in view.history {
            let when = DateText.short(entry.event.at, zone: zone, now: now)
            let text =
                "\(when)  \(entry.actor)  "
                + HistoryText.line(entry.event, assignee: entry.assignee, zone: zone)
            for (index, line) in TextWrap.wrap(Sanitizer.clean(text), width: contentWidth - 4).enumerated() {
                lines.append(CardLine(line, column: index == 0 ? 3 : 7))
            }
        }
        return lines
    }
}

/// The request screen: the lines scrolled, and the dialog on top when one is open.
enum RequestScreenView {
    static func draw(_ state: AppState, _ screen: RequestScreen, into out: inout Screen) {
        CatalogListView.title("Permohonan \(screen.number)", right: screen.view?.status.label, into: &out)
        guard let view = screen.view else {
            out.put(
                screen.failure ?? "Memuat...", row: 3, column: 2, limit: out.width - 4,
                style: screen.failure == nil ? .muted : .warning, ellipsis: true)
            return
        }
        let lines = RequestLayout.lines(view, width: out.width, now: state.now)
        let rows = max(1, out.height - 4)
        let end = min(lines.count, screen.scroll + rows)
        if screen.scroll < end {
            for index in screen.scroll..<end {
                for segment in lines[index].segments {
                    out.put(
                        segment.text, row: 2 + index - screen.scroll, column: segment.column,
                        limit: out.width - segment.column - 1, style: segment.style, ellipsis: true)
                }
            }
        }
        if let notice = screen.notice {
            out.fill(row: out.height - 2, style: .normal)
            out.put(
                notice.text, row: out.height - 2, column: 1, limit: out.width - 2,
                style: notice.isProblem ? .warning : .accent, ellipsis: true)
        }
        if let dialog = screen.dialog { DialogView.draw(view, dialog, notice: screen.notice, into: &out) }
    }
}

/// The action dialogs, in a box over the request.
enum DialogView {
    static func draw(_ view: RequestView, _ dialog: RequestScreen.Dialog, notice: Notice?, into screen: inout Screen) {
        if case .survey(let scores) = dialog {
            SurveyView.draw(view, scores: scores, notice: notice, into: &screen)
            return
        }
        var lines: [(String, Style)] = []
        func input(_ label: String, _ value: String, focused: Bool = true) {
            lines.append((label + ": " + value + (focused ? "_" : ""), focused ? .accent : .normal))
        }
        switch dialog {
        case .bring(let ticked, let cursor):
            lines.append(("Centang berkas yang datang (Spasi), lalu Enter:", .muted))
            for (index, item) in view.missing.enumerated() {
                let box = ticked.contains(item.position) ? "[x]" : "[ ]"
                lines.append(
                    (
                        "\(index == cursor ? ">" : " ") \(box) \(item.label). \(item.text)",
                        index == cursor ? .selection : .normal
                    ))
            }
            let remaining = view.missing.count - ticked.count
            lines.append(
                (
                    remaining == 0
                        ? "Semua lengkap: jangka waktu mulai berjalan saat disimpan."
                        : "Masih kurang \(remaining) berkas.",
                    .muted
                ))
        case .status(let choices, let cursor, let reason):
            lines.append(("Status sekarang: \(view.status.label). Pilih yang baru:", .muted))
            for (index, status) in choices.enumerated() {
                lines.append(
                    ("\(index == cursor ? ">" : " ") \(status.actionLabel)", index == cursor ? .selection : .normal))
            }
            let needs = choices[safe: cursor]?.needsReason == true
            input(needs ? "Alasan (wajib)" : "Catatan", reason)
        case .note(let text):
            input("Catatan", text)
        case .contact(let phone, let address, let onAddress):
            input("Telepon", phone, focused: !onAddress)
            input("Alamat ", address, focused: onAddress)
            lines.append(("Data lama tetap tercatat di riwayat.", .muted))
        case .extend(let reason):
            lines.append(
                (
                    "Perpanjangan \(view.allowedExtension?.description ?? "") dari tenggat sekarang; hanya sekali.",
                    .muted
                ))
            input("Alasan (wajib)", reason)
        case .assign(let officers, let cursor):
            if let officers {
                lines.append(("Alihkan kepada:", .muted))
                for (index, officer) in officers.enumerated() {
                    lines.append(
                        (
                            "\(index == cursor ? ">" : " ") \(officer.name) (\(officer.account))",
                            index == cursor ? .selection : .normal
                        ))
                }
            } else {
                lines.append(("Memuat daftar petugas...", .muted))
            }
        case .survey: break
        }
        if let notice, notice.isProblem { lines.append((notice.text, .warning)) }
        let width = min(screen.width - 6, 72)
        var wrapped: [(String, Style)] = []
        for (text, style) in lines {
            for line in TextWrap.wrap(Sanitizer.clean(text), width: width - 4) { wrapped.append((line, style)) }
        }
        let height = min(screen.height - 4, wrapped.count + 2)
        let left = (screen.width - width) / 2
        let top = max(2, (screen.height - height) / 2)
        Box.draw(
            row: top, column: left, width: width, height: height,
            title: RequestScreen.dialogTitle(dialog).capitalizedFirst,
            into: &screen)
        for (index, line) in wrapped.prefix(height - 2).enumerated() {
            if line.1 == .selection {
                screen.fill(row: top + 1 + index, column: left + 1, width: width - 2, style: .selection)
            }
            screen.put(line.0, row: top + 1 + index, column: left + 2, limit: width - 4, style: line.1)
        }
    }
}

extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
