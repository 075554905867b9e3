import Testing

@testable import TimelineCommands

/// A file's digest (``SessionDocument/digest(_:)``) is the same on one thread or two,
/// and changes when any byte does: in a block, at a block's edge, in the tail.
struct DigestTests {
    private static let block = 1 << 20

    /// Bytes that are not all alike (a digest of zeros would hide a block hashed twice).
    private static func bytes(_ count: Int) -> [UInt8] {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        return (0..<count).map { _ in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return UInt8(truncatingIfNeeded: state >> 56)
        }
    }

    private static func digest(_ bytes: [UInt8], parallelBlocks: Int) -> String {
        bytes.withUnsafeBufferPointer { SessionDocument.digest($0, parallelBlocks: parallelBlocks) }
    }

    @Test(arguments: [0, 1, 15, 16, 17, block - 1, block, block + 1, 9 * block + 3])
    func oneThreadOrTwoGiveTheSameDigest(_ count: Int) {
        let data = Self.bytes(count)
        let one = Self.digest(data, parallelBlocks: .max)
        #expect(one == Self.digest(data, parallelBlocks: 2))
        #expect(one == SessionDocument.digest(data))
        #expect(one.hasPrefix("\(count)-"))
    }

    @Test(arguments: [0, 7, block - 1, block, block + 1, 5 * block + 17, 9 * block + 2])
    func anyChangedByteChangesTheDigest(_ position: Int) {
        let data = Self.bytes(9 * Self.block + 3)
        var changed = data
        changed[position] ^= 0x20
        #expect(Self.digest(changed, parallelBlocks: 2) != Self.digest(data, parallelBlocks: 2))
        #expect(Self.digest(changed, parallelBlocks: .max) != Self.digest(data, parallelBlocks: .max))
    }

    /// Two blocks swapped: the blocks' hashes are mixed in order, not summed.
    @Test func blocksInAnotherOrderGiveAnotherDigest() {
        let data = Self.bytes(2 * Self.block)
        let swapped = Array(data[Self.block...] + data[..<Self.block])
        #expect(Self.digest(swapped, parallelBlocks: .max) != Self.digest(data, parallelBlocks: .max))
    }
}
