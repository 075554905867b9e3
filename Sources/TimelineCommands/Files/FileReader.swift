#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// read(2), under a name that ``FileReader/read(_:limit:)`` does not shadow.
private func systemRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    read(fd, buffer, count)
}

/// Reads a whole file into memory with read(2), straight into the array that
/// keeps it: no `Data` in between (which cost a second copy of a 400 MB file
/// and ~12 % of a big load), and a ceiling, so that a file bigger than any
/// timeline or a pipe that never ends is refused with a message instead of
/// filling memory.
enum FileReader {
    /// Why a file could not be read.
    enum Failure: Error, Equatable {
        case missing
        case unreadable(String)
        /// Bigger than ``limit`` bytes (for a pipe: it went on past the limit).
        case tooBig(limit: Int)
    }

    /// The largest file read: 1 GiB, over twice a million-event timeline (~420 MB).
    /// A timeline is held in memory whole, and its model takes several times
    /// the file's size, so a bigger file is refused up front.
    static let limit = 1 << 30

    /// The bytes of the file at `path` (a regular file, a pipe, a device).
    static func read(_ path: String, limit: Int = FileReader.limit) throws(Failure) -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            throw errno == ENOENT ? .missing : .unreadable(String(cString: strerror(errno)))
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw .unreadable(String(cString: strerror(errno))) }
        if info.st_mode & S_IFMT == S_IFDIR { throw .unreadable("it is a directory") }
        let size = info.st_mode & S_IFMT == S_IFREG ? Int(info.st_size) : 0
        if size > limit { throw .tooBig(limit: limit) }
        // A regular file is read straight into an array of its size; what follows (a pipe, or
        // a file that grew meanwhile) is read in chunks and appended.
        var failure: Failure?
        var bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, initialized in
            while initialized < size, let base = buffer.baseAddress {
                let n = systemRead(fd, base + initialized, size - initialized)
                if n > 0 {
                    initialized += n
                } else if n == 0 {
                    break
                } else if errno != EINTR {
                    failure = .unreadable(String(cString: strerror(errno)))
                    break
                }
            }
        }
        if let failure { throw failure }
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { systemRead(fd, $0.baseAddress, $0.count) }
            if n == 0 { break }
            if n < 0 {
                if errno == EINTR { continue }
                throw .unreadable(String(cString: strerror(errno)))
            }
            if bytes.count + n > limit { throw .tooBig(limit: limit) }
            bytes.append(contentsOf: chunk[..<n])
        }
        return bytes
    }
}
