import LoketTUI
import Testing

@Suite("TERM stand-ins")
struct TerminalTypeFallbackTests {
    @Test(
        "a TERM terminfo lacks: compatible entries by family, most capable first",
        arguments: [
            ("putty", ["xterm-256color", "xterm"]), ("putty-256color", ["xterm-256color", "xterm"]),
            ("PuTTY", ["xterm-256color", "xterm"]), ("putty-sco", ["xterm-256color", "xterm"]),
            ("xterm-kitty", ["xterm", "xterm-256color"]), ("xterm-ghostty", ["xterm", "xterm-256color"]),
            ("xterm-direct", ["xterm-256color", "xterm"]), ("alacritty", ["xterm-256color", "xterm"]),
            ("gnome-256color", ["xterm-256color", "xterm"]), ("st-256color", ["xterm-256color", "xterm"]),
            ("tmux-direct", ["tmux-256color", "tmux", "screen-256color", "screen"]),
            ("screen.putty-256color", ["screen-256color", "screen"]), ("screen.xterm", ["screen"]),
            ("rxvt-unicode-256color", ["rxvt-unicode", "rxvt", "xterm-256color", "xterm"]),
            ("linux-16color", ["linux"]), ("vt320", ["vt220", "vt100"]), ("vt102", ["vt100"]),
        ])
    func standIns(term: String, expected: [String]) {
        #expect(TerminalTypeFallback.candidates(for: term) == expected)
    }

    @Test("no family, no stand-in: the start is refused with the fix, as before")
    func unknown() {
        for term in ["foo", "", "dumb", "linux", "vt100", "vtx", "ansi"] {
            #expect(TerminalTypeFallback.candidates(for: term).isEmpty, "\(term)")
        }
    }

    @Test("the notice says what, which entry, and what to do, in Indonesian")
    func notice() {
        let text = TerminalTypeFallback.notice(requested: "putty", substitute: "xterm-256color")
        #expect(text.contains("TERM=putty tidak ada di terminfo"))
        #expect(text.contains("memakai xterm-256color"))
        #expect(text.contains("ncurses-term"))
    }
}
