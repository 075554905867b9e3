import Foundation
import TimelineCore

#if canImport(Glibc)
    @preconcurrency import Glibc
#endif

/// An exclusive `flock(2)` on a file, held while `save` checks that the file is still the
/// one the session read and renames the new version over it. Two cooperating `timeline`
/// processes saving the same file thus take turns: the second sees the first's version
/// on disk and is refused, instead of both passing the check and the second's rename
/// silently dropping the first's changes.
///
/// The lock is on the target file itself (no lock file is left next to it). A rename
/// replaces the file, so a waiter may get the lock on a file that is no longer at the
/// path; ``acquire(_:)`` then checks that the path still names the locked file and, if
/// not, locks the new one.
///
/// Limits: the lock is advisory, so it orders `timeline` processes only; an editor that
/// rewrites the file is still noticed by the content check, but not atomically. On NFS,
/// Linux emulates `flock` with byte-range locks, which need the file open for writing:
/// the file is opened read-write when it may be, and without a lock it is read-only to us.
/// A file that does not exist yet is not locked (there is nothing to lose).
public final class FileLock {
    private let descriptor: Int32

    private init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }

    /// How long ``acquire(_:)`` waits for another process's save before giving up.
    static let patience: Duration = .seconds(10)

    /// Locks the file at `path`, waiting for another `timeline` that is saving it.
    ///
    /// - Returns: the lock (released when the value goes away), or nil when there is no file.
    /// - Throws: ``AtomicFile/Failure/busy(_:)`` after ``patience``; ``AtomicFile/Failure/interrupted(_:)``
    ///   on Ctrl-C while waiting.
    public static func acquire(_ path: String) throws(AtomicFile.Failure) -> FileLock? {
        let target = AtomicFile.expand(path)
        let start = ContinuousClock.now
        while true {
            var descriptor = open(target, O_RDWR | O_CLOEXEC)
            if descriptor < 0 && errno != ENOENT { descriptor = open(target, O_RDONLY | O_CLOEXEC) }
            guard descriptor >= 0 else {
                if errno == ENOENT { return nil }
                throw .system(path, String(cString: strerror(errno)))
            }
            let lock = FileLock(descriptor: descriptor)
            if flock(descriptor, LOCK_EX | LOCK_NB) == 0 {
                // Still the file at the path? A save that finished while we waited replaced it.
                if lock.isStill(target) { return lock }
                continue
            }
            guard errno == EWOULDBLOCK || errno == EINTR else {
                throw .system(path, "cannot lock it: " + String(cString: strerror(errno)))
            }
            if Interruption.isRequested { throw .interrupted(path) }
            if ContinuousClock.now - start > patience { throw .busy(path) }
            usleep(20_000)
        }
    }

    /// True when `path` names the file this lock holds.
    private func isStill(_ path: String) -> Bool {
        var held = stat()
        var named = stat()
        guard fstat(descriptor, &held) == 0, stat(path, &named) == 0 else { return false }
        return held.st_dev == named.st_dev && held.st_ino == named.st_ino
    }
}
