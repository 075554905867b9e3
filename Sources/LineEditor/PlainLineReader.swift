#if canImport(Glibc)
    @preconcurrency import Glibc
#elseif canImport(Darwin)
    @preconcurrency import Darwin
#endif

/// Reads lines from standard input. Shows the prompt only when standard input
/// is a terminal, so piped scripts produce no prompt noise.
public struct PlainLineReader: LineReader {
    private let interactive: Bool

    public init() {
        interactive = isatty(STDIN_FILENO) == 1
    }

    public mutating func readLine(prompt: String) -> String? {
        if interactive {
            fputs(prompt, stdout)
            fflush(stdout)
        }
        return Swift.readLine(strippingNewline: true)
    }
}
