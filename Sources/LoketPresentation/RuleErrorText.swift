import LoketCore

/// A request rule's refusal in the words of a screen: what is wrong and what to do there, with
/// no command-line flags (the command line words them in ``LoketCore/RequestRuleError/description``).
extension RequestRuleError {
    public var screenText: String {
        switch self {
        case let .invalidApplicant(problems):
            return "Data pemohon tidak sah: " + problems.joined(separator: "; ") + "."
        case let .transitionNotAllowed(from, to):
            let allowed = from.allowedNext.map(\.label).joined(separator: ", ")
            return "Status tidak dapat diubah dari \(from.label) ke \(to.label)."
                + (allowed.isEmpty ? " Permohonan ini sudah selesai diproses." : " Yang boleh: \(allowed).")
        case let .reasonRequired(status):
            return "Untuk \(status.actionLabel) permohonan, isi alasannya."
        case .optionRequired:
            return "Jangka waktu layanan ini berupa pilihan: pilih salah satu."
        case let .optionOutOfRange(given, options):
            return "Pilihan \(given) tidak ada; pilih 1 sampai \(options.count)."
        case .optionNotApplicable:
            return "Jangka waktu layanan ini bukan pilihan."
        case let .eventRequired(days):
            return "Layanan ini terikat pada hari acara (H-\(days)): isi tanggal acaranya."
        case .eventNotApplicable:
            return "Jangka waktu layanan ini tidak terikat pada hari acara."
        case let .eventPassed(day):
            return "Tanggal acara \(IndonesianDateFormat.date(day)) sudah lewat; periksa tanggalnya."
        case let .extensionNotAllowed(reason):
            return "Perpanjangan tidak dapat diberikan: \(reason.replacingOccurrences(of: " (--reason)", with: ""))."
        case let .notReassignable(status):
            return "Permohonan \(status.label) sudah selesai; tidak dapat dialihkan."
        case let .documentsAlreadyComplete(status):
            return "Berkas permohonan ini sudah lengkap (\(status.label))."
        }
    }
}
