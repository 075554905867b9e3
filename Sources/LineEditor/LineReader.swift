/// The seam between the REPL loop and whatever reads lines: libedit when
/// interactive (a later step), plain standard input otherwise.
///
/// Knows nothing of timelines: it hands back lines, nothing more.
public protocol LineReader {
    /// The next line without its newline, or nil at end of input.
    ///
    /// - Parameter prompt: shown before reading when the reader is interactive.
    mutating func readLine(prompt: String) -> String?
}
