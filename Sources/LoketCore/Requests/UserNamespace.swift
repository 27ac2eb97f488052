/// Whether a process runs in the machine's own user namespace, from its `/proc/self/uid_map`.
///
/// In the initial namespace the map is the identity over every uid: one line `0 0 4294967295`.
/// A process started with `unshare --user --map-root-user` (or `--map-user=UID`) sees another map
/// (`0 1000 1`): there any uid, root included, is whatever the unprivileged user chose, so the
/// account it names is not who runs the program. Loket refuses such a process.
public enum UserNamespace {
    /// True only for the identity map: exactly one line of three numbers `0 0 4294967295`
    /// (the kernel aligns them with spaces).
    public static func isInitial(uidMap: String) -> Bool {
        let lines = uidMap.split(separator: "\n", omittingEmptySubsequences: true)
            .filter { !$0.allSatisfy { $0 == " " || $0 == "\t" } }
        guard lines.count == 1 else { return false }
        let fields = lines[0].split(whereSeparator: { $0 == " " || $0 == "\t" })
        return fields.count == 3 && fields[0] == "0" && fields[1] == "0" && fields[2] == "4294967295"
    }
}
