import CInterrupt

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#endif

/// A big regular file mapped read-only into memory (mmap(2), private), for the
/// fast readers: no copy of the file, and pages the reader is done with are given
/// back (``PageRelease``), so a load never holds the whole file and the whole
/// model at once. Unmapped when the value goes.
///
/// If another program shortens the file while it is mapped, touching a page past
/// its new end would raise SIGBUS; a guard (``CMapGuard``) puts zeros there
/// instead and ``changedWhileRead`` says so, so that the load is refused with a
/// message rather than the process dying. One file is guarded at a time (the
/// latest mapped): loads run one after another.
public final class MappedFile {
    let bytes: UnsafeBufferPointer<UInt8>

    /// Files smaller than this are read into memory as before: mapping them saves nothing noticeable.
    public static let threshold = 8 << 20

    /// The mapping of the regular file at `path`, or nil when it is not one, is smaller
    /// than `minimum` bytes or larger than `limit`, or cannot be mapped (the caller then reads it).
    init?(_ path: String, minimum: Int = MappedFile.threshold, limit: Int = FileReader.limit) {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        let size = Int(info.st_size)
        guard size >= max(minimum, 1), size <= limit else { return nil }
        guard let address = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), address != MAP_FAILED else {
            return nil
        }
        bytes = UnsafeBufferPointer(start: address.assumingMemoryBound(to: UInt8.self), count: size)
        if timeline_map_guard(address, size) != 0 {
            munmap(address, size)
            return nil
        }
    }

    /// True when part of the file was gone (shortened by another program) while it was read.
    var changedWhileRead: Bool { timeline_map_guard_tripped() != 0 }

    deinit {
        if let base = bytes.baseAddress {
            timeline_map_unguard(base)
            munmap(UnsafeMutableRawPointer(mutating: base), bytes.count)
        }
    }
}
