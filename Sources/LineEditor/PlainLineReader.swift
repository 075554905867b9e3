#if canImport(Glibc)
    @preconcurrency import Glibc
#elseif canImport(Darwin)
    @preconcurrency import Darwin
#endif

/// Reads lines from standard input without editing: for scripts, pipes, and
/// terminals where libedit is not wanted. Shows the prompt only when standard
/// input is a terminal, so piped scripts produce no prompt noise. History is
/// kept in memory only.
public final class PlainLineReader: LineReader {
    private let interactive: Bool
    public private(set) var history: [String] = []

    public init() {
        interactive = isatty(STDIN_FILENO) == 1
    }

    public func read(prompt: String) -> LineEvent {
        if interactive {
            fputs(prompt, stdout)
            fflush(stdout)
        }
        guard let line = Swift.readLine(strippingNewline: true) else { return .end }
        return .line(line)
    }

    public func addHistory(_ entry: String) {
        if history.last != entry { history.append(entry) }
    }
}
