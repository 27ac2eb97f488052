import CNcursesw
import Foundation
import LoketTUI

/// What the terminal can show, decided once at start.
public struct TerminalCapabilities: Sendable {
    /// UTF-8 locale and a terminal that is not a bare VT100: Unicode lines and bullets.
    public var unicode: Bool
    /// `has_colors()` and `NO_COLOR` unset.
    public var colours: Bool

    public var glyphs: Glyphs { unicode ? .unicode : .ascii }

    /// Reads the locale (after `setlocale`) and the environment. Colours are decided after
    /// ncurses starts, see ``withColours(_:)``.
    static func detect(environment: [String: String] = ProcessInfo.processInfo.environment) -> TerminalCapabilities {
        let codeset = nl_langinfo(nl_item(CODESET)).map { String(cString: $0) } ?? ""
        let utf8 = codeset.uppercased().replacingOccurrences(of: "-", with: "") == "UTF8"
        let term = environment["TERM"] ?? ""
        let plain = term == "vt100" || term.hasPrefix("vt100-") || term == "dumb"
        return TerminalCapabilities(unicode: utf8 && !plain, colours: false)
    }

    func withColours(_ hasColours: Bool, environment: [String: String] = ProcessInfo.processInfo.environment)
        -> TerminalCapabilities
    {
        var copy = self
        let noColour = environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        copy.colours = hasColours && !noColour
        return copy
    }
}
