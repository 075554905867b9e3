/// Posting lists from labels to event positions, one table per field.
///
/// Positions are appended in ascending order, so each list is sorted.
struct EventIndex: Sendable {
    var tags: PostingTable
    var kinds: PostingTable
    var actors: PostingTable
    var sources: PostingTable
    var metrics: PostingTable

    /// Empty tables for the positions of `count` events.
    init(count: Int) {
        (tags, kinds, actors) = (
            PostingTable(universe: count), PostingTable(universe: count), PostingTable(universe: count)
        )
        (sources, metrics) = (PostingTable(universe: count), PostingTable(universe: count))
    }

    /// Adds the kind, tags and actors of the event `event` points to, at `position`
    /// (positions come in ascending order); `scratch` is room for slots, reused from
    /// event to event. Each list of tags and of actors met before is looked up once, by its
    /// storage, in `tagMemo` and `actorMemo` (``ListSlotMemo``).
    /// - Complexity: O(*k*²) in the event's few labels, with no allocation for them.
    mutating func addLabels(
        of event: UnsafePointer<Event>, at position: Int, tagMemo: inout ListSlotMemo,
        actorMemo: inout ListSlotMemo, scratch: inout [Int]
    ) {
        kinds.append(position, toSlot: kinds.slot(of: event.pointee.kind))
        Self.addList(at: EventLayout.tags, of: event, at: position, to: &tags, memo: &tagMemo, scratch: &scratch) {
            event.pointee.tags
        }
        Self.addList(at: EventLayout.actors, of: event, at: position, to: &actors, memo: &actorMemo, scratch: &scratch)
        {
            event.pointee.actors
        }
    }

    /// Adds `position` to the list of each distinct label of the event's list at `offset` (an
    /// ``EventLayout`` offset): by `memo` when the list was met before, else label by label
    /// (`labels` read only then), the slots then remembered.
    @inline(__always)
    private static func addList(
        at offset: Int, of event: UnsafePointer<Event>, at position: Int, to table: inout PostingTable,
        memo: inout ListSlotMemo, scratch: inout [Int], labels: () -> [String]
    ) {
        let key = memo.key(at: offset, of: event)
        if memo.append(position, forList: key, to: &table) { return }
        add(labels(), at: position, to: &table, scratch: &scratch)
        if let key { memo.remember(key, scratch) }
    }

    /// Adds the sources and metrics of the event `event` points to, at `position`.
    /// `sourceSlots` are the ``PostingTable/slot(of:)`` numbers in `sources` of every source
    /// it cites and of the sources those reached us through, each once.
    mutating func addSources(
        of event: UnsafePointer<Event>, at position: Int, sourceSlots: [Int], scratch: inout [Int]
    ) {
        for slot in sourceSlots { sources.append(position, toSlot: slot) }
        scratch.removeAll(keepingCapacity: true)
        event.pointee.measures.withUnsafeBufferPointer { measures in
            for i in measures.indices {
                let slot = metrics.slot(of: measures[i].metric)
                if !scratch.contains(slot) {
                    scratch.append(slot)
                    metrics.append(position, toSlot: slot)
                }
            }
        }
    }

    /// Adds `position` once to the list of each distinct label; `scratch` ends holding their slots.
    private static func add(_ labels: [String], at position: Int, to table: inout PostingTable, scratch: inout [Int]) {
        scratch.removeAll(keepingCapacity: true)
        for label in labels {
            let slot = table.slot(of: label)
            if !scratch.contains(slot) {
                scratch.append(slot)
                table.append(position, toSlot: slot)
            }
        }
    }

    /// The events carrying `value` in `field` (none for `id`, which has no posting list).
    func positions(_ field: FieldTerm.Field, _ value: String) -> PostingList {
        let table: PostingTable
        switch field {
        case .tag: table = tags
        case .kind: table = kinds
        case .actor: table = actors
        case .source: table = sources
        case .metric: table = metrics
        case .id: return PostingList()
        }
        return table[value] ?? PostingList()
    }
}
