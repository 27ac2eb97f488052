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
        let unreadable = unreadableTimeLimits(catalog)
        if !unreadable.isEmpty {
            out += "  Jangka waktu tidak terbaca (\(unreadable.count)); layanan ini tanpa batas waktu sampai pengawas "
            out += "menetapkannya, misalnya: loket service time-limit \"NAMA LAYANAN\" \"5 hari kerja\"\n"
            for item in unreadable {
                let text: String
                switch item.raw {
                case nil: text = "(baris jangka waktu tidak ada)"
                case let raw? where raw.isEmpty: text = "(kosong)"
                case let raw?: text = "\"\(raw)\""
                }
                out += "    baris \(item.line): \(item.service): \(text)\n"
            }
        }
        if !catalog.warnings.isEmpty {
            out += "  Peringatan (\(catalog.warnings.count)):\n"
            for warning in catalog.warnings {
                out += "    baris \(warning.line): \(warning.message)\n"
            }
        }
        return out
    }

    /// Services whose jangka waktu is missing or cannot be read (open without a known phrase).
    static func unreadableTimeLimits(_ catalog: ParsedCatalog) -> [(line: Int, service: String, raw: String?)] {
        catalog.units.flatMap(\.services).compactMap { service -> (line: Int, service: String, raw: String?)? in
            let raw = service.timeLimitRaw.map(rawTimeLimit)
            guard TimeLimitParser.parse(raw ?? "").reading.isUnreadable else { return nil }
            let line = service.component(.jangkaWaktu)?.line ?? service.line
            return (line, service.name, raw)
        }
    }
}
