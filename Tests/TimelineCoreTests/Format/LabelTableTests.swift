import Testing

@testable import TimelineCore

/// The label table's word reading (overlapping loads) gives what reading byte by byte
/// gives, and labels that share a long beginning are still told apart and found.
struct LabelTableTests {
    /// The first sixteen bytes, zero-padded, as two little-endian words, a byte at a time.
    private func reference(_ bytes: [UInt8]) -> (UInt64, UInt64) {
        var (low, high): (UInt64, UInt64) = (0, 0)
        for (i, byte) in bytes.prefix(16).enumerated() {
            if i < 8 { low |= UInt64(byte) << (8 * UInt64(i)) } else { high |= UInt64(byte) << (8 * UInt64(i - 8)) }
        }
        return (low, high)
    }

    @Test(arguments: 0...40)
    func wordsAreTheFirstSixteenBytes(_ length: Int) {
        var generator = SplitMix64(state: UInt64(length) &* 7919)
        for _ in 0..<20 {
            // Exactly `length` bytes, so that the words come from the bytes alone.
            let bytes = (0..<length).map { _ in UInt8.random(in: 1...255, using: &generator) }
            let words = bytes.withUnsafeBufferPointer { buffer in
                LabelTable.words(buffer.baseAddress ?? UnsafePointer(bitPattern: 1)!, length)
            }
            #expect(words == reference(bytes), "\(bytes)")
        }
    }

    @Test func labelsSharingALongBeginningAreFoundEachAsItself() {
        let notes = (0..<500).map { "the source names only the year \($0)" } + ["the source names only the month"]
        var table = LabelTable()
        for note in notes {
            let bytes = Array(note.utf8)
            bytes.withUnsafeBufferPointer { buffer in
                guard let base = buffer.baseAddress else { return }
                #expect(table.value(base, buffer.count) == nil)
                _ = table.insert(base, buffer.count, value: note)
            }
        }
        #expect(table.count == notes.count)
        for note in notes + ["the source names only the", "the source names only the year 500"] {
            let bytes = Array(note.utf8)
            let found = bytes.withUnsafeBufferPointer { buffer in
                buffer.baseAddress.flatMap { table.value($0, buffer.count) }
            }
            #expect(found == (notes.contains(note) ? note : nil), "\(note)")
        }
    }
}
