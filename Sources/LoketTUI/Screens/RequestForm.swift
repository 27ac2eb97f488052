import Foundation
import LoketCore

/// The new-request form: the pemohon's details, the Persyaratan checklist, the option of a
/// choice time limit, and the deadline the request would get, live. F2 saves from anywhere.
public struct RequestForm: Sendable {
    public var serviceID: Int64
    /// Where the service sits in the catalog (the top bar's place).
    public var path: CatalogSnapshot.Path?
    /// The service's checklist, time limit and calendar; nil while loading.
    public var intake: IntakeInfo?
    public var loadFailure: String?
    public var name = ""
    public var nik = ""
    public var phone = ""
    public var address = ""
    public var note = ""
    /// The event day of a service tied to one (`H-5`), as typed.
    public var eventDate = ""
    /// A known pemohon the officer accepted (F3).
    public var applicantID: Int64?
    /// A known pemohon found for the NIK or telephone typed, offered until accepted or changed.
    public var offer: KnownApplicant?
    /// The chosen option of a choice time limit, 1-based.
    public var option: Int?
    /// Positions (0-based) of the Persyaratan ticked as brought.
    public var brought: Set<Int> = []
    public var focus: FormField = .name
    /// The highlighted checklist item.
    public var item = 0
    /// Problems found when saving, shown at their fields.
    public var errors: [FormField: String] = [:]
    public var notice: Notice?
    /// Esc with typed input asks first.
    public var confirmsDiscard = false
    /// The NIK and telephone last looked up (one lookup per value).
    var lookedUp: [String] = []

    public init(serviceID: Int64, path: CatalogSnapshot.Path?) {
        self.serviceID = serviceID
        self.path = path
    }

    /// Something typed or ticked that Esc or quitting would throw away.
    public var hasInput: Bool {
        ![name, nik, phone, address, note, eventDate].allSatisfy { $0.isEmpty } || !brought.isEmpty || option != nil
    }

    /// The fields in Tab order.
    public var fields: [FormField] {
        var fields: [FormField] = [.name, .nik, .phone, .address, .note]
        if case .beforeEvent = intake?.reading { fields.append(.eventDate) }
        if case .choice = intake?.reading { fields.append(.option) }
        if !(intake?.requirements.isEmpty ?? true) { fields.append(.checklist) }
        return fields
    }

    static let textFields: [FormField] = [.name, .nik, .phone, .address, .note, .eventDate]

    static func label(_ field: FormField) -> String {
        switch field {
        case .name: "Nama"
        case .nik: "NIK"
        case .phone: "Telepon"
        case .address: "Alamat/Instansi"
        case .note: "Catatan"
        case .option: "Jangka waktu"
        case .eventDate: "Tanggal acara"
        case .checklist: "Persyaratan"
        }
    }

    static func limit(_ field: FormField) -> Int {
        switch field {
        case .nik: 24
        case .phone, .eventDate: 20
        case .name: 80
        default: 160
        }
    }

    func text(_ field: FormField) -> String {
        switch field {
        case .name: name
        case .nik: nik
        case .phone: phone
        case .address: address
        case .note: note
        case .eventDate: eventDate
        default: ""
        }
    }

    mutating func setText(_ field: FormField, _ value: String) {
        switch field {
        case .name: name = value
        case .nik: nik = value
        case .phone: phone = value
        case .address: address = value
        case .note: note = value
        case .eventDate: eventDate = value
        default: break
        }
    }

    // MARK: - Keys

    enum Action: Sendable, Equatable {
        case save, next, previous, toggle, tickAll, optionBack, optionForward, accept, deleteLetter, clear, cancel,
            help
    }

    /// Letters typed, besides the bindings.
    static let typing = KeyHint("huruf, angka", "isi kolom yang dipilih (Spasi di daftar persyaratan mencentang)")

    static func keyMap(_ state: AppState, _ form: RequestForm) -> KeyMap<Action> {
        var bindings: [KeyBinding<Action>] = [
            KeyBinding(
                [.function(2)], "F2", "simpan permohonan (dari kolom mana pun)", bar: KeyHint("F2", "Simpan"), .save),
            KeyBinding(
                [.tab, .down], "Tab  ↓", "kolom berikutnya (di daftar: butir berikutnya)",
                bar: KeyHint("Tab", "Pindah"), .next),
            KeyBinding([.backTab, .up], "Shift-Tab  ↑", "kolom sebelumnya (di daftar: butir sebelumnya)", .previous),
        ]
        if form.focus == .checklist {
            bindings += [
                KeyBinding(
                    [.char(" ")], "Spasi", "centang / hapus centang: berkas ini dibawa",
                    bar: KeyHint("Spasi", "Centang"), .toggle),
                KeyBinding(
                    [.char("a")], "a", "centang semua (semua berkas dibawa)", bar: KeyHint("a", "Semua"), .tickAll),
                KeyBinding([.char("j")], "j", "butir berikutnya", .next),
                KeyBinding([.char("k")], "k", "butir sebelumnya", .previous),
            ]
        }
        if form.focus == .option {
            bindings += [
                KeyBinding([.left], "←", "pilihan jangka waktu sebelumnya", bar: KeyHint("←→", "Pilih"), .optionBack),
                KeyBinding([.right, .char(" ")], "→  Spasi", "pilihan jangka waktu berikutnya", .optionForward),
            ]
        }
        if form.offer != nil {
            bindings.append(
                KeyBinding(
                    [.function(3)], "F3", "pakai data pemohon yang dikenal", bar: KeyHint("F3", "Pakai data"),
                    .accept))
        }
        bindings += [
            KeyBinding([.backspace], "Backspace", "hapus huruf terakhir", .deleteLetter),
            KeyBinding([.ctrlU], "Ctrl-U", "kosongkan kolom", .clear),
            KeyBinding([.escape], "Esc", "batal (bertanya dulu bila ada isian)", bar: KeyHint("Esc", "Batal"), .cancel),
            KeyBinding(
                [.function(1)], "F1", "bantuan ini (? adalah huruf di formulir)", bar: KeyHint("F1", "Bantuan"),
                .help),
        ]
        return KeyMap("Bantuan: permohonan baru", bindings)
    }

    // MARK: - Opening and data

    static func open(_ state: inout AppState, path: CatalogSnapshot.Path, _ effects: inout [Effect]) {
        let service = state.catalog.service(at: path)
        state.stack.append(.form(RequestForm(serviceID: service.id, path: path)))
        effects.append(.fetch(.intake(serviceID: service.id)))
    }

    static func intakeLoaded(_ state: inout AppState, serviceID: Int64, _ result: Result<IntakeInfo, DataError>) {
        guard case .form(var form) = state.top, form.serviceID == serviceID else { return }
        switch result {
        case .success(let intake):
            form.intake = intake
            form.loadFailure = nil
        case .failure(let error):
            form.loadFailure = error.message
        }
        state.top = .form(form)
    }

    static func applicantsFound(
        _ state: inout AppState, nik: String?, phone: String?, _ result: Result<[KnownApplicant], DataError>
    ) {
        guard case .form(var form) = state.top, form.applicantID == nil, case .success(let found) = result,
            let first = found.first
        else { return }
        // Only while the field still holds what was looked up.
        let stillNIK = nik.map { Applicant.normaliseNIK(form.nik) == $0 } ?? false
        let stillPhone = phone.map { Applicant.normalisePhone(form.phone) == $0 } ?? false
        guard stillNIK || stillPhone else { return }
        form.offer = first
        state.top = .form(form)
    }

    static func logged(_ state: inout AppState, _ result: Result<RequestView, DataError>, _ effects: inout [Effect]) {
        guard case .form(var form) = state.top else { return }
        switch result {
        case .success(let request):
            state.stack.removeLast()
            state.stack.append(.saved(SavedScreen(request: request)))
        case .failure(let error):
            if case .invalid(let field?) = error.kind {
                form.errors[field] = error.message
                form.focus = field
            }
            form.notice = Notice(error.message + " Isian tetap; perbaiki lalu tekan F2 lagi.", isProblem: true)
            state.top = .form(form)
        }
    }

    // MARK: - Update

    static func update(_ state: inout AppState, _ key: Key, _ effects: inout [Effect]) {
        guard case .form(var form) = state.top else { return }
        if form.confirmsDiscard {
            if key == .char("y") || key == .char("Y") {
                state.stack.removeLast()
            } else {
                form.confirmsDiscard = false
                state.top = .form(form)
            }
            return
        }
        form.notice = nil
        let before = form.focus
        if let action = keyMap(state, form).action(for: key) {
            switch action {
            case .save:
                if let draft = form.validated() {
                    effects.append(.fetch(.log(draft)))
                } else {
                    form.notice = Notice(
                        "Ada isian yang perlu diperbaiki (ditandai !). Isian tetap; perbaiki lalu tekan F2 lagi.",
                        isProblem: true)
                }
            case .next: form.move(by: 1)
            case .previous: form.move(by: -1)
            case .toggle:
                if form.brought.contains(form.item) {
                    form.brought.remove(form.item)
                } else {
                    form.brought.insert(form.item)
                }
            case .tickAll:
                let all = Set(0..<(form.intake?.requirements.count ?? 0))
                form.brought = form.brought == all ? [] : all
            case .optionBack, .optionForward:
                if case .choice(let options)? = form.intake?.reading, !options.isEmpty {
                    let step = action == .optionBack ? -1 : 1
                    let current = form.option ?? (step > 0 ? 0 : 1)
                    form.option = (current - 1 + step + options.count) % options.count + 1
                    form.errors[.option] = nil
                }
            case .accept:
                form.accept()
            case .deleteLetter:
                if Self.textFields.contains(form.focus) {
                    var text = form.text(form.focus)
                    if !text.isEmpty { text.removeLast() }
                    form.edit(form.focus, text)
                }
            case .clear:
                if Self.textFields.contains(form.focus) { form.edit(form.focus, "") }
            case .cancel:
                if form.hasInput {
                    form.confirmsDiscard = true
                } else {
                    state.stack.removeLast()
                    return
                }
            case .help:
                state.showsHelp = true
            }
        } else if case .char(let character) = key, Self.textFields.contains(form.focus) {
            let clean = Sanitizer.clean(String(character))
            let text = form.text(form.focus)
            if !clean.isEmpty, text.count < Self.limit(form.focus) { form.edit(form.focus, text + clean) }
        }
        // Leaving the NIK or telephone: look the pemohon up once per value.
        if before != form.focus, before == .nik || before == .phone, form.applicantID == nil {
            let nik = Applicant.normaliseNIK(form.nik)
            let phone = Applicant.normalisePhone(form.phone)
            let value = before == .nik ? nik : phone
            if let value, !form.lookedUp.contains(value) {
                form.lookedUp.append(value)
                effects.append(
                    .fetch(.applicants(nik: before == .nik ? nik : nil, phone: before == .phone ? phone : nil)))
            }
        }
        state.top = .form(form)
    }

    mutating func edit(_ field: FormField, _ value: String) {
        setText(field, value)
        errors[field] = nil
        if field == .nik || field == .phone { offer = nil }
    }

    mutating func move(by step: Int) {
        let fields = self.fields
        if focus == .checklist, let count = intake?.requirements.count {
            let next = item + step
            if next >= 0 && next < count {
                item = next
                return
            }
            if next >= count { return }  // the last field: stay
        }
        guard let index = fields.firstIndex(of: focus) else {
            focus = .name
            return
        }
        let next = min(max(0, index + step), fields.count - 1)
        focus = fields[next]
        if focus == .checklist { item = step > 0 ? 0 : max(0, (intake?.requirements.count ?? 1) - 1) }
    }

    mutating func accept() {
        guard let known = offer else { return }
        name = known.name
        if let nik = known.nik { self.nik = nik }
        if let phone = known.phone { self.phone = phone }
        if address.isEmpty, let address = known.address { self.address = address }
        applicantID = known.id
        offer = nil
        for field in [FormField.name, .nik, .phone, .address] { errors[field] = nil }
    }

    /// The draft to save, or nil with `errors` set at the bad fields (focus on the first).
    mutating func validated() -> RequestDraft? {
        errors = [:]
        if Applicant.cleanText(name) == nil { errors[.name] = "nama pemohon wajib diisi" }
        if let raw = Applicant.cleanText(nik), Applicant.normaliseNIK(raw) == nil {
            errors[.nik] = "NIK harus tepat 16 angka (sekarang \(raw.filter(\.isNumber).count) angka)"
        }
        if let raw = Applicant.cleanText(phone), Applicant.normalisePhone(raw) == nil {
            errors[.phone] = "nomor tidak dikenali; tulis seperti 0812xxxxxxxx atau 0361xxxxxx"
        }
        if case .choice = intake?.reading, option == nil { errors[.option] = "pilih jangka waktu dengan ← →" }
        if case .beforeEvent = intake?.reading {
            if Applicant.cleanText(eventDate) == nil {
                errors[.eventDate] = "layanan ini untuk sebuah acara: isi tanggalnya, mis. 10-12-2026"
            } else if event == nil {
                errors[.eventDate] = "tanggal tidak dikenali; tulis 10-12-2026 atau 2026-12-10"
            }
        }
        guard intake != nil else {
            notice = Notice("Data layanan belum termuat; tunggu sebentar lalu tekan F2 lagi.", isProblem: true)
            return nil
        }
        if let first = fields.first(where: { errors[$0] != nil }) {
            focus = first
            return nil
        }
        let count = intake?.requirements.count ?? 0
        return RequestDraft(
            serviceID: serviceID, name: name, nik: nik, phone: phone, address: address, note: note,
            applicantID: applicantID, missing: (0..<count).filter { !brought.contains($0) }, option: option,
            event: event)
    }

    /// The typed event day, when it reads as a date.
    var event: LocalDate? { DateInput.parse(eventDate) }

    /// The deadline the request would get if saved now, in words.
    public func preview(now: Date) -> String {
        guard let intake else { return loadFailure == nil ? "memuat data layanan..." : "-" }
        let missing = intake.requirements.indices.filter { !brought.contains($0) }
        if !missing.isEmpty {
            return "menunggu kelengkapan berkas (\(missing.count) belum dibawa); tenggat dihitung saat lengkap"
        }
        let limit: RequestTimeLimit
        if case .choice = intake.reading, option == nil { return "pilih jangka waktu dahulu" }
        if case .beforeEvent = intake.reading, event == nil { return "isi tanggal acara dahulu" }
        do { limit = try RequestTimeLimit(reading: intake.reading, option: option, event: event) } catch {
            return error.screenText
        }
        if case .beforeEvent(let days) = intake.reading, let event,
            let deadline = limit.deadline(completeAt: now, in: intake.calendar)
        {
            let ready = "acara \(DateText.short(deadline, zone: intake.calendar.timeZone, now: now))"
            do {
                if let warning = try limit.eventWarning(logged: now, in: intake.calendar) {
                    return ready + " — " + warning
                }
            } catch {
                return error.screenText
            }
            return ready
                + "; masuk paling lambat \(DateText.shortDay(LocalDate(dayNumber: event.dayNumber - days))) (H-\(days))"
        }
        guard let amount = limit.amount, let deadline = limit.deadline(completeAt: now, in: intake.calendar) else {
            return DeadlineText.open
        }
        return DeadlineText.reasoning(
            amount: amount, start: now, deadline: deadline, zone: intake.calendar.timeZone, now: now)
    }
}
