#if canImport(Glibc)
    @preconcurrency import Glibc
#elseif canImport(Darwin)
    @preconcurrency import Darwin
#endif

/// The few POSIX file operations ``HistoryFile`` needs, retrying on `EINTR` and turning
/// failures into ``HistoryFileError``.
enum PosixFile {
    /// The whole file, or nil when it does not exist.
    static func readAll(path: String) throws(HistoryFileError) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 {
            if errno == ENOENT { return nil }
            throw HistoryFileError(operation: "open", path: path, code: errno)
        }
        defer { close(fd) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw HistoryFileError(operation: "read", path: path, code: errno)
            }
            if count == 0 { return bytes }
            bytes += chunk[0..<count]
        }
    }

    /// Creates `path` and its missing parents with mode 0700.
    static func makeDirectories(_ path: String) throws(HistoryFileError) {
        var status = stat()
        if stat(path, &status) == 0 { return }
        let parent = parentPath(of: path)
        if parent != path, !parent.isEmpty { try makeDirectories(parent) }
        if mkdir(path, 0o700) != 0, errno != EEXIST {
            throw HistoryFileError(operation: "create directory", path: path, code: errno)
        }
    }

    /// Opens (creating) `path` and takes an exclusive `flock` on it, waiting for other holders.
    /// Returns the descriptor to pass to ``unlock(_:)``.
    static func lockExclusively(path: String) throws(HistoryFileError) -> Int32 {
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        if fd < 0 { throw HistoryFileError(operation: "lock", path: path, code: errno) }
        while flock(fd, LOCK_EX) != 0 {
            if errno == EINTR { continue }
            let code = errno
            close(fd)
            throw HistoryFileError(operation: "lock", path: path, code: code)
        }
        return fd
    }

    /// Releases a lock from ``lockExclusively(path:)``.
    static func unlock(_ fd: Int32) {
        _ = flock(fd, LOCK_UN)
        close(fd)
    }

    /// Replaces the file at `path` with `bytes` atomically: writes a temporary file in
    /// `directory`, `fsync`s it, renames it over `path`, and `fsync`s the directory.
    static func replace(path: String, with bytes: [UInt8], directory: String) throws(HistoryFileError) {
        let temporary = "\(path).tmp-\(getpid())"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        if fd < 0 { throw HistoryFileError(operation: "write", path: temporary, code: errno) }
        var failure: HistoryFileError?
        if !writeAll(fd, bytes) || fsync(fd) != 0 {
            failure = HistoryFileError(operation: "write", path: temporary, code: errno)
        }
        close(fd)
        if failure == nil, rename(temporary, path) != 0 {
            failure = HistoryFileError(operation: "rename", path: path, code: errno)
        }
        if let failure {
            unlink(temporary)
            throw failure
        }
        let directoryFD = open(directory.isEmpty ? "." : directory, O_RDONLY | O_CLOEXEC)
        if directoryFD >= 0 {
            _ = fsync(directoryFD)
            close(directoryFD)
        }
    }

    /// The text for an `errno` value.
    static func message(for code: Int32) -> String {
        guard let text = strerror(code) else { return "error \(code)" }
        return String(cString: text)
    }

    private static func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = write(fd, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                offset += written
            }
            return true
        }
    }

    private static func parentPath(of path: String) -> String {
        var trimmed = Substring(path)
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        guard let slash = trimmed.lastIndex(of: "/") else { return "" }
        if slash == trimmed.startIndex { return "/" }
        return String(trimmed[..<slash])
    }
}
