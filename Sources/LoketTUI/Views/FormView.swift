import Foundation
import LoketCore

/// The new-request form at 80x24: fields, known pemohon, option, checklist, live deadline.
enum FormView {
    static let labelWidth = 17
    static let valueColumn = 2 + labelWidth + 2

    static func draw(_ state: AppState, _ form: RequestForm, into screen: inout Screen) {
        // The catalog's name at once; the intake's once loaded (a form opened without a path).
        let service = form.path.map { state.catalog.service(at: $0).name } ?? form.intake?.serviceName
        CatalogListView.title("Permohonan baru: \(service ?? "layanan")", right: nil, into: &screen)
        if let failure = form.loadFailure {
            screen.put(
                "Data layanan tidak dapat dibaca: \(failure)", row: 3, column: 2, limit: screen.width - 4,
                style: .warning, ellipsis: true)
        }
        var row = 2
        if let intake = form.intake {
            let text = intake.timeLimitText.map(Sanitizer.clean) ?? "(tidak tercantum)"
            screen.put(
                "Jangka waktu: \(text) = \(intake.reading.indonesianSummary)", row: row, column: 2,
                limit: screen.width - 4, style: .muted, ellipsis: true)
        }
        row = 3
        for field in form.fields where RequestForm.textFields.contains(field) {
            drawField(form, field, row: row, into: &screen)
            row += 1
        }
        // A known pemohon for the NIK or telephone typed.
        if let offer = form.offer {
            var text = "Pemohon dikenal: \(offer.name)"
            if let nik = offer.nik { text += " · NIK \(nik)" }
            if let phone = offer.phone { text += " · \(phone)" }
            text += "  — F3 pakai data ini"
            screen.put(text, row: row, column: 2, limit: screen.width - 4, style: .accent, ellipsis: true)
        } else if form.applicantID != nil {
            screen.put("Pemohon terdaftar (data dari kunjungan sebelumnya).", row: row, column: 2, style: .muted)
        }
        row += 1
        if case .choice(let options)? = form.intake?.reading {
            let focused = form.focus == .option
            let mark = form.errors[.option] != nil ? "!" : " "
            screen.put(mark, row: row, column: 1, style: .warning)
            screen.put(
                DisplayWidth.pad("Pilihan waktu", labelWidth), row: row, column: 2,
                style: focused ? .selection : (form.errors[.option] != nil ? .warning : .heading))
            let text: String
            if let option = form.option, let chosen = options[safe: option - 1] {
                text =
                    "(\(option)/\(options.count)) \(chosen.amount)"
                    + (chosen.condition.isEmpty ? "" : " \(chosen.condition)")
            } else {
                text = "belum dipilih: ← → untuk memilih (\(options.count) pilihan)"
            }
            screen.put(
                Sanitizer.clean(text), row: row, column: valueColumn, limit: screen.width - valueColumn - 1,
                style: form.option == nil ? .muted : .normal, ellipsis: true)
            row += 1
        }
        // The checklist.
        let requirements = form.intake?.requirements ?? []
        let checklistTop = row + 1
        let checklistBottom = screen.height - 5
        if !requirements.isEmpty {
            let focused = form.focus == .checklist
            screen.put(
                "Persyaratan dibawa (\(form.brought.count)/\(requirements.count))", row: row, column: 2,
                style: focused ? .selection : .heading)
            screen.put(" Spasi: centang  a: semua", row: row, column: 2 + 32, style: .muted)
            let visible = max(1, checklistBottom - checklistTop + 1)
            let first = focused ? max(0, min(form.item - visible / 2, requirements.count - visible)) : 0
            for (offset, index) in (first..<min(requirements.count, first + visible)).enumerated() {
                let item = requirements[index]
                let selected = focused && index == form.item
                let box = form.brought.contains(index) ? "[x]" : "[ ]"
                let style: Style = selected ? .selection : .normal
                if selected {
                    screen.fill(row: checklistTop + offset, column: 2, width: screen.width - 4, style: style)
                }
                screen.put(
                    "\(box) \(item.label). \(Sanitizer.clean(item.text))", row: checklistTop + offset,
                    column: 3, limit: screen.width - 6, style: style, ellipsis: true)
            }
            if first + visible < requirements.count {
                screen.put(
                    "(\(requirements.count - first - visible) lagi)", row: checklistBottom,
                    column:
                        screen.width - 14, style: .muted)
            }
        } else if form.intake != nil {
            screen.put("Kartu layanan ini tidak memuat persyaratan.", row: row, column: 2, style: .muted)
        }
        // The deadline, live.
        let deadlineRow = screen.height - 3
        screen.horizontalLine(row: deadlineRow - 1, column: 1, length: screen.width - 2)
        screen.put("Tenggat : ", row: deadlineRow, column: 2, style: .heading)
        screen.put(
            form.preview(now: state.now), row: deadlineRow, column: 12, limit: screen.width - 13,
            style: .accent, ellipsis: true)
        // The message line: the focused field's problem, else the form's notice.
        let messageRow = screen.height - 2
        if form.confirmsDiscard {
            screen.put(
                "Isian belum disimpan akan hilang. Batalkan permohonan ini? (y/n)", row: messageRow,
                column: 2, style: .warning)
        } else if let problem = form.errors[form.focus] {
            screen.put(
                "\(RequestForm.label(form.focus)): \(problem)", row: messageRow, column: 2,
                limit: screen.width - 4, style: .warning, ellipsis: true)
        } else if let notice = form.notice {
            screen.put(
                notice.text, row: messageRow, column: 2, limit: screen.width - 4,
                style: notice.isProblem ? .warning : .accent, ellipsis: true)
        }
    }

    static func drawField(_ form: RequestForm, _ field: FormField, row: Int, into screen: inout Screen) {
        let focused = form.focus == field
        let problem = form.errors[field]
        screen.put(problem != nil ? "!" : " ", row: row, column: 1, style: .warning)
        screen.put(
            DisplayWidth.pad(RequestForm.label(field), labelWidth), row: row, column: 2,
            style: focused ? .selection : (problem != nil ? .warning : .heading))
        screen.put(":", row: row, column: 2 + labelWidth, style: .muted)
        let boxWidth = [.nik, .phone, .eventDate].contains(field) ? 18 : min(48, screen.width - valueColumn - 2)
        let value = form.text(field)
        // The end of a long value stays in view (typing happens there).
        var shown = value
        while DisplayWidth.of(shown) > boxWidth - 1 { shown.removeFirst() }
        screen.fill(row: row, column: valueColumn, width: boxWidth, style: Style([.underline], role: .normal))
        let used = screen.put(shown, row: row, column: valueColumn, limit: boxWidth, style: Style([.underline]))
        if focused { screen.put("_", row: row, column: valueColumn + used, style: Style([.reverse], role: .accent)) }
        let hintColumn = valueColumn + boxWidth + 1
        if let problem {
            screen.put(
                problem, row: row, column: hintColumn, limit: screen.width - hintColumn - 1, style: .warning,
                ellipsis: true)
        } else if field == .eventDate {
            let read = form.event.map { "= " + IndonesianDateFormat.longDate($0) }
            screen.put(
                read ?? "hari acara: 10-12-2026", row: row, column: hintColumn, limit: screen.width - hintColumn - 1,
                style: .muted, ellipsis: true)
        } else if field == .nik {
            let digits = value.filter(\.isNumber).count
            screen.put(
                value.isEmpty ? "16 angka (boleh kosong)" : "\(digits)/16 angka", row: row, column: hintColumn,
                style: .muted)
        }
    }
}
