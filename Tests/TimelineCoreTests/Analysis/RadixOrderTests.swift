import Testing

@testable import TimelineCore

/// The sweep's radix order is a stable sort by key, for integer and floating-point keys.
struct RadixOrderTests {
    @Test(arguments: 0..<10)
    func integersInOrderAndStable(_ seed: Int) {
        var rng = SeededGenerator(seed: UInt64(seed))
        let values = (0..<Int.random(in: 0...3000, using: &rng)).map { _ in
            [Int.min, Int.max, 0, -1, 1 << 40, -(1 << 40)].randomElement(using: &rng).map {
                Int.random(in: 0...3, using: &rng) == 0 ? $0 : Int.random(in: -5000...740_000, using: &rng)
            } ?? 0
        }
        let expected = values.indices.sorted { (values[$0], $0) < (values[$1], $1) }
        #expect(RadixOrder.positions(values.map(RadixOrder.key)) == expected)
    }

    @Test(arguments: 0..<10)
    func doublesInOrderAndStable(_ seed: Int) {
        var rng = SeededGenerator(seed: UInt64(100 + seed))
        let special: [Double] = [0, -0.0, .infinity, -.infinity, 0.5, -0.5, 1e300, -1e-300, 4098, 4097.95]
        let values = (0..<Int.random(in: 0...3000, using: &rng)).map { _ in
            Int.random(in: 0...2, using: &rng) == 0
                ? special.randomElement(using: &rng) ?? 0 : Double(Int.random(in: -500...5500, using: &rng)) * 1.05
        }
        let order = RadixOrder.positions(values.map(RadixOrder.key))
        #expect(order.sorted() == Array(values.indices), "a permutation")
        #expect(
            zip(order, order.dropFirst()).allSatisfy { a, b in
                values[a] < values[b] || (values[a] == values[b] && (a < b || values[a].sign != values[b].sign))
            })
    }

    @Test func keysInOrderKeepTheirPlaces() {
        #expect(RadixOrder.positions([1, 1, 2, 5].map(RadixOrder.key)) == [0, 1, 2, 3])
        #expect(RadixOrder.positions([5, 1, 2, 1].map(RadixOrder.key)) == [1, 3, 2, 0])
        #expect(RadixOrder.positions([]) == [])
    }
}
