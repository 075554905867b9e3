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
            // write(2) on the descriptor, not stdio's `stdout` (a C global Swift 6 rejects in release builds).
            var bytes = Array(prompt.utf8)
            var offset = 0
            while offset < bytes.count {
                let n = bytes.withUnsafeMutableBytes {
                    write(STDOUT_FILENO, $0.baseAddress?.advanced(by: offset), $0.count - offset)
                }
                if n <= 0 && errno != EINTR { break }
                if n > 0 { offset += n }
            }
            bytes.removeAll()
        }
        guard let line = Swift.readLine(strippingNewline: true) else { return .end }
        return .line(line)
    }

    public func addHistory(_ entry: String) {
        if history.last != entry { history.append(entry) }
    }
}
