import ArgumentParser
import Foundation
import LoketCore
import LoketStore

/// `loket receipt NUMBER`: the tanda terima handed to the pemohon, as plain text for a slip
/// printer (42 columns) or a page (80).
struct ReceiptCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "receipt", abstract: "Cetak tanda terima permohonan (teks biasa).")

    @OptionGroup var database: DatabaseOptions
    @Argument(help: "Nomor permohonan.") var number: String
    @Option(name: .long, help: "Lebar: 42 (printer struk) atau 80.") var width = 42

    func validate() throws {
        guard width == 42 || width == 80 else {
            throw CLIError.usage("Lebar tanda terima hanya 42 atau 80 kolom.")
        }
    }

    func run() async throws {
        let session = try Session.open(database)
        let detail = try session.store.request(
            number: number, for: session.user, permission: .printReceipt, at: session.now)
        print(Self.text(detail, width: width), terminator: "")
    }

    static func text(_ d: RequestDetail, width: Int) -> String {
        let s = d.summary
        let rule = String(repeating: "-", count: width)
        var lines: [String] = []
        func center(_ text: String) {
            for line in TextLayout.wrap(text, width: width) {
                let pad = max(0, (width - line.count) / 2)
                lines.append(String(repeating: " ", count: pad) + line)
            }
        }
        func field(_ label: String, _ value: String) {
            let head = TextLayout.pad(label, 11) + ": "
            let wrapped = TextLayout.wrap(value, width: width - head.count)
            for (i, line) in wrapped.enumerated() {
                lines.append((i == 0 ? head : String(repeating: " ", count: head.count)) + line)
            }
        }
        center(d.agencyName.uppercased())
        center("TANDA TERIMA PERMOHONAN")
        lines.append(rule)
        field("Nomor", s.number)
        field("Layanan", s.serviceName)
        field("Unit", s.unitName)
        field("Pemohon", d.applicant.name)
        if let nik = d.applicant.maskedNIK { field("NIK", nik) }
        if let phone = d.applicant.phone { field("Telepon", phone) }
        field("Diterima", Session.dateTime(s.receivedAt, d.timeZone))
        if s.status == .menungguBerkas {
            field("Tenggat", "menunggu kelengkapan berkas")
            lines.append("Berkas yang belum lengkap:")
            for item in d.missingItems {
                lines += TextLayout.wrap("- \(item.text)", width: width, indent: "  ")
            }
        } else if let deadline = s.deadline {
            if let event = d.event { field("Hari acara", IndonesianDateFormat.date(event)) }
            field("Tenggat", Session.dateTime(deadline, d.timeZone))
            if let warning = d.eventWarning { field("Perhatian", warning) }
        } else {
            field("Tenggat", "tanpa batas waktu tetap")
        }
        field("Status", s.status.label)
        lines.append(rule)
        lines += TextLayout.wrap("Pengaduan, saran dan masukan:", width: width)
        lines += TextLayout.wrap(d.complaintChannel ?? "hubungi petugas loket", width: width, indent: "  ")
        lines.append(rule)
        lines += TextLayout.wrap(
            "Simpan tanda terima ini dan sebutkan nomornya saat menanyakan permohonan.", width: width)
        return lines.joined(separator: "\n") + "\n"
    }
}
