import Foundation
import LoketCore

/// What a tanda terima shows: the command line's `loket receipt` and the screen's print key
/// print the same slip.
public struct Receipt: Sendable, Hashable {
    public var agencyName: String
    public var number: String
    public var serviceName: String
    public var unitName: String
    public var applicantName: String
    public var maskedNIK: String?
    public var phone: String?
    public var receivedAt: Date
    /// When the documents became complete (the clock's start), nil while missing.
    public var completeAt: Date?
    public var deadline: Date?
    public var status: RequestStatus
    public var missingItems: [String]
    /// Component 6 of the card (Penanganan Pengaduan, Saran dan Masukan).
    public var complaintChannel: String?
    /// The officer who logged it (name, else account).
    public var officer: String
    public var zone: TimeZone
    /// The event day of a service tied to one (jangka waktu `H-5`), and the warning of a request
    /// logged later than H-N.
    public var event: LocalDate? = nil
    public var eventWarning: String? = nil

    public init(
        agencyName: String, number: String, serviceName: String, unitName: String, applicantName: String,
        maskedNIK: String?, phone: String?, receivedAt: Date, completeAt: Date?, deadline: Date?,
        status: RequestStatus, missingItems: [String], complaintChannel: String?, officer: String, zone: TimeZone
    ) {
        self.agencyName = agencyName
        self.number = number
        self.serviceName = serviceName
        self.unitName = unitName
        self.applicantName = applicantName
        self.maskedNIK = maskedNIK
        self.phone = phone
        self.receivedAt = receivedAt
        self.completeAt = completeAt
        self.deadline = deadline
        self.status = status
        self.missingItems = missingItems
        self.complaintChannel = complaintChannel
        self.officer = officer
        self.zone = zone
    }
}

/// The slip's layout, wrapped by display width: 32 columns (58 mm thermal), 42 (80 mm), 80 (a page).
public enum ReceiptText {
    public static let widths = [32, 42, 80]

    public static func text(_ r: Receipt, width: Int) -> String {
        let width = max(20, width)
        let rule = String(repeating: "-", count: width)
        var lines: [String] = []
        func center(_ text: String) {
            for line in TextWrap.wrap(TerminalSafe.clean(text), width: width) {
                lines.append(String(repeating: " ", count: max(0, (width - DisplayWidth.of(line)) / 2)) + line)
            }
        }
        let labelWidth = width < 40 ? 8 : 11
        func field(_ label: String, _ value: String) {
            let head = DisplayWidth.pad(label, labelWidth) + ": "
            let hang = String(repeating: " ", count: DisplayWidth.of(head))
            for (i, line) in TextWrap.wrap(TerminalSafe.clean(value), width: width - DisplayWidth.of(head)).enumerated()
            {
                lines.append((i == 0 ? head : hang) + line)
            }
        }
        func paragraph(_ text: String, indent: String = "") {
            for line in TextWrap.wrap(TerminalSafe.clean(text), width: width - indent.count) {
                lines.append(indent + line)
            }
        }
        center(r.agencyName.uppercased())
        center("TANDA TERIMA PERMOHONAN")
        lines.append(rule)
        field("Nomor", r.number)
        field("Layanan", r.serviceName)
        field("Bagian", r.unitName)
        field("Pemohon", r.applicantName)
        if let nik = r.maskedNIK { field("NIK", nik) }
        if let phone = r.phone { field("Telepon", phone) }
        field("Diterima", DateText.long(r.receivedAt, zone: r.zone))
        if r.status == .menungguBerkas {
            field("Tenggat", "menunggu kelengkapan berkas")
            paragraph("Berkas yang belum lengkap:")
            for item in r.missingItems { paragraph("- " + DeadlineText.itemText(item), indent: "  ") }
            paragraph("Tenggat dihitung sejak berkas lengkap.")
        } else {
            if let complete = r.completeAt, complete != r.receivedAt {
                field("Lengkap", DateText.long(complete, zone: r.zone))
                paragraph("Jangka waktu berjalan sejak berkas lengkap.")
            }
            if let event = r.event { field("Hari acara", IndonesianDateFormat.date(event)) }
            field("Tenggat", r.deadline.map { DateText.long($0, zone: r.zone) } ?? "tanpa batas waktu tetap")
            if let warning = r.eventWarning { field("Perhatian", warning) }
        }
        field("Status", r.status.label)
        lines.append(rule)
        paragraph("Pengaduan, saran dan masukan:")
        paragraph(r.complaintChannel ?? "hubungi petugas loket", indent: "  ")
        lines.append(rule)
        field("Petugas", r.officer)
        lines.append("")
        lines.append("")
        lines.append(String(repeating: "_", count: min(width, 28)))
        paragraph("Tanda tangan petugas")
        lines.append(rule)
        paragraph("Simpan tanda terima ini dan sebutkan nomornya saat menanyakan permohonan.")
        return lines.joined(separator: "\n") + "\n"
    }
}
