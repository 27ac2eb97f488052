import Foundation

/// The operating-system account running `loket` (recorded with what it changes).
enum Account {
    static var current: String {
        let environment = ProcessInfo.processInfo.environment
        if let name = environment["LOKET_USER"], !name.isEmpty { return name }
        if let name = environment["USER"], !name.isEmpty { return name }
        return NSUserName()
    }
}
