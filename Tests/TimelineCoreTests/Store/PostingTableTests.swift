import Testing

@testable import TimelineCore

/// The posting lists keep each label's positions whatever the number of
/// labels: below the linear-search limit, across it, and far beyond it.
struct PostingTableTests {
    @Test(arguments: [1, 31, 32, 33, 200])
    func everyLabelKeepsItsPositions(_ labelCount: Int) {
        var table = PostingTable(universe: 2000)
        var expected: [String: [Int]] = [:]
        for position in 0..<2000 {
            // Labels of every length, short (inline) and long (on the heap).
            let label = "label-\(position * 7 % labelCount)" + String(repeating: "x", count: position % 3 * 10)
            table.append(position, to: label)
            expected[label, default: []].append(position)
        }
        #expect(Set(table.keys) == Set(expected.keys))
        for (label, positions) in expected { #expect(table[label]?.positions == positions) }
        #expect(table["absent"] == nil)
    }

    @Test
    func smallStringMapReplacesValues() {
        var map = SmallStringMap<Int>()
        for i in 0..<40 { map["k\(i)"] = i }
        for i in 0..<40 { map["k\(i)"] = i * 2 }
        #expect((0..<40).allSatisfy { map["k\($0)"] == $0 * 2 })
        #expect(map["k40"] == nil)
    }

    /// A posting list keeps its positions as a list and, once it holds one position in 64,
    /// as a bitmap: both answer membership and ranges as a set of the positions would.
    @Test(arguments: [1, 3, 40, 300] as [Int])
    func postingListsAnswerAsTheirPositionsDo(_ every: Int) {
        let universe = 5000
        let positions = (0..<universe).filter { $0 % every == 0 || $0 == universe - 1 }
        let list = PostingList(positions, universe: universe)
        #expect(list.isDense == (positions.count >= PostingList.denseCount(universe: universe)))
        #expect(list.count == positions.count && list.positions == positions)
        for position in -2..<(universe + 70) { #expect(list.contains(position) == positions.contains(position)) }
        var rng = SeededGenerator(seed: UInt64(every))
        for _ in 0..<200 {
            let a = Int.random(in: -10..<(universe + 100), using: &rng)
            let range = a..<(a + Int.random(in: 0..<700, using: &rng))
            #expect(list.positions(in: range) == positions.filter(range.contains), "\(range)")
        }
    }
}
