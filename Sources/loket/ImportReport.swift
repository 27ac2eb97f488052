import LoketCore
import LoketStore

/// The short report `loket import` prints per file.
enum ImportReport {
    static func text(_ catalog: ParsedCatalog, outcome: ImportOutcome? = nil) -> String {
        var out = "\(catalog.source): \(catalog.agencyName)\n"
        let decrees = Set(catalog.units.map(\.decree))
        if decrees.count > 1 {
            out += "  \(decrees.count) keputusan dalam satu berkas\n"
        }
        out +=
            "  Keputusan: nomor \(catalog.decree.number ?? "(tidak terbaca)"), "
            + "tanggal \(catalog.decree.date ?? "(tidak terbaca)")\n"
        out += "  Unit: \(catalog.units.count), layanan: \(catalog.serviceCount)\n"
        if let outcome {
            switch outcome.kind {
            case .unchanged: out += "  Tidak berubah: katalog revisi \(outcome.revision) sudah sama.\n"
            default: out += "  Disimpan sebagai katalog revisi \(outcome.revision).\n"
            }
        } else {
            out += "  (uji coba: tidak ada yang ditulis)\n"
        }
        if !catalog.warnings.isEmpty {
            out += "  Peringatan (\(catalog.warnings.count)):\n"
            for warning in catalog.warnings {
                out += "    baris \(warning.line): \(warning.message)\n"
            }
        }
        return out
    }
}
