import Foundation
import LoketCore

/// Every text the command line prints goes through here: this module-level `print` shadows
/// `Swift.print` for the whole `loket` target, so no command can write a stored name, note,
/// catalog cell or echoed argument to the terminal with its escape sequences or bidi overrides
/// (``LoketCore/TerminalSafe``; newlines and tabs are kept). JSON output passes too: its
/// encoder already escapes C0 controls, and this removes the C1 and bidi ones.
func print(_ items: Any..., separator: String = " ", terminator: String = "\n") {
    let text = items.map { String(describing: $0) }.joined(separator: separator)
    Swift.print(TerminalSafe.clean(text, multiline: true), terminator: terminator)
}

/// Writes `text` to standard error, terminal-safe (error messages echo what was typed).
func printError(_ text: String) {
    FileHandle.standardError.write(Data(TerminalSafe.clean(text, multiline: true).utf8))
}

/// Writes `text` to standard output as it is (no newline added), terminal-safe.
func writeOutput(_ text: String) {
    FileHandle.standardOutput.write(Data(TerminalSafe.clean(text, multiline: true).utf8))
}
