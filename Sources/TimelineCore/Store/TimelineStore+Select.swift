extension TimelineStore {
    /// The events matching `filter`, in date order.
    ///
    /// The filter is validated first (unknown words are errors), then made
    /// into a ``MatchPlan`` (modes settled, dates as day numbers). Indexes
    /// narrow the scan before any event is matched (``Narrowing``): the
    /// posting lists of the exact field terms the filter requires
    /// (`tag:arrests and kind:tally`), the events holding its required free
    /// text (one pass over the search text), and the events that may reach a
    /// required date range (``DateSpanIndex``, and the run of events starting
    /// in it). Candidates come from the smallest; the others are tested at
    /// each, a bit or a window bound or a forward cursor. A top-level
    /// `to`/`on`/`in` bound stops the scan at the last event that can start by
    /// that day.
    ///
    /// - Parameter overridingWrittenModes: read every date and measure term in
    ///   `defaultMode`, even those written with `possibly` or `certainly`.
    /// - Complexity: O(log *n* + *c* · *t*) for *c* candidates from the smallest
    ///   narrowing and *t* narrowings (a bitmap of a common label, a range, or
    ///   O(log) for a list); with none, the events starting on or before the
    ///   filter's upper date bound.
    public func select(
        _ filter: Filter, defaultMode: MatchMode = .possibly, overridingWrittenModes: Bool = false
    ) throws(Diagnostic) -> Selection {
        try FilterValidator(store: self).validate(filter)
        // Every event: the store's own array, shared rather than copied event by event.
        if case .all = filter { return allEvents }
        var plan = MatchPlan(filter, store: self, mode: defaultMode, forced: overridingWrittenModes)
        // Any match, possible or certain, starts by the filter's last day, so the bound holds in either mode.
        let end = prefixEnd(upTo: Self.upperBound(of: filter))
        var narrowings = narrowings(for: filter)
        // Drawn from and tested against the posting lists, candidates hold the required field terms.
        if !narrowings.isEmpty { plan = plan.withoutRequiredFields }
        // A lower date bound: only the events that may reach the range.
        var range: (lower: Int, upper: Int)?
        if let lower = Self.lowerBound(of: filter) {
            let start = min(firstPosition(startingOnOrAfter: lower), end)
            let reaching = spans.reaching(lower)
            narrowings.append(.dated(reaching: reaching, window: start..<end))
            range = (lower.ordinal, Self.upperBound(of: filter)?.ordinal ?? Int.max)
        }
        let matcher = PlanMatcher(store: self, plan: plan)
        let smallest = narrowings.indices.min { narrowings[$0].count < narrowings[$1].count }
        let source = smallest.map { narrowings.remove(at: $0) }
        var scan = CandidateScan(tests: narrowings, plan: plan, matcher: matcher, most: source?.count ?? end)
        dateKeys.withUnsafeBufferPointer { keys in
            switch source {
            case nil:
                for position in 0..<end { scan.consider(position, keys) }
            case .dated(let reaching, let window):
                let date =
                    range.map { scan.dateTerm(overlapping: $0.lower, $0.upper) } ?? (holds: false, failsBefore: false)
                if !date.failsBefore {
                    // One-of sets, which the bounds do not settle, are a few among these.
                    scan.considerReaching(reaching, below: end, keys, checkingDate: !date.holds)
                }
                // Inside the window, a common label's bitmap yields its own members: no bit tested in vain.
                let inside = window.lowerBound..<max(window.lowerBound, min(window.upperBound, end))
                if let bitmap = scan.takeBitmap() {
                    scan.considerMembers(of: bitmap, in: inside, keys, checkingDate: !date.holds)
                } else {
                    for position in inside { scan.consider(position, keys, checkingDate: !date.holds) }
                }
            case let source?:
                source.forEach(below: end) { scan.consider($0, keys) }
            }
        }
        return Selection(events: events, dates: dates, positions: scan.positions())
    }

    /// A day no matching event can start after, when the filter guarantees one.
    private static func upperBound(of filter: Filter) -> Day? {
        switch filter {
        case .date(let term): return FilterMatcher.range(of: term).upper
        case .and(let parts): return parts.compactMap(upperBound(of:)).min()
        default: return nil
        }
    }

    /// A day every matching event's date may reach (some reading ends on or after it),
    /// when the filter guarantees one.
    private static func lowerBound(of filter: Filter) -> Day? {
        switch filter {
        case .date(let term): return FilterMatcher.range(of: term).lower
        case .and(let parts): return parts.compactMap(lowerBound(of:)).max()
        default: return nil
        }
    }

    /// What narrows the events that may match `filter`: for each exact field term and
    /// free text it requires (at its top level or in a nested `and`), the events holding it.
    /// Every such term is left out of the plan (see ``MatchPlan/withoutRequiredFields``).
    private func narrowings(for filter: Filter) -> [Narrowing] {
        switch filter {
        case .field(let term) where !term.isPattern:
            switch term.field {
            case .id: return [.list(positionOf(id: term.value))]
            case .actor: return [.posting(positions(for: .actor, value: actorID(named: term.value) ?? term.value))]
            case .source: return [.posting(positions(for: .source, value: sourceID(named: term.value) ?? term.value))]
            case .tag, .kind, .metric: return [.posting(positions(for: term.field, value: term.value))]
            }
        case .text(let term):
            let text = searchText
            return [.list(text.positions(containing: text.needle(Array(TextFolding.fold(term.text).utf8))))]
        case .and(let parts):
            return parts.flatMap(narrowings(for:))
        default:
            return []
        }
    }
}
