import Testing

@testable import TimelineCore

/// Lists share a key exactly when they hold the same positions in the same
/// order in the same table; lists that do not fit have no key.
struct ListKeyTests {
    static func key(_ positions: [Int], _ catalogue: FastTimelineDecoder.Catalogue? = nil) -> ListKey {
        var key = ListKey(catalogue: catalogue)
        for position in positions { key.append(position) }
        return key
    }

    @Test
    func keysTellListsApart() {
        let lists: [[Int]] = [[], [0], [1], [0, 0], [0, 1], [1, 0], [0, 1, 2], [0, 1, 2, 3], [16383]]
        let keys = lists.map { Self.key($0).key }
        #expect(keys.allSatisfy { $0 != nil })
        #expect(Set(keys.compactMap { $0 }).count == lists.count)
        #expect(Self.key([1], .actors).key != Self.key([1], .sources).key)
        #expect(Self.key([1], .actors).key != Self.key([1]).key)
    }

    @Test
    func listsThatDoNotFitHaveNoKeyButKeepTheirPositions() {
        #expect(Self.key([0, 1, 2, 3, 4]).key == nil)
        #expect(Self.key([16384]).key == nil)
        #expect(Self.key([0, 1, 2, 3, 4, 5]).map { $0 } == [0, 1, 2, 3, 4, 5])
        #expect(Self.key([7, 8]).map { $0 } == [7, 8])
    }
}
