import Testing

@testable import TimelineCore

/// A byte buffer holds exactly what was appended, in order, across every growth.
struct ByteBufferTests {
    @Test(arguments: 0..<20)
    func holdsWhatWasAppendedAcrossGrowth(_ seed: Int) {
        var rng = SeededGenerator(seed: UInt64(seed))
        var buffer = ByteBuffer(capacity: 1)  // raised to the least capacity, then grown many times
        var model: [UInt8] = []
        for _ in 0..<400 {
            switch Int.random(in: 0..<5, using: &rng) {
            case 0:
                let byte = UInt8.random(in: 0...255, using: &rng)
                buffer.append(byte)
                model.append(byte)
            case 1:
                let run = (0..<Int.random(in: 0..<300, using: &rng)).map { _ in UInt8.random(in: 0...255, using: &rng) }
                buffer.append(run)
                model += run
            case 2:
                buffer.append("a literal, ")
                model += Array("a literal, ".utf8)
            case 3:
                let text = String(repeating: "é→", count: Int.random(in: 0..<40, using: &rng))
                buffer.append(utf8: text)
                model += Array(text.utf8)
            default:
                let count = Int.random(in: 0..<70, using: &rng)
                buffer.append(UInt8(ascii: " "), repeating: count)
                model += Array(repeating: UInt8(ascii: " "), count: count)
            }
            #expect(buffer.count == model.count)
        }
        #expect(buffer.bytes() == model)
    }

    @Test
    func bytesAppendingAnotherBufferJoinsThem() {
        var head = ByteBuffer(capacity: 4)
        head.append("{\"events\": ")
        var tail = ByteBuffer()
        tail.append("[]}")
        #expect(head.bytes(appending: tail) == Array("{\"events\": []}".utf8))
        #expect(ByteBuffer().bytes(appending: ByteBuffer()) == [])
    }
}
