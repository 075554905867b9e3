import BuiltinData
import Testing

@testable import TimelineCore

/// The second decoding thread's events: grown past their first room, moved onto an array in
/// order, and the buffer left empty (events left in it at its end are released, not leaked).
struct EventBufferTests {
    @Test func movesEveryEventInOrder() throws {
        let events = try TimelineDecoder.decode(BuiltinData.bytes).events
        var buffer = EventBuffer(capacity: 1)  // room for 16: grows as the events come
        for _ in 0..<3 { for event in events { buffer.append(event) } }
        #expect(buffer.count == events.count * 3)
        var moved = [events[0]]
        buffer.move(onto: &moved)
        #expect(buffer.count == 0)
        #expect(moved == [events[0]] + events + events + events)
        buffer.append(events[1])  // still usable; released at its end
        #expect(buffer.count == 1)
    }
}
