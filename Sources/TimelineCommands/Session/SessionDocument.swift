import TimelineCore

/// Where the session's timeline came from and what has happened to it since:
/// the file `save` writes to, what that file held when it was read (to notice
/// changes made on disk by someone else), unsaved changes, and the undo stack.
public struct SessionDocument: Sendable {
    /// The file `save` without a path writes to; nil for the built-in timeline or several files.
    public var path: String?
    /// A digest of that file's bytes when it was read or last saved.
    var digest: String?
    /// The events as they were in that file, to say what changed on disk: the store made of
    /// it, whose events the session's store shares until they are changed (a copy of the
    /// file's own list would hold a second array of every event of a big file).
    var saved: TimelineStore?
    /// True while the session holds the built-in timeline, which is never written in place.
    public var isBuiltIn: Bool
    /// Changes (add, edit, delete, note, load) since the last load or save.
    public internal(set) var unsavedChanges = 0
    /// Earlier states, newest last, with what the change was.
    var undo: [(store: TimelineStore, change: String)] = []

    public init(path: String? = nil, bytes: [UInt8]? = nil, saved: TimelineStore? = nil, isBuiltIn: Bool = false) {
        self.path = path
        self.digest = bytes.map(Self.digest)
        self.saved = saved
        self.isBuiltIn = isBuiltIn
    }

    /// A document whose bytes are known by their ``digest(_:)`` only (a file read through a
    /// mapping, or one let go before the store was built).
    public init(path: String, digest: String, saved: TimelineStore) {
        self.path = path
        self.digest = digest
        self.saved = saved
        self.isBuiltIn = false
    }

    /// A 64-bit hash of the bytes, with their count: enough to notice that a file changed.
    /// Each 1 MB block is hashed eight bytes a step in two independent lanes (a byte-at-a-time
    /// FNV-1a took 5 % of loading a 420 MB file), its tail byte by byte, and the blocks'
    /// hashes are mixed in order: a big file's blocks are hashed in two halves on the two
    /// cores (one core took 0.1 s at 420 MB, reading every page of the mapping in turn
    /// while the other waited). The value depends on the bytes alone, not on the threads.
    public static func digest(_ bytes: [UInt8]) -> String {
        bytes.withUnsafeBufferPointer { digest($0) }
    }

    /// - Parameter parallelBlocks: from this many 1 MB blocks on, two threads hash them.
    static func digest(_ bytes: UnsafeBufferPointer<UInt8>, parallelBlocks: Int = 8) -> String {
        let blockBytes = 1 << 20
        let shared = SharedBuffer(bytes)
        let blocks = (bytes.count + blockBytes - 1) / blockBytes
        let (first, second) = sideBySide(halvesOf: blocks, from: parallelBlocks) { range in
            range.map { block in
                let start = block * blockBytes
                return blockHash(
                    UnsafeBufferPointer(rebasing: shared.buffer[start..<min(start + blockBytes, shared.buffer.count)]))
            }
        }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for block in first + (second ?? []) {
            hash = (hash ^ block) &* prime
            hash ^= hash >> 29
        }
        return "\(bytes.count)-\(String(hash, radix: 16))"
    }

    private static let prime: UInt64 = 0x100_0000_01b3

    /// One block's hash: two lanes of eight-byte words, then the tail byte by byte.
    private static func blockHash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var lanes: (UInt64, UInt64) = (0xcbf2_9ce4_8422_2325, 0x8422_2325_cbf2_9ce4)
        let words = bytes.count / 16 * 2
        let raw = UnsafeRawBufferPointer(bytes)
        var i = 0
        while i < words {
            let a = raw.loadUnaligned(fromByteOffset: i * 8, as: UInt64.self)
            let b = raw.loadUnaligned(fromByteOffset: i * 8 + 8, as: UInt64.self)
            lanes.0 = (lanes.0 ^ a) &* prime
            lanes.0 ^= lanes.0 >> 29
            lanes.1 = (lanes.1 ^ b) &* prime
            lanes.1 ^= lanes.1 >> 29
            i += 2
        }
        var hash = lanes.0 ^ (lanes.1 &* 0x9e37_79b9_7f4a_7c15)
        for byte in bytes[(words * 8)...] {
            hash ^= UInt64(byte)
            hash = hash &* prime
        }
        return hash
    }

    /// How many undo steps are kept.
    static let undoDepth = 50
}
