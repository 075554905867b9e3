#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#endif

/// Gives the pages of a file mapping back to the kernel once the reader is past
/// them, so that a big load does not hold the whole file and the whole model at
/// once (at a million events that was 419 MB of a 1.2 GB peak).
///
/// Only for a private mapping of a file: madvise(2) `MADV_DONTNEED` drops such
/// pages, and touching one again reads it back from the file (the reader may go
/// back, for events written before the catalogues). Anonymous memory would come
/// back as zeros, so nothing else may use this.
package struct PageRelease: @unchecked Sendable {
    // Sendable: the address is only handed to madvise, never read or written through.
    private let base: UnsafeRawPointer

    /// For a file mapping at `base`.
    package init(fileMappingAt base: UnsafeRawPointer) { self.base = base }

    private static let pageSize = Int(sysconf(Int32(_SC_PAGESIZE)))

    /// Releases the whole pages inside the byte offsets `lower..<upper`.
    func release(_ lower: Int, _ upper: Int) {
        let page = Self.pageSize
        let start = (Int(bitPattern: base) + lower + page - 1) & ~(page - 1)
        let end = (Int(bitPattern: base) + upper) & ~(page - 1)
        guard end > start, let address = UnsafeMutableRawPointer(bitPattern: start) else { return }
        _ = madvise(address, end - start, Int32(MADV_DONTNEED))
    }
}
