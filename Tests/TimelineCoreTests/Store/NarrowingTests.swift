import Testing

@testable import TimelineCore

/// Drawing candidates from one narrowing and testing them against the others, as
/// `select` does, gives the intersection a set would, whichever is drawn from.
struct NarrowingTests {
    @Test(arguments: [7, 8, 9] as [UInt64])
    func drawingAndTestingGivesTheIntersection(_ seed: UInt64) {
        var rng = SeededGenerator(seed: seed)
        let universe = 3000
        func randomSet(_ most: Int) -> [Int] {
            Array(
                Set((0..<Int.random(in: 0...most, using: &rng)).map { _ in Int.random(in: 0..<universe, using: &rng) })
            )
            .sorted()
        }
        for _ in 0..<200 {
            // Lengths from a few to most of the universe: sparse lists, bitmaps, long and short walks.
            let list = randomSet(60)
            let posting = randomSet([10, 400, 6000].randomElement(using: &rng) ?? 10)
            let start = Int.random(in: 0..<universe, using: &rng)
            let window = start..<min(universe, start + Int.random(in: 0..<900, using: &rng))
            let reaching = randomSet(300).filter { $0 < window.lowerBound }
            let narrowings: [Narrowing] = [
                .list(list), .posting(PostingList(posting, universe: universe)),
                // (the reaching events in two lists, as the span index gives them in several)
                .dated(
                    reaching: ReachingEvents(
                        lists: [reaching.filter { $0 % 3 == 0 }[...], reaching.filter { $0 % 3 != 0 }[...]], sets: []),
                    window: window),
            ]
            let end = Int.random(in: 0...universe, using: &rng)
            let expected = Set(list).intersection(posting).intersection(Set(reaching).union(window))
                .filter { $0 < end }.sorted()
            #expect(narrowings[1].count == posting.count && narrowings[2].count == reaching.count + window.count)
            for source in narrowings.indices {
                var tests = narrowings.indices.filter { $0 != source }.map { narrowings[$0].membership }
                var got: [Int] = []
                narrowings[source].forEach(below: end) { position in
                    for i in tests.indices where !tests[i].contains(position) { return }
                    got.append(position)
                }
                #expect(got == expected, "drawn from \(source)")
            }
        }
    }
}
