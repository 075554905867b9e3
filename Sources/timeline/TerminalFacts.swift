import Foundation
import LineEditor

/// What the REPL needs to know about the terminal and the environment, read once.
struct TerminalFacts {
    var outputIsTerminal: Bool
    var rows: Int?
    var columns: Int?
    var pagerCommand: String
    /// Colour only on a terminal, never with NO_COLOR set or TERM=dumb.
    var colour: Bool

    static func current(environment: [String: String] = ProcessInfo.processInfo.environment) -> TerminalFacts {
        let size = Terminal.outputSize()
        let isTerminal = Terminal.isTerminal(STDOUT_FILENO)
        let pager = environment["PAGER"].flatMap { $0.isEmpty ? nil : $0 } ?? "less -FRX"
        let colour = isTerminal && environment["NO_COLOR"] == nil && environment["TERM"] != "dumb"
        return TerminalFacts(
            outputIsTerminal: isTerminal, rows: size?.rows, columns: size?.columns, pagerCommand: pager, colour: colour)
    }
}
