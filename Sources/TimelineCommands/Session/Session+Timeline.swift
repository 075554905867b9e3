import TimelineCore

extension Session {
    /// `timeline [FILTER]`: the selected events placed on a date axis whose
    /// long quiet stretches are compressed (see ``DateAxis``).
    func timeline(_ filter: Filter) throws(Diagnostic) -> TimelineView {
        let selection = try select(filter)
        let letters = KindLetters(store.vocabulary(for: .kind))
        let items = selection.map { event in
            TimelineView.Item(
                id: event.id, title: event.title, kind: event.kind, letter: letters[event.kind], date: event.date,
                shape: TimelineView.Item.shape(of: event.date), ranges: event.date.possibleRanges,
                sources: event.citedSources, lane: 0)
        }
        let keyDays = items.flatMap { $0.ranges.flatMap { [$0.lower, $0.upper].compactMap { $0 } } }
        let kinds = Set(items.map(\.kind)).sorted().map { (letter: letters[$0], kind: $0) }
        var view = TimelineView(
            query: filter.description, items: items, axis: DateAxis(keyDays: keyDays),
            kinds: kinds.sorted { $0.letter < $1.letter })
        let lanes = TimelineLayout(view, width: TimelineRenderer.defaultWidth).lanes
        for index in view.items.indices { view.items[index].lane = lanes[index] }
        return view
    }
}
