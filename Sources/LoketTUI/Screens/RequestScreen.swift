import Foundation
import LoketCore

/// One request: everything about it, and the actions the user's role allows, each in a small
/// dialog. A change carries the version the screen saw; when someone else changed the request
/// meanwhile, the data side refuses, the fresh state is shown, and the dialog keeps what was typed.
public struct RequestScreen: Sendable {
    public var number: String
    public var view: RequestView?
    public var failure: String?
    public var scroll = 0
    public var dialog: Dialog?
    public var notice: Notice?

    public init(number: String) { self.number = number }

    /// The small dialogs of the actions.
    public enum Dialog: Sendable, Hashable {
        /// Tick the Persyaratan that arrived (positions), `cursor` on the missing list.
        case bring(ticked: Set<Int>, cursor: Int)
        /// A new status and, where needed, its reason.
        case status(choices: [RequestStatus], cursor: Int, reason: String)
        case note(String)
        case contact(phone: String, address: String, onAddress: Bool)
        case extend(reason: String)
        /// Officers of the request's unit (nil while loading).
        case assign(officers: [Officer]?, cursor: Int)
        /// After a hand-over: the pemohon's SKM answers so far (1-4, in the order of
        /// ``LoketCore/SKMElement``); kept when saving fails, dropped by Esc.
        case survey(scores: [Int])

        /// Holds something typed that quitting would lose (Ctrl-C asks first): a reason, a note,
        /// contact details being corrected, SKM answers.
        var hasInput: Bool {
            switch self {
            case .status(_, _, let reason), .extend(let reason): !reason.isEmpty
            case .note(let text): !text.isEmpty
            case .contact: true
            case .survey(let scores): !scores.isEmpty
            case .bring, .assign: false
            }
        }
    }

    // MARK: - Keys

    enum Action: Sendable, Hashable {
        case scroll(ListKeys.Move)
        case back, bring, status, note, contact, extend, assign, print, reload
        case common(CommonAction)
        // In a dialog:
        case confirm, cancel, up, down, toggle, switchField, deleteLetter, clear
        /// An SKM answer, 1-4.
        case score(Int)
    }

    /// What the user may do now, given the request and the role.
    static func actions(_ state: AppState, _ view: RequestView?) -> Set<Action> {
        guard let view else { return [] }
        var actions: Set<Action> = [.note, .print, .contact]
        if view.status == .menungguBerkas, !view.missing.isEmpty { actions.insert(.bring) }
        if !view.status.allowedNext.isEmpty { actions.insert(.status) }
        if state.role.allows(.extendDeadline), view.allowedExtension != nil, !view.extended,
            view.status.isClockRunning
        {
            actions.insert(.extend)
        }
        if state.role.allows(.reassign), view.status.isOpen || view.status == .selesai { actions.insert(.assign) }
        return actions
    }

    static func keyMap(_ state: AppState, _ screen: RequestScreen) -> KeyMap<Action> {
        if let dialog = screen.dialog { return dialogKeys(dialog) }
        let allowed = actions(state, screen.view)
        var bindings = [
            KeyBinding<Action>([.up, .char("k")], "↑  k", "gulir naik", .scroll(.up)),
            KeyBinding([.down, .char("j")], "↓  j", "gulir turun", .scroll(.down)),
            KeyBinding([.pageUp], "PgUp", "satu halaman naik", .scroll(.pageUp)),
            KeyBinding([.pageDown, .char(" ")], "PgDn  Spasi", "satu halaman turun", .scroll(.pageDown)),
            KeyBinding([.home, .char("g")], "Home  g", "ke awal", .scroll(.first)),
            KeyBinding([.end, .char("G")], "End  G", "ke akhir (riwayat terbaru)", .scroll(.last)),
        ]
        let offered: [KeyBinding<Action>] = [
            KeyBinding(
                [.char("d")], "d", "berkas dibawa: centang persyaratan yang datang", bar: KeyHint("d", "Berkas"),
                .bring),
            KeyBinding(
                [.char("s")], "s", "ubah status (tolak dan batal dengan alasan)", bar: KeyHint("s", "Status"),
                .status),
            KeyBinding([.char("c")], "c", "tambah catatan", bar: KeyHint("c", "Catatan"), .note),
            KeyBinding([.char("K")], "K", "koreksi telepon / alamat pemohon", .contact),
            KeyBinding(
                [.char("e")], "e", "perpanjang tenggat (sekali, dengan alasan)", bar: KeyHint("e", "Perpanjang"),
                .extend),
            KeyBinding([.char("a")], "a", "alihkan ke petugas lain", bar: KeyHint("a", "Alihkan"), .assign),
            KeyBinding([.char("p")], "p", "cetak tanda terima", bar: KeyHint("p", "Cetak"), .print),
        ]
        bindings += offered.filter { allowed.contains($0.action) }
        // F5 is the board where the role has one (README, the TUI's keys); R always re-reads.
        let hasBoard = state.role.allows(.readReports)
        bindings += [
            KeyBinding(
                hasBoard ? [.char("R")] : [.function(5), .char("R")], hasBoard ? "R" : "F5  R", "muat ulang",
                .reload),
            KeyBinding([.escape, .left, .char("h")], "Esc  ←  h", "kembali", bar: KeyHint("Esc", "Kembali"), .back),
        ]
        return KeyMap("Bantuan: permohonan", bindings + CommonKeys.bindings(state, Action.common))
    }

    static func dialogKeys(_ dialog: Dialog) -> KeyMap<Action> {
        if case .survey = dialog { return surveyKeys }
        var bindings: [KeyBinding<Action>] = [
            KeyBinding([.enter, .function(2)], "Enter  F2", "simpan", bar: KeyHint("Enter", "Simpan"), .confirm),
            KeyBinding([.escape], "Esc", "batal, tidak ada yang diubah", bar: KeyHint("Esc", "Batal"), .cancel),
        ]
        switch dialog {
        case .bring:
            bindings += [
                KeyBinding([.up, .char("k")], "↑  k", "butir sebelumnya", bar: KeyHint("↑↓", "Pilih"), .up),
                KeyBinding([.down, .char("j")], "↓  j", "butir berikutnya", .down),
                KeyBinding(
                    [.char(" ")], "Spasi", "centang: berkas ini datang", bar: KeyHint("Spasi", "Centang"), .toggle),
            ]
        case .status:
            bindings += [
                KeyBinding([.up], "↑", "status sebelumnya", bar: KeyHint("↑↓", "Pilih"), .up),
                KeyBinding([.down], "↓", "status berikutnya", .down),
                KeyBinding([.backspace], "Backspace", "hapus huruf alasan", .deleteLetter),
                KeyBinding([.ctrlU], "Ctrl-U", "kosongkan alasan", .clear),
            ]
        case .assign:
            bindings += [
                KeyBinding([.up, .char("k")], "↑  k", "petugas sebelumnya", bar: KeyHint("↑↓", "Pilih"), .up),
                KeyBinding([.down, .char("j")], "↓  j", "petugas berikutnya", .down),
            ]
        case .contact:
            bindings += [
                KeyBinding(
                    [.tab, .backTab, .up, .down], "Tab  ↑↓", "telepon / alamat", bar: KeyHint("Tab", "Pindah"),
                    .switchField),
                KeyBinding([.backspace], "Backspace", "hapus huruf terakhir", .deleteLetter),
                KeyBinding([.ctrlU], "Ctrl-U", "kosongkan kolom", .clear),
            ]
        case .note, .extend:
            bindings += [
                KeyBinding([.backspace], "Backspace", "hapus huruf terakhir", .deleteLetter),
                KeyBinding([.ctrlU], "Ctrl-U", "kosongkan", .clear),
            ]
        case .survey: break
        }
        return KeyMap("Bantuan: \(dialogTitle(dialog))", bindings)
    }

    static func dialogTitle(_ dialog: Dialog) -> String {
        switch dialog {
        case .bring: "berkas dibawa"
        case .status: "ubah status"
        case .note: "catatan"
        case .contact: "koreksi kontak pemohon"
        case .extend: "perpanjang tenggat"
        case .assign: "alihkan permohonan"
        case .survey: "survei kepuasan masyarakat (SKM)"
        }
    }

    /// The SKM dialog: one key per answer, the next element at once; Backspace back one; Enter
    /// saves after the ninth; Esc skips, nothing kept.
    static let surveyKeys = KeyMap<Action>(
        "Bantuan: survei kepuasan (SKM)",
        SKMElement.scores.map { score in
            KeyBinding(
                [.char(Character(String(score)))], String(score), "jawaban: \(SKMElement.scoreWord(score))",
                bar: score == SKMElement.scores.lowerBound ? KeyHint("1-4", "Nilai") : nil, .score(score))
        } + [
            KeyBinding(
                [.backspace], "Backspace", "kembali satu unsur", bar: KeyHint("Bksp", "Kembali"),
                .deleteLetter),
            KeyBinding(
                [.enter, .function(2)], "Enter  F2", "simpan kesembilan jawaban", bar: KeyHint("Enter", "Simpan"),
                .confirm),
            KeyBinding(
                [.escape], "Esc", "lewati survei, tidak ada yang dicatat", bar: KeyHint("Esc", "Lewati"), .cancel),
        ])

    // MARK: - Update

    static func open(_ state: inout AppState, number: String, _ effects: inout [Effect]) {
        state.stack.append(.request(RequestScreen(number: number)))
        effects.append(.fetch(.request(number: number)))
    }

    static func update(_ state: inout AppState, _ key: Key, _ effects: inout [Effect]) {
        guard case .request(var screen) = state.top else { return }
        guard let action = keyMap(state, screen).action(for: key) else {
            if screen.dialog != nil, case .char(let c) = key {
                screen.type(Sanitizer.clean(String(c)))
                state.top = .request(screen)
            }
            return
        }
        screen.notice = nil
        if screen.dialog != nil {
            screen.dialogAction(action, &effects)
            state.top = .request(screen)
            return
        }
        guard let view = screen.view else {
            if action == .back { App.goBack(&state) }
            if action == .reload { effects.append(.fetch(.request(number: screen.number))) }
            return
        }
        switch action {
        case .scroll(let move):
            let lines = RequestLayout.lines(view, width: state.width, now: state.now).count
            let rows = max(1, state.height - 3)
            let maximum = max(0, lines - rows)
            switch move {
            case .up: screen.scroll -= 1
            case .down: screen.scroll += 1
            case .pageUp: screen.scroll -= rows - 1
            case .pageDown: screen.scroll += rows - 1
            case .first: screen.scroll = 0
            case .last: screen.scroll = maximum
            }
            screen.scroll = min(max(0, screen.scroll), maximum)
        case .bring: screen.dialog = .bring(ticked: [], cursor: 0)
        case .status:
            screen.dialog = .status(choices: view.status.allowedNext, cursor: 0, reason: "")
        case .note: screen.dialog = .note("")
        case .contact:
            screen.dialog = .contact(
                phone: view.applicant.phone ?? "", address: view.applicant.address ?? "", onAddress: false)
        case .extend: screen.dialog = .extend(reason: "")
        case .assign:
            screen.dialog = .assign(officers: nil, cursor: 0)
            effects.append(.fetch(.officers(unitID: view.unitID)))
        case .print: effects.append(.fetch(.printReceipt(number: view.number)))
        case .reload: effects.append(.fetch(.request(number: view.number)))
        case .back:
            App.goBack(&state)
            refreshList(&state, &effects)
            return
        case .common(let common):
            state.top = .request(screen)
            CommonKeys.perform(common, &state, &effects)
            return
        default: break
        }
        state.top = .request(screen)
    }

    /// Back on the list: its first page again, so a change just made shows there.
    static func refreshList(_ state: inout AppState, _ effects: inout [Effect]) {
        if case .requests(let list) = state.top { effects.append(.fetch(.requests(list.firstPageQuery))) }
    }

    mutating func type(_ text: String) {
        guard !text.isEmpty, let dialog else { return }
        func append(_ value: String, _ limit: Int = 300) -> String { value.count < limit ? value + text : value }
        switch dialog {
        case .status(let choices, let cursor, let reason):
            self.dialog = .status(choices: choices, cursor: cursor, reason: append(reason))
        case .note(let note): self.dialog = .note(append(note, 500))
        case .extend(let reason): self.dialog = .extend(reason: append(reason))
        case .contact(let phone, let address, let onAddress):
            self.dialog =
                onAddress
                ? .contact(phone: phone, address: append(address, 160), onAddress: true)
                : .contact(phone: append(phone, 20), address: address, onAddress: false)
        case .bring, .assign, .survey: break
        }
    }

    mutating func dialogAction(_ action: Action, _ effects: inout [Effect]) {
        guard let dialog, let view else { return }
        func edit(_ text: String) -> String {
            switch action {
            case .deleteLetter: return String(text.dropLast())
            case .clear: return ""
            default: return text
            }
        }
        if action == .cancel {
            self.dialog = nil
            if case .survey = dialog { notice = Notice("Survei dilewati; tidak ada jawaban yang dicatat.") }
            return
        }
        switch dialog {
        case .bring(var ticked, var cursor):
            let missing = view.missing
            switch action {
            case .up: cursor = max(0, cursor - 1)
            case .down: cursor = min(max(0, missing.count - 1), cursor + 1)
            case .toggle:
                if let item = missing[safe: cursor] {
                    if ticked.contains(item.position) {
                        ticked.remove(item.position)
                    } else {
                        ticked.insert(item.position)
                    }
                }
            case .confirm:
                guard !ticked.isEmpty else {
                    notice = Notice("Centang dulu berkas yang datang (Spasi).", isProblem: true)
                    return
                }
                effects.append(.fetch(.change(number: view.number, .bring(ticked.sorted()), version: view.version)))
            default: break
            }
            self.dialog = .bring(ticked: ticked, cursor: cursor)
        case .status(let choices, var cursor, var reason):
            switch action {
            case .up: cursor = max(0, cursor - 1)
            case .down: cursor = min(max(0, choices.count - 1), cursor + 1)
            case .deleteLetter, .clear: reason = edit(reason)
            case .confirm:
                guard let status = choices[safe: cursor] else { return }
                if status.needsReason, Applicant.cleanText(reason) == nil {
                    notice = Notice("Untuk \(status.actionLabel) permohonan, tulis alasannya.", isProblem: true)
                    return
                }
                effects.append(
                    .fetch(.change(number: view.number, .status(status, reason: reason), version: view.version)))
            default: break
            }
            self.dialog = .status(choices: choices, cursor: cursor, reason: reason)
        case .note(var text):
            if action == .confirm {
                guard Applicant.cleanText(text) != nil else {
                    notice = Notice("Catatan masih kosong.", isProblem: true)
                    return
                }
                effects.append(.fetch(.change(number: view.number, .note(text), version: view.version)))
            } else {
                text = edit(text)
            }
            self.dialog = .note(text)
        case .extend(var reason):
            if action == .confirm {
                guard Applicant.cleanText(reason) != nil else {
                    notice = Notice("Perpanjangan wajib disertai alasan.", isProblem: true)
                    return
                }
                effects.append(.fetch(.change(number: view.number, .extend(reason: reason), version: view.version)))
            } else {
                reason = edit(reason)
            }
            self.dialog = .extend(reason: reason)
        case .contact(var phone, var address, var onAddress):
            switch action {
            case .switchField: onAddress.toggle()
            case .deleteLetter, .clear:
                if onAddress { address = edit(address) } else { phone = edit(phone) }
            case .confirm:
                if let raw = Applicant.cleanText(phone), Applicant.normalisePhone(raw) == nil {
                    notice = Notice("Nomor telepon tidak dikenali; tulis seperti 0812xxxxxxxx.", isProblem: true)
                    return
                }
                effects.append(
                    .fetch(
                        .change(number: view.number, .contact(phone: phone, address: address), version: view.version)))
            default: break
            }
            self.dialog = .contact(phone: phone, address: address, onAddress: onAddress)
        case .assign(let officers, var cursor):
            let count = officers?.count ?? 0
            switch action {
            case .up: cursor = max(0, cursor - 1)
            case .down: cursor = min(max(0, count - 1), cursor + 1)
            case .confirm:
                guard let officer = officers?[safe: cursor] else { return }
                effects.append(
                    .fetch(.change(number: view.number, .assign(account: officer.account), version: view.version)))
            default: break
            }
            self.dialog = .assign(officers: officers, cursor: cursor)
        case .survey(var scores):
            let count = SKMElement.allCases.count
            switch action {
            case .score(let score) where scores.count < count: scores.append(score)
            case .deleteLetter: scores = Array(scores.dropLast())
            case .confirm:
                guard let answers = try? SKMAnswers(scores: scores) else {
                    notice = Notice(
                        "Masih \(count - scores.count) unsur belum dijawab: tekan 1-4 (Esc melewati).", isProblem: true)
                    return
                }
                effects.append(.fetch(.recordSKM(serviceID: view.serviceID, answers: answers)))
            default: break
            }
            self.dialog = .survey(scores: scores)
        }
    }

    // MARK: - Data

    static func loaded(_ state: inout AppState, _ number: String, _ result: Result<RequestView, DataError>) {
        update(number, in: &state) { screen in
            switch result {
            case .success(let view):
                screen.view = view
                screen.failure = nil
            case .failure(let error):
                screen.failure = error.message
            }
        }
    }

    static func changed(
        _ state: inout AppState, _ number: String, _ result: Result<RequestView, DataError>, _ effects: inout [Effect]
    ) {
        update(number, in: &state) { screen in
            switch result {
            case .success(let view):
                screen.view = view
                screen.notice = Notice("Tersimpan: \(screen.dialog.map(dialogTitle) ?? "perubahan").")
                if case .status(let choices, let cursor, _) = screen.dialog, choices[safe: cursor] == .diserahkan,
                    view.status == .diserahkan
                {
                    // Handed over: the pemohon may answer the SKM now (Esc skips).
                    screen.notice = Notice("Tersimpan: diserahkan. Survei kepuasan untuk pemohon; Esc melewati.")
                    screen.dialog = .survey(scores: [])
                } else {
                    screen.dialog = nil
                }
            case .failure(let error):
                if error.kind == .changedMeanwhile {
                    screen.notice = Notice(
                        "Permohonan ini baru saja diubah pengguna lain; keadaan terbaru ditampilkan, isian Anda "
                            + "tetap. Periksa, lalu Enter untuk menyimpan lagi atau Esc untuk batal.", isProblem: true)
                    effects.append(.fetch(.request(number: number)))
                } else {
                    screen.notice = Notice(error.message, isProblem: true)
                }
            }
        }
    }

    /// The SKM answers saved (the dialog closes with thanks, naming the service, never the
    /// pemohon) or not (the answers stay; Enter tries again, Esc skips).
    static func surveyRecorded(_ state: inout AppState, _ serviceID: Int64, _ result: Result<ReportMonth, DataError>) {
        guard
            let index = state.stack.lastIndex(where: {
                if case .request(let s) = $0, case .survey = s.dialog { s.view?.serviceID == serviceID } else { false }
            }),
            case .request(var screen) = state.stack[index], let view = screen.view
        else { return }
        switch result {
        case .success(let month):
            screen.dialog = nil
            screen.notice = Notice(
                "Terima kasih, jawaban SKM \(month.indonesianName) dicatat: \(view.serviceName).")
        case .failure(let error):
            screen.notice = Notice(
                "Jawaban SKM belum tersimpan: \(error.message) Enter mencoba lagi, Esc melewati.", isProblem: true)
        }
        state.stack[index] = .request(screen)
    }

    static func officersLoaded(_ state: inout AppState, _ unitID: Int64, _ result: Result<[Officer], DataError>) {
        guard case .request(var screen) = state.top, case .assign(_, let cursor) = screen.dialog else { return }
        switch result {
        case .success(let officers):
            screen.dialog = .assign(officers: officers, cursor: min(cursor, max(0, officers.count - 1)))
            if officers.isEmpty { screen.notice = Notice("Tidak ada petugas lain di Bagian ini.", isProblem: true) }
        case .failure(let error):
            screen.dialog = nil
            screen.notice = Notice(error.message, isProblem: true)
        }
        state.top = .request(screen)
    }

    static func update(_ number: String, in state: inout AppState, _ body: (inout RequestScreen) -> Void) {
        guard
            let index = state.stack.lastIndex(where: {
                if case .request(let s) = $0 { s.number == number } else { false }
            }),
            case .request(var screen) = state.stack[index]
        else { return }
        body(&screen)
        state.stack[index] = .request(screen)
    }
}
