import Testing

@testable import TimelineCore

/// The posting lists keep each label's positions whatever the number of
/// labels: below the linear-search limit, across it, and far beyond it.
struct PostingTableTests {
    @Test(arguments: [1, 31, 32, 33, 200])
    func everyLabelKeepsItsPositions(_ labelCount: Int) {
        var table = PostingTable()
        var expected: [String: [Int]] = [:]
        for position in 0..<2000 {
            // Labels of every length, short (inline) and long (on the heap).
            let label = "label-\(position * 7 % labelCount)" + String(repeating: "x", count: position % 3 * 10)
            table.append(position, to: label)
            expected[label, default: []].append(position)
        }
        #expect(Set(table.keys) == Set(expected.keys))
        for (label, positions) in expected { #expect(table[label] == positions) }
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
}
