/// Posting lists for one field: each label with the positions of the events
/// that carry it (``PostingList``: a list while rare, a bitmap once common).
///
/// A field has few distinct labels (tens of tags, actors, sources) met millions
/// of times, so while there are few a label is found by `==` along the list
/// (for interned or short strings a word compare), and hashed only beyond
/// that: hashing every label of a million events cost ~10 % of a load.
struct PostingTable: Sendable {
    /// How many positions there are (the store's events): where a list turns into a bitmap.
    let universe: Int
    private(set) var labels: [String] = []
    private(set) var lists: [PostingList] = []
    private var slots = SmallStringMap<Int>()

    /// A table for positions below `universe`.
    init(universe: Int) {
        self.universe = universe
    }

    /// The distinct labels, in no order.
    var keys: [String] { labels }

    subscript(label: String) -> PostingList? {
        slots[label].map { lists[$0] }
    }

    /// Appends `position` to `label`'s list.
    mutating func append(_ position: Int, to label: String) {
        append(position, toSlot: slot(of: label))
    }

    /// The number of `label`'s list, made (empty) on first sight: the index
    /// finds a label once per distinct list of labels and appends by number.
    mutating func slot(of label: String) -> Int {
        if let slot = slots[label] { return slot }
        slots[label] = labels.count
        labels.append(label)
        lists.append(PostingList())
        return labels.count - 1
    }

    /// Appends `position` to the list numbered `slot` (from ``slot(of:)``).
    mutating func append(_ position: Int, toSlot slot: Int) {
        lists[slot].append(position, universe: universe)
    }
}
