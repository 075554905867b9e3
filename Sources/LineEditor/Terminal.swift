#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Facts about the process's terminal, if it has one.
public enum Terminal {
    /// True when the file descriptor is a terminal.
    public static func isTerminal(_ fd: Int32) -> Bool { isatty(fd) == 1 }

    /// Columns of the terminal on standard output, or nil when it is not a terminal.
    public static func outputWidth() -> Int? {
        guard isTerminal(STDOUT_FILENO) else { return nil }
        return outputSize()?.columns ?? 80
    }

    /// Rows and columns of the terminal on standard output, or nil when it is not a terminal.
    public static func outputSize() -> (rows: Int, columns: Int)? {
        guard isTerminal(STDOUT_FILENO) else { return nil }
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0, size.ws_row > 0 else {
            return nil
        }
        return (Int(size.ws_row), Int(size.ws_col))
    }
}
