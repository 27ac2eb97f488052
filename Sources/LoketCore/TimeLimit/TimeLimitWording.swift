/// How a reading reads on screen and on paper, in Bahasa Indonesia.
extension TimeLimitReading {
    /// One line: `3 hari kerja`; `pilihan: 5 hari kerja (Seleksi) / 14 hari kerja (Non seleksi)`;
    /// `14 hari kerja, dapat diperpanjang 7 hari kerja`; `tanpa batas pasti (sesuai kesepakatan)`.
    public var indonesianSummary: String {
        switch self {
        case .duration(let amount):
            return amount.description
        case .choice(let options):
            let parts = options.map { option in
                option.condition.isEmpty ? option.amount.description : "\(option.amount) (\(option.condition))"
            }
            return "pilihan: " + parts.joined(separator: " / ")
        case .extended(let base, let extra):
            return "\(base), dapat diperpanjang \(extra)"
        case .open(let reason):
            guard let reason, !reason.isEmpty else { return "tanpa batas pasti (teks tidak terbaca)" }
            return "tanpa batas pasti (\(reason))"
        case .beforeEvent(let days):
            return
                "sebelum acara (H-\(days)): selesai saat acara dimulai; permohonan paling lambat \(days) hari sebelumnya"
        }
    }

    /// True when the text could not be read at all (open without a known phrase): the import
    /// report lists these, and a supervisor should set the limit by hand.
    public var isUnreadable: Bool {
        if case .open(reason: nil) = self { return true }
        return false
    }
}
