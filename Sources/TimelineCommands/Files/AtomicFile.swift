import Foundation
import TimelineCore

#if canImport(Glibc)
    @preconcurrency import Glibc
#endif

/// Writes a file so that it is either the old file or the whole new one,
/// never half of either: the bytes go to a temporary file in the same
/// directory, which is flushed to disk and renamed over the target; the
/// directory is flushed too. Any failure removes the temporary file and leaves
/// the target exactly as it was.
///
/// Ctrl-C: the bytes are written in chunks and ``Interruption`` is checked between them and
/// once more before the rename; an interrupted write removes the temporary file and throws
/// ``Failure/interrupted``. While the temporary file exists it is registered with
/// ``Interruption/removeOnForcedExit(_:)``, so even a forced exit (the third Ctrl-C) removes it.
public enum AtomicFile {
    /// Why a write did not happen.
    public enum Failure: Error, Equatable, Sendable {
        /// The target exists and replacing it was not allowed.
        case exists(String)
        /// The system refused: the path and the reason.
        case system(String, String)
        /// Ctrl-C stopped the write; the target is as it was.
        case interrupted(String)
        /// Another `timeline` held the file's lock (see ``FileLock``) for too long.
        case busy(String)

        public var message: String {
            switch self {
            case .exists(let path): return "'\(path)' exists; add --force to replace it"
            case .system(let path, let reason): return "cannot write '\(path)': \(reason)"
            case .interrupted(let path): return "interrupted: '\(path)' was not written"
            case .busy(let path): return "'\(path)' is being saved by another timeline; try again"
            }
        }
    }

    /// How many bytes go to the disk between two Ctrl-C checks.
    static let chunkSize = 1 << 20

    /// Writes `bytes` to `path`; an existing file is replaced only when `replace` is true.
    public static func write(_ bytes: [UInt8], to path: String, replace: Bool) throws(Failure) {
        try write(bytes, to: path, replace: replace, chunkSize: chunkSize) { Interruption.isRequested }
    }

    /// The same, with the chunk size and the interruption check given (tests interrupt a
    /// write part-way without touching the process's flag).
    static func write(
        _ bytes: [UInt8], to path: String, replace: Bool, chunkSize: Int, isInterrupted: () -> Bool
    ) throws(Failure) {
        let target = expand(path)
        if !replace && FileManager.default.fileExists(atPath: target) { throw .exists(path) }
        let directory = (target as NSString).deletingLastPathComponent
        let folder = directory.isEmpty ? "." : directory
        var template = Array("\(folder)/.\((target as NSString).lastPathComponent).tmp-XXXXXX".utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { buffer -> Int32 in
            guard let base = buffer.baseAddress else { return -1 }
            return mkstemp(base)
        }
        guard fd >= 0 else { throw .system(path, String(cString: strerror(errno))) }
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        Interruption.removeOnForcedExit(temporary)
        defer { Interruption.removeOnForcedExit(nil) }
        var failure: Failure?
        var written = 0
        bytes.withUnsafeBytes { raw in
            while written < raw.count {
                let n = Glibc.write(fd, raw.baseAddress?.advanced(by: written), min(chunkSize, raw.count - written))
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = .system(path, String(cString: strerror(errno)))
                    return
                }
                written += n
                if isInterrupted() {
                    failure = .interrupted(path)
                    return
                }
            }
        }
        if failure == nil && fsync(fd) != 0 { failure = .system(path, String(cString: strerror(errno))) }
        if close(fd) != 0 && failure == nil { failure = .system(path, String(cString: strerror(errno))) }
        // The last chance to leave the old file in place: after the rename the write has happened.
        if failure == nil && isInterrupted() { failure = .interrupted(path) }
        if failure == nil {
            // Keep the old file's permissions when replacing it; new files get the usual 0644 less umask.
            let mode = (try? FileManager.default.attributesOfItem(atPath: target)[.posixPermissions] as? Int) ?? 0o644
            chmod(temporary, mode_t(mode))
            if rename(temporary, target) != 0 { failure = .system(path, String(cString: strerror(errno))) }
        }
        if let failure {
            unlink(temporary)
            throw failure
        }
        let dirfd = open(folder, O_RDONLY | O_DIRECTORY)
        if dirfd >= 0 {
            fsync(dirfd)
            close(dirfd)
        }
    }

    /// True when something exists at `path`.
    public static func exists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: expand(path))
    }

    /// `~/x` is the home directory's `x`; other paths are as given.
    public static func expand(_ path: String) -> String {
        guard path == "~" || path.hasPrefix("~/") else { return path }
        return NSString(string: path).expandingTildeInPath
    }
}
