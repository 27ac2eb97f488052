/// Stand-ins for a `TERM` the machine's terminfo lacks, by family: an officer logging in over
/// SSH straight into `loket` (OpenSSH `ForceCommand`) cannot change what their terminal
/// announces, and PuTTY announces `putty`, which Debian ships only in `ncurses-term`.
///
/// Every stand-in is a terminal the family emulates closely (PuTTY, kitty, Alacritty, GNOME
/// Terminal and the like are xterm-compatible; tmux is screen-compatible), most capable first;
/// the backend uses the first one terminfo has and says so. A name of no known family gets
/// none (the start is refused with the fix, as before).
public enum TerminalTypeFallback {
    /// The stand-ins for `term`, best first; empty when its family is unknown.
    public static func candidates(for term: String) -> [String] {
        let name = term.lowercased()
        let wide = name.contains("256color") || name.contains("direct") || name.contains("truecolor")
        let xterm = wide ? ["xterm-256color", "xterm"] : ["xterm", "xterm-256color"]
        func family(_ prefixes: [String]) -> Bool {
            prefixes.contains { name == $0 || name.hasPrefix($0 + "-") || name.hasPrefix($0 + ".") }
        }
        if family([
            "putty", "kitty", "alacritty", "wezterm", "foot", "ghostty", "konsole", "gnome", "vte", "st",
            "iterm", "iterm2", "mintty", "terminator", "tilix", "contour", "xfce", "termite", "ms-terminal",
        ]) {
            return ["xterm-256color", "xterm"]
        }
        if family(["xterm"]) { return xterm.filter { $0 != name } }
        if family(["tmux"]) {
            return ["tmux-256color", "tmux", "screen-256color", "screen"].filter { $0 != name }
        }
        if family(["screen"]) { return (wide ? ["screen-256color", "screen"] : ["screen"]).filter { $0 != name } }
        if family(["rxvt", "urxvt", "rxvt-unicode"]) {
            return ["rxvt-unicode-256color", "rxvt-unicode", "rxvt", "xterm-256color", "xterm"].filter { $0 != name }
        }
        if family(["linux"]) { return name == "linux" ? [] : ["linux"] }
        if name.hasPrefix("vt"), let model = Int(name.dropFirst(2).prefix { $0.isNumber }), model >= 100 {
            return (model >= 200 ? ["vt220", "vt100"] : ["vt100"]).filter { $0 != name }
        }
        return []
    }

    /// What the backend says (once, on standard error before the screen opens) when it stands
    /// `substitute` in for `term`.
    public static func notice(requested term: String, substitute: String) -> String {
        "loket: jenis terminal TERM=\(term) tidak ada di terminfo mesin ini; layar memakai \(substitute) "
            + "(yang setara). Agar tepat: admin memasang paket ncurses-term, atau atur TERM di terminal Anda "
            + "(PuTTY: Connection > Data > Terminal-type string: xterm-256color)."
    }
}
