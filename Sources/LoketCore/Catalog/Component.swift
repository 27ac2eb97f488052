/// The 14 components of a Standar Pelayanan, in the canonical order of PermenPANRB 15/2014.
///
/// Decrees spell, number and split these freely; ``Component/recognise(_:)`` maps a decree's
/// own label to its canonical component whatever the variant.
public enum Component: Int, CaseIterable, Sendable, Codable, Hashable {
    case persyaratan = 1
    case prosedur = 2
    case jangkaWaktu = 3
    case biaya = 4
    case produk = 5
    case pengaduan = 6
    case dasarHukum = 7
    case sarana = 8
    case kompetensi = 9
    case pengawasan = 10
    case jumlahPelaksana = 11
    case jaminanPelayanan = 12
    case jaminanKeamanan = 13
    case evaluasi = 14

    /// The canonical label, as PermenPANRB 15/2014 writes it.
    public var canonicalLabel: String {
        switch self {
        case .persyaratan: "Persyaratan"
        case .prosedur: "Sistem, Mekanisme dan Prosedur"
        case .jangkaWaktu: "Jangka Waktu Pelayanan"
        case .biaya: "Biaya/Tarif"
        case .produk: "Produk Pelayanan"
        case .pengaduan: "Penanganan Pengaduan, Saran dan Masukan"
        case .dasarHukum: "Dasar Hukum"
        case .sarana: "Sarana, Prasarana dan/atau Fasilitas"
        case .kompetensi: "Kompetensi Pelaksana"
        case .pengawasan: "Pengawasan Internal"
        case .jumlahPelaksana: "Jumlah Pelaksana"
        case .jaminanPelayanan: "Jaminan Pelayanan"
        case .jaminanKeamanan: "Jaminan Keamanan dan Keselamatan Pelayanan"
        case .evaluasi: "Evaluasi Kinerja Pelaksana"
        }
    }

    /// Whether the component belongs to part A (service delivery) or part B (manufacturing).
    public var isServiceDelivery: Bool { rawValue <= 6 }

    /// Recognises a decree's label (any case, spacing or punctuation; run-together words such
    /// as `Sistem,Mekanismedan Prosedur`; a fragment such as `Sistem,` or `dan Prosedur`).
    /// Returns nil for a label that names no component.
    public static func recognise(_ label: String) -> Component? {
        let key = String(label.lowercased().filter(\.isLetter))
        guard key.count >= 3 else { return nil }
        // Order matters: the more specific keys first.
        if key.contains("syarat") || key.hasPrefix("persyara") { return .persyaratan }
        if key.contains("jaminankeamanan") || key.contains("keamanan") || key.contains("keselamatan") {
            return .jaminanKeamanan
        }
        if key.contains("jaminan") { return .jaminanPelayanan }
        if key.contains("pengaduan") || key.contains("masukan") || key == "penanganan" { return .pengaduan }
        if key.contains("jumlahpelaksana") || key.hasPrefix("jumlah") { return .jumlahPelaksana }
        if key.contains("kompetensi") { return .kompetensi }
        if key.contains("evaluasi") { return .evaluasi }
        if key.contains("pengawas") { return .pengawasan }
        if key.contains("dasarhukum") { return .dasarHukum }
        if key.contains("sarana") || key.contains("prasarana") || key.contains("fasilitas") { return .sarana }
        if key.contains("biaya") || key.contains("tarif") { return .biaya }
        if key.contains("produk") { return .produk }
        if key.contains("jangka") || key.contains("waktupenyelesaian") || key == "waktupelayanan"
            || key == "waktu"
        {
            return .jangkaWaktu
        }
        if key.contains("sistem") || key.contains("mekanisme") || key.contains("prosedur") { return .prosedur }
        return nil
    }
}
