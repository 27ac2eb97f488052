/// A key press (or terminal event) as the state machine sees it. The backend decodes the
/// terminal's bytes into these; tests build them directly.
public enum Key: Hashable, Sendable {
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, escape, backspace, delete, tab, backTab
    /// F1 ... F12.
    case function(Int)
    case char(Character)
    /// Ctrl-C (arrives as SIGINT in cbreak mode).
    case ctrlC
    /// Ctrl-U: clear the text field.
    case ctrlU
    /// The terminal changed size.
    case resize(width: Int, height: Int)
    /// Nothing pressed for a while (the clock in the top bar moves on).
    case tick

    /// Builds the key sequence of typing `text` (for tests and the benchmark).
    public static func typing(_ text: String) -> [Key] { text.map { .char($0) } }
}
