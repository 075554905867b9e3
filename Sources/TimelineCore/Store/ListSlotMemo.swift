/// The posting-table slots of label lists met before, found by the identity of the list's
/// storage rather than by its labels.
///
/// The fast decoder shares one array among every event with the same tags (or actors, or
/// sources) in the same order: a million events hold a few hundred distinct lists. Looking each
/// list up once by its storage, instead of each of its labels in every event, takes the
/// label lookups and the duplicate checks out of the index build's inner loop.
///
/// Sound because every event stays alive and unchanged while the index is built: two lists
/// with the same storage are the same list. Arrays made one per event (by the validating
/// decoder, or edited events) each have their own storage; past ``capacity`` distinct lists
/// the memo stops remembering what it has not met, and the caller looks those labels up itself.
/// A memo made with `enabled: false` (or where an array is not one word) remembers nothing.
struct ListSlotMemo {
    /// How many distinct lists are remembered at most.
    static let capacity = 4096

    private var keys: [UInt]
    /// Each remembered list's slots: `slots[starts[i]..<starts[i + 1]]` (deduplicated, in order).
    private var starts: [Int] = [0]
    private(set) var slots: [Int] = []
    /// Entry number + 1 per table position; 0 marks an empty position.
    private var table: [Int32]

    private let enabled: Bool

    init(enabled: Bool = true) {
        self.enabled = enabled && EventLayout.usable
        table = [Int32](repeating: 0, count: self.enabled ? 2 * Self.capacity : 1)
        keys = []
    }

    /// The key of the list at `offset` (an ``EventLayout`` offset) in `event`: its storage, as a
    /// number; nil when the memo remembers nothing.
    @inline(__always)
    func key(at offset: Int, of event: UnsafePointer<Event>) -> UInt? {
        enabled ? EventLayout.storage(at: offset, of: event) : nil
    }

    /// Appends `position` to `table`'s list of each label of the list with key `key`, when
    /// remembered; false (nothing appended) otherwise.
    @inline(__always)
    func append(_ position: Int, forList key: UInt?, to table: inout PostingTable) -> Bool {
        guard let key, let range = find(key) else { return false }
        for i in range { table.append(position, toSlot: slots[i]) }
        return true
    }

    /// The range in ``slots`` remembered for the list with storage `key`, if any.
    @inline(__always)
    func find(_ key: UInt) -> Range<Int>? {
        guard enabled else { return nil }
        let mask = table.count - 1
        var position = Self.hash(key) & mask
        while true {
            let entry = Int(table[position]) - 1
            if entry < 0 { return nil }
            if keys[entry] == key { return starts[entry]..<starts[entry + 1] }
            position = (position + 1) & mask
        }
    }

    /// Remembers `listSlots` (deduplicated) for storage `key`, not yet remembered; nothing
    /// once the memo is full.
    mutating func remember(_ key: UInt, _ listSlots: [Int]) {
        guard enabled, keys.count < Self.capacity else { return }
        let mask = table.count - 1
        var position = Self.hash(key) & mask
        while table[position] != 0 { position = (position + 1) & mask }
        keys.append(key)
        table[position] = Int32(keys.count)
        slots += listSlots
        starts.append(slots.count)
    }

    @inline(__always)
    private static func hash(_ key: UInt) -> Int {
        Int(truncatingIfNeeded: (UInt64(key) &* 0x9E37_79B9_7F4A_7C15) >> 40)
    }
}
