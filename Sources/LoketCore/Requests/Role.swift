/// A user's role (DOMAIN.md "Roles"). Raw values are the stored and typed names.
public enum Role: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// Officer: browses the catalog, logs requests, updates those of its units.
    case petugas
    /// Supervisor: all of that, plus overdue board, extensions, reassignment, reports, local holidays.
    case supervisor
    /// Admin: users and roles, catalog imports, agency settings; and everything else.
    case admin

    /// Whether this role may do `permission` at all. Unit scope is a separate check
    /// (``UserScope``).
    public func allows(_ permission: Permission) -> Bool {
        switch permission {
        case .viewCatalog, .viewRequests, .logRequest, .updateRequest, .printReceipt, .recordSurvey:
            return true
        case .extendDeadline, .reassign, .readReports, .manageHolidays, .overrideTimeLimit, .backup:
            return self >= .supervisor
        case .manageUsers, .importCatalog, .manageAgency:
            return self == .admin
        }
    }

    /// The lowest role that has `permission`.
    public static func minimum(for permission: Permission) -> Role {
        allCases.first { $0.allows(permission) } ?? .admin
    }

    private var rank: Int {
        switch self {
        case .petugas: return 0
        case .supervisor: return 1
        case .admin: return 2
        }
    }

    public static func < (lhs: Role, rhs: Role) -> Bool { lhs.rank < rhs.rank }
}

/// Something a user may be allowed to do. Raw values are logged with refusals.
public enum Permission: String, Sendable, Hashable, Codable, CaseIterable {
    case viewCatalog = "lihat_katalog"
    case viewRequests = "lihat_permohonan"
    case logRequest = "catat_permohonan"
    case updateRequest = "ubah_permohonan"
    case printReceipt = "cetak_tanda_terima"
    case recordSurvey = "catat_skm"
    case extendDeadline = "perpanjang"
    case reassign = "alihkan"
    case readReports = "laporan"
    case manageHolidays = "kelola_libur"
    case overrideTimeLimit = "ubah_jangka_waktu"
    case backup = "cadangkan"
    case manageUsers = "kelola_pengguna"
    case importCatalog = "impor_katalog"
    case manageAgency = "kelola_instansi"

    /// What the permission is about, for refusal messages.
    public var label: String {
        switch self {
        case .viewCatalog: return "melihat katalog"
        case .viewRequests: return "melihat permohonan"
        case .logRequest: return "mencatat permohonan"
        case .updateRequest: return "mengubah permohonan"
        case .printReceipt: return "mencetak tanda terima"
        case .recordSurvey: return "mencatat survei kepuasan"
        case .extendDeadline: return "memperpanjang jangka waktu"
        case .reassign: return "mengalihkan permohonan"
        case .readReports: return "membaca laporan"
        case .manageHolidays: return "mengelola hari libur"
        case .overrideTimeLimit: return "mengubah jangka waktu layanan"
        case .backup: return "mencadangkan basis data"
        case .manageUsers: return "mengelola pengguna"
        case .importCatalog: return "mengimpor katalog"
        case .manageAgency: return "mengubah pengaturan instansi"
        }
    }
}

/// The units whose requests a user sees and changes.
///
/// Decision: an admin sees every unit; a petugas or supervisor with no unit assigned also sees
/// every unit (a small office with one central counter); with units, exactly those.
public struct UserScope: Sendable, Hashable {
    /// nil: every unit.
    public var unitIDs: Set<Int64>?

    public init(role: Role, unitIDs: [Int64]) {
        self.unitIDs = role == .admin || unitIDs.isEmpty ? nil : Set(unitIDs)
    }

    public static let everything = UserScope(role: .admin, unitIDs: [])

    public func contains(unit: Int64) -> Bool { unitIDs?.contains(unit) ?? true }
}
