import Foundation
import LoketTUI

/// The main loop: key → program → frame → terminal, until the program quits or a signal
/// arrives. The terminal is restored on every way out.
public enum TerminalApp {
    /// Runs the program full screen. Returns the exit status (0, or 128 + signal).
    public static func run(_ program: Program, terminal: Terminal) -> Int32 {
        var program = program
        defer { terminal.stop() }
        var screen = Screen(width: 0, height: 0, glyphs: terminal.capabilities.glyphs)
        let size = terminal.size
        program.send(.resize(width: size.width, height: size.height))
        program.render(into: &screen)
        terminal.draw(screen)
        while !program.isFinished {
            if let signal = terminal.pendingSignal {
                if signal == SIGINT {
                    SignalGuard.pending = 0
                    program.send(.ctrlC)
                    if program.isFinished { break }
                } else {
                    terminal.stop()
                    return 128 + signal
                }
            }
            guard let key = terminal.readKey() else { continue }
            program.send(key)
            if program.isFinished { break }
            program.render(into: &screen)
            terminal.draw(screen)
        }
        return 0
    }
}
