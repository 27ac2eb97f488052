/// The keys that work on each screen: the bottom bar shows the short list, help the full one.
public struct KeyHint: Hashable, Sendable {
    public var keys: String
    public var label: String

    public init(_ keys: String, _ label: String) {
        self.keys = keys
        self.label = label
    }
}

public enum KeyHelp {
    /// What the bottom bar shows for the state.
    public static func bar(_ state: AppState) -> [KeyHint] {
        if state.confirmsQuit { return [KeyHint("y", "Ya, keluar"), KeyHint("n", "Batal")] }
        if state.showsHelp { return [KeyHint("Esc", "Tutup bantuan")] }
        if state.search != nil {
            return [
                KeyHint("F1", "Bantuan"), KeyHint("↑↓", "Pilih"), KeyHint("Enter", "Buka"),
                KeyHint("Esc", "Tutup"),
            ]
        }
        var hints = [KeyHint("F1/?", "Bantuan"), KeyHint("/", "Cari")]
        if case .card = state.top {
            hints += [KeyHint("↑↓", "Gulir"), KeyHint("PgDn", "Halaman"), KeyHint("Esc", "Kembali")]
        } else {
            hints += [KeyHint("↑↓", "Pilih"), KeyHint("Enter", "Buka")]
            if !state.isAtRoot { hints.append(KeyHint("Esc", "Kembali")) }
        }
        if state.isAtRoot { hints.append(KeyHint("q", "Keluar")) }
        return hints
    }

    /// The help overlay's list for the screen under it.
    public static func full(_ state: AppState) -> (title: String, keys: [KeyHint]) {
        let common = [
            KeyHint("F1 atau ?", "bantuan ini (Esc, q atau ? menutup)"),
            KeyHint("/", "cari layanan di semua instansi"),
            KeyHint("Ctrl-C", "keluar dari program"),
        ]
        if state.search != nil {
            return (
                "Bantuan: pencarian",
                [
                    KeyHint("huruf, angka", "kata yang dicari (urutan dan aksen tidak berpengaruh)"),
                    KeyHint("Backspace", "hapus huruf terakhir"),
                    KeyHint("Ctrl-U", "hapus seluruh kata"),
                    KeyHint("↑ ↓ PgUp PgDn", "pilih hasil"),
                    KeyHint("Tab Shift-Tab", "hasil berikutnya / sebelumnya"),
                    KeyHint("Home End", "hasil pertama / terakhir"),
                    KeyHint("Enter", "buka kartu layanan yang dipilih"),
                    KeyHint("Esc", "tutup pencarian, kembali ke layar sebelumnya"),
                    KeyHint("F1", "bantuan ini"),
                ]
            )
        }
        switch state.top {
        case .card(let card):
            return (
                "Bantuan: kartu layanan",
                [
                    KeyHint("↑ ↓  j k", "gulir satu baris"),
                    KeyHint("PgUp PgDn  b Spasi", "gulir satu halaman"),
                    KeyHint("Home End  g G", "ke awal / ke akhir kartu"),
                    KeyHint(
                        "Esc  ←  h", card.fromSearch == nil ? "kembali ke daftar layanan" : "kembali ke hasil pencarian"
                    ),
                ] + common
            )
        default:
            var keys = [
                KeyHint("↑ ↓  j k", "pilih baris"),
                KeyHint("PgUp PgDn  b Spasi", "satu halaman naik / turun"),
                KeyHint("Home End  g G", "ke baris pertama / terakhir"),
                KeyHint("Enter  →  l", "buka"),
            ]
            if state.isAtRoot {
                keys.append(KeyHint("q", "keluar dari program"))
            } else {
                keys.append(KeyHint("Esc  ←  h", "kembali (pilihan tetap)"))
            }
            let title: String
            switch state.top {
            case .agencies: title = "Bantuan: daftar instansi"
            case .units: title = "Bantuan: daftar Bagian"
            default: title = "Bantuan: daftar layanan"
            }
            return (title, keys + common)
        }
    }
}
