import Foundation
import GRDB
import LoketCore

/// A known user: an operating-system account with a role and (optionally) units.
public struct User: Sendable, Hashable {
    public var id: Int64
    public var account: String
    public var displayName: String
    public var role: Role
    /// The units assigned (empty: every unit, see ``LoketCore/UserScope``).
    public var units: [UnitRef]
    /// False once an admin deactivated the account (a colleague who left): refused like unknown.
    public var isActive: Bool = true

    public var scope: UserScope { UserScope(role: role, unitIDs: units.map(\.id)) }
}

/// A unit (Bagian) by id and name, with its agency.
public struct UnitRef: Sendable, Hashable {
    public var id: Int64
    public var name: String
    public var agencyCode: String
}

/// A refusal: who or what was refused. Every refusal is also logged (table `refusal`).
public enum AccessError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The operating-system account is not a user of this database.
    case unknownAccount(String)
    /// The account was deactivated by an admin.
    case inactiveAccount(String)
    /// The user's role or units do not allow the action (`role` nil: an account the database does
    /// not know).
    case refused(account: String, role: Role?, permission: Permission, detail: String?)
    /// The process's account cannot be trusted (a user namespace, a uid without a passwd entry).
    case untrustedIdentity(label: String, problem: String)

    public var description: String {
        switch self {
        case let .unknownAccount(account):
            return "Akun '\(account)' belum terdaftar sebagai pengguna Loket. Minta admin Loket mendaftarkannya "
                + "dengan 'loket user add \(account) --role petugas --unit UNIT'."
        case let .inactiveAccount(account):
            return "Akun '\(account)' sudah dinonaktifkan di Loket. Bila masih bertugas, minta admin Loket "
                + "mengaktifkannya lagi dengan 'loket user set \(account) --active'."
        case let .refused(account, role, permission, detail):
            let who = "\(account) (\(role?.rawValue ?? "belum terdaftar"))"
            if let detail { return "Ditolak: \(who) \(detail)." }
            return "Ditolak: \(who) tidak berwenang \(permission.label); "
                + "hal ini memerlukan peran \(Role.minimum(for: permission).rawValue) atau lebih tinggi."
        case let .untrustedIdentity(_, problem):
            return "Ditolak: \(problem). Loket hanya dipakai dari akun sistem operasi Anda sendiri, di luar "
                + "unshare/kontainer dengan nomor akun pinjaman. Tidak ada yang diubah."
        }
    }
}

/// One row of the refusal log.
public struct Refusal: Sendable, Hashable {
    public var at: Date
    public var account: String
    public var permission: String
    public var target: String?
    public var reason: String
}

extension Store {
    /// Makes `account` the admin when the database has no user yet: the account that creates
    /// the database (or first opens a database made before users existed). Returns the new
    /// admin, or nil when users already exist. Safe against a concurrent first run (IMMEDIATE).
    @discardableResult
    public func bootstrapAdmin(account: String, at now: Date = Date()) throws -> User? {
        // Every start calls this: a read first, so that the usual case takes no write lock.
        let hasUsers = try read("pengguna") { db in
            try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM users)") ?? false
        }
        if hasUsers { return nil }
        let id: Int64? = try write("pengguna pertama") { db in
            guard try !(Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM users)") ?? false) else { return nil }
            try db.execute(
                sql: "INSERT INTO users (account, display_name, role, created_at) VALUES (?, ?, 'admin', ?)",
                arguments: [account, account, now])
            return db.lastInsertedRowID
        }
        guard id != nil else { return nil }
        return try user(account: account)
    }

    /// The user for an account, nil when unknown.
    public func user(account: String) throws -> User? {
        try read("pengguna \(account)") { db in try Self.fetchUsers(db, where: "u.account = ?", [account]).first }
    }

    /// The user running the program: refused (and logged) when the account is unknown.
    public func currentUser(account: String, at now: Date = Date()) throws -> User {
        let found = try user(account: account)
        if let found, found.isActive { return found }
        let error = found == nil ? AccessError.unknownAccount(account) : AccessError.inactiveAccount(account)
        try logRefusal(
            account: account, userID: nil, permission: "akun_tidak_dikenal", target: nil, reason: error.description,
            at: now)
        throw error
    }

    /// Every user, by account.
    public func users() throws -> [User] {
        try read("daftar pengguna") { db in try Self.fetchUsers(db, where: "1", []) }
    }

    /// The user by id.
    public func user(id: Int64) throws -> User? {
        try read("pengguna \(id)") { db in try Self.fetchUsers(db, where: "u.id = ?", [id]).first }
    }

    /// Checks that `user` may do `permission` (on `unitID`, when the action concerns one unit; in
    /// `agencyID`, when it concerns a whole agency, such as its local holidays: a user limited to
    /// units needs one of that agency's). A refusal is logged, then thrown as
    /// ``AccessError/refused(account:role:permission:detail:)``.
    public func authorize(
        _ user: User, _ permission: Permission, unitID: Int64? = nil, agencyID: Int64? = nil, target: String? = nil,
        at now: Date = Date()
    ) throws {
        var refusal: AccessError?
        if !user.role.allows(permission) {
            refusal = .refused(account: user.account, role: user.role, permission: permission, detail: nil)
        } else if let agencyID, let units = user.scope.unitIDs,
            try !read(
                "unit kerja",
                { db in
                    try Bool.fetchOne(
                        db,
                        sql:
                            "SELECT EXISTS (SELECT 1 FROM unit WHERE agency_id = ? AND id IN (\(units.map(String.init).joined(separator: ","))))",
                        arguments: [agencyID]) ?? false
                })
        {
            let agencyName = try agency(id: agencyID)?.name ?? "instansi \(agencyID)"
            refusal = .refused(
                account: user.account, role: user.role, permission: permission,
                detail: "tidak berwenang \(permission.label) untuk \(agencyName), yang tidak memuat unit kerjanya "
                    + "(\(user.units.map(\.name).joined(separator: ", ")))")
        } else if let unitID, !user.scope.contains(unit: unitID) {
            let unitName = try read("unit") { db in
                try String.fetchOne(db, sql: "SELECT name FROM unit WHERE id = ?", arguments: [unitID])
            }
            refusal = .refused(
                account: user.account, role: user.role, permission: permission,
                detail: "tidak berwenang \(permission.label) untuk \(unitName ?? "unit \(unitID)"), "
                    + "yang bukan unit kerjanya (\(user.units.map(\.name).joined(separator: ", ")))")
        }
        guard let refusal else { return }
        try logRefusal(
            account: user.account, userID: user.id, permission: permission.rawValue, target: target,
            reason: refusal.description, at: now)
        throw refusal
    }

    /// Adds a user (admin only). `account` must be new; units by id.
    public func addUser(
        account: String, displayName: String?, role: Role, unitIDs: [Int64], by admin: User, at now: Date = Date()
    ) throws -> User {
        try authorize(admin, .manageUsers, target: account, at: now)
        let account = account.trimmingCharacters(in: .whitespaces)
        guard Self.isValidAccount(account) else { throw RequestError.invalidAccount(account) }
        let displayName = displayName.flatMap(Applicant.cleanText)
        let id: Int64 = try write("pengguna baru") { db in
            if try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM users WHERE account = ?)", arguments: [account])
                ?? false
            {
                throw RequestError.userExists(account)
            }
            try db.execute(
                sql: "INSERT INTO users (account, display_name, role, created_at, created_by) VALUES (?, ?, ?, ?, ?)",
                arguments: [account, displayName ?? account, role.rawValue, now, admin.id])
            let id = db.lastInsertedRowID
            for unitID in Set(unitIDs) {
                try db.execute(sql: "INSERT INTO user_unit (user_id, unit_id) VALUES (?, ?)", arguments: [id, unitID])
            }
            return id
        }
        return try user(id: id)!
    }

    /// Changes a user (admin only): role, units (`[]`: every unit), active or not. At least one
    /// active admin always remains. The row records when and by whom it last changed.
    ///
    /// - Throws: ``RequestError/userNotFound(_:)``, ``RequestError/lastAdmin``, a refusal.
    public func updateUser(
        account: String, role: Role? = nil, unitIDs: [Int64]? = nil, active: Bool? = nil, by admin: User,
        at now: Date = Date()
    ) throws -> User {
        try authorize(admin, .manageUsers, target: account, at: now)
        let id: Int64 = try write("pengguna \(account)") { db in
            guard
                let row = try Row.fetchOne(
                    db, sql: "SELECT id, role, active FROM users WHERE account = ?", arguments: [account])
            else { throw RequestError.userNotFound(account) }
            let id: Int64 = row[0]
            let newRole = role ?? Role(rawValue: row[1]) ?? .petugas
            let newActive = active ?? row[2]
            try db.execute(
                sql: "UPDATE users SET role = ?, active = ?, changed_at = ?, changed_by = ? WHERE id = ?",
                arguments: [newRole.rawValue, newActive, now, admin.id, id])
            if let unitIDs {
                try db.execute(sql: "DELETE FROM user_unit WHERE user_id = ?", arguments: [id])
                for unitID in Set(unitIDs) {
                    try db.execute(
                        sql: "INSERT INTO user_unit (user_id, unit_id) VALUES (?, ?)", arguments: [id, unitID])
                }
            }
            let admins = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM users WHERE role = 'admin' AND active")
            if admins ?? 0 == 0 { throw RequestError.lastAdmin(account) }  // rolls the change back
            return id
        }
        return try user(id: id)!
    }

    /// An account name a user may have: 1 to 32 of `a-z`, `0-9`, `.`, `_`, `-` (what `useradd`
    /// accepts by default, lower case), so that it can never carry a terminal control.
    public static func isValidAccount(_ account: String) -> Bool {
        (1...32).contains(account.utf8.count)
            && account.utf8.allSatisfy {
                (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) || ".-_".utf8.contains($0)
            }
    }

    /// The refusal log, newest first.
    public func refusals(limit: Int = 100) throws -> [Refusal] {
        try read("catatan penolakan") { db in
            try Row.fetchAll(
                db, sql: "SELECT at, account, permission, target, reason FROM refusal ORDER BY id DESC LIMIT ?",
                arguments: [limit]
            ).map { Refusal(at: $0[0], account: $0[1], permission: $0[2], target: $0[3], reason: $0[4]) }
        }
    }

    /// The user an account acts as. `acting` differs from `real` (the operating-system account)
    /// only when an admin plays another user (training, support, tests); with `simulatedClock`
    /// the admin also sets the time. Anyone else asking for either is refused and logged.
    public func actingUser(real: String, acting: String, simulatedClock: Bool, at now: Date) throws -> User {
        if acting != real || simulatedClock {
            let realUser = try user(account: real)
            guard realUser?.role == .admin, realUser?.isActive == true else {
                let what = [acting != real ? "LOKET_USER" : nil, simulatedClock ? "LOKET_NOW" : nil]
                    .compactMap { $0 }.joined(separator: " dan ")
                let error = AccessError.refused(
                    account: real, role: realUser?.role, permission: .manageUsers,
                    detail: "tidak boleh memakai \(what): hanya admin Loket yang dapat bertindak sebagai pengguna "
                        + "lain atau memakai jam lain. Hapus variabel itu dari lingkungan lalu ulangi")
                // The real clock: a refused LOKET_NOW must not date its own refusal.
                try logRefusal(
                    account: real, userID: realUser?.id, permission: "bertindak_sebagai", target: acting,
                    reason: error.description, at: Date())
                throw error
            }
        }
        return try currentUser(account: acting, at: now)
    }

    /// Logs that the process's account cannot be trusted and returns the refusal to throw.
    public func refuseIdentity(label: String, problem: String, at now: Date = Date()) throws -> AccessError {
        let error = AccessError.untrustedIdentity(label: label, problem: problem)
        try logRefusal(
            account: label, userID: nil, permission: "akun_tidak_terpercaya", target: nil, reason: error.description,
            at: now)
        return error
    }

    /// Logs a refusal. When the account cannot write the file at all (read-only to it, or its
    /// folder is: the writer cannot be opened) the refusal is not logged and still stands: the
    /// caller throws it, so an unknown account sees why it is refused (77), not a database error
    /// (74); such an account cannot change anything either.
    func logRefusal(account: String, userID: Int64?, permission: String, target: String?, reason: String, at now: Date)
        throws
    {
        do {
            try write("catatan penolakan") { db in
                try db.execute(
                    sql:
                        "INSERT INTO refusal (at, account, user_id, permission, target, reason) VALUES (?, ?, ?, ?, ?, ?)",
                    arguments: [now, account, userID, permission, target, reason])
            }
        } catch StoreError.cannotOpen {
            return
        }
    }

    static func fetchUsers(_ db: Database, where condition: String, _ arguments: StatementArguments) throws -> [User] {
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT u.id, u.account, u.display_name, u.role, n.id, n.name, a.code, u.active
                FROM users u
                LEFT JOIN user_unit uu ON uu.user_id = u.id
                LEFT JOIN unit n ON n.id = uu.unit_id
                LEFT JOIN agency a ON a.id = n.agency_id
                WHERE \(condition)
                ORDER BY u.account, n.name
                """, arguments: arguments)
        var users: [User] = []
        for row in rows {
            let id: Int64 = row[0]
            if users.last?.id != id {
                users.append(
                    User(
                        id: id, account: row[1], displayName: row[2], role: Role(rawValue: row[3]) ?? .petugas,
                        units: [], isActive: row[7]))
            }
            if let unitID: Int64 = row[4] {
                users[users.count - 1].units.append(UnitRef(id: unitID, name: row[5], agencyCode: row[6]))
            }
        }
        return users
    }
}
