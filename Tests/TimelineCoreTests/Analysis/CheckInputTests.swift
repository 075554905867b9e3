import Testing

@testable import TimelineCore

/// `CheckInput` makes every figure once, in event order; from 65,536 events on, two
/// threads make two halves of them in place.
struct CheckInputTests {
    @Test(arguments: [0, 1, 500, CheckInput.parallelThreshold - 1, CheckInput.parallelThreshold + 501])
    func figuresInEventOrder(_ count: Int) throws {
        var dense = DenseFigures(seed: 31)
        let sample = try dense.events(200)  // 0 to 3 measures each
        let events = (0..<count).map { sample[$0 % sample.count] }
        let input = CheckInput(events: events, metrics: relatedMetrics)
        let expected = events.flatMap(Figure.all(of:))
        #expect(input.figures == expected)
        let owners = events.indices.flatMap { Array(repeating: $0, count: events[$0].measures.count) }
        #expect(input.eventOfFigure == owners)
        for index in events.indices where index % 97 == 0 || index == events.count - 1 {
            #expect(Array(input.figures(ofEvent: index)) == Figure.all(of: events[index]))
        }
    }
}
