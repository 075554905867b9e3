/// Decides whether an event satisfies a filter.
///
/// Date terms and measure terms have two readings. *Possibly*: some reading of
/// the event's vague date (or of a ranged figure) satisfies the term.
/// *Certainly*: every reading does, and the date carries no `?`, `~` or `%`
/// and has no open or unknown end.
public struct FilterMatcher {
    let store: TimelineStore
    /// The mode for terms that name none (`set dates …`).
    public var defaultMode: MatchMode

    /// Free-text needles, folded once per matcher rather than once per event.
    private let needles = NeedleCache()

    public init(store: TimelineStore, defaultMode: MatchMode = .possibly) {
        self.store = store
        self.defaultMode = defaultMode
    }

    /// True when the event at `position` satisfies `filter` under the default mode.
    func matches(_ filter: Filter, at position: Int) -> Bool {
        matches(filter, at: position, mode: defaultMode, forced: false)
    }

    /// True when the event at `position` satisfies `filter`.
    ///
    /// `mode` applies to terms that name none; under `not` it flips, since an
    /// event *possibly* outside a range is one not *certainly* inside it.
    /// With `forced`, `mode` overrides the modes written in the filter too
    /// (used to tell which matches are only possible).
    func matches(_ filter: Filter, at position: Int, mode: MatchMode, forced: Bool) -> Bool {
        // Fields are read in place (`store.events[position].date`): taking the whole event
        // first would copy it, retaining each of its strings and arrays, at every term.
        switch filter {
        case .all: return true
        case .date(let term): return matches(term, store.events[position].date, mode: forced ? mode : term.mode ?? mode)
        case .field(let term): return matches(term, at: position)
        case .measure(let term): return matches(term, store.events[position], mode: forced ? mode : term.mode ?? mode)
        case .text(let term): return needles.searchText(of: store).contains(needles.folded(term.text), at: position)
        case .and(let parts): return parts.allSatisfy { matches($0, at: position, mode: mode, forced: forced) }
        case .or(let parts): return parts.contains { matches($0, at: position, mode: mode, forced: forced) }
        case .not(let inner): return !matches(inner, at: position, mode: mode.opposite, forced: forced)
        case .named: return false
        }
    }

    /// The day range a date term asks about.
    public static func range(of term: DateTerm) -> DayRange {
        switch term.relation {
        case .from: return DayRange(lower: term.date.earliest, upper: nil)
        case .to: return DayRange(lower: nil, upper: term.date.latest)
        case .on, .in, .during: return term.date.bounds
        }
    }

    /// Whether a date satisfies a date term under the term's (or the default) mode.
    public func matches(_ term: DateTerm, _ date: FuzzyDate) -> Bool {
        matches(term, date, mode: term.mode ?? defaultMode)
    }

    /// Whether a date satisfies a date term read in `mode`.
    public func matches(_ term: DateTerm, _ date: FuzzyDate, mode: MatchMode) -> Bool {
        let range = Self.range(of: term)
        switch mode {
        case .possibly:
            return date.possibleRanges.contains { range.overlaps($0) }
        case .certainly:
            return date.isCertain && date.possibleRanges.allSatisfy { range.contains($0) }
        }
    }

    private func matches(_ term: FieldTerm, at position: Int) -> Bool {
        if term.isPattern {
            let pattern = Glob(term.value)
            let event = store.events[position]
            switch term.field {
            case .id: return pattern.matches(event.id)
            case .tag: return event.tags.contains(where: pattern.matches)
            case .kind: return pattern.matches(event.kind)
            case .actor:
                return event.actors.contains { pattern.matches($0) || pattern.matches(store.actor($0)?.name ?? "") }
            case .source:
                return event.citedSources.flatMap { store.chain(ofSource: $0) }.contains { id in
                    pattern.matches(id) || pattern.matches(store.source(id)?.name ?? "")
                }
            case .metric: return event.measures.contains { pattern.matches($0.metric) }
            }
        }
        // Each field read in place: taking the event first copied it (a retain per string and array).
        switch term.field {
        case .id: return store.events[position].id == term.value
        case .tag: return store.events[position].tags.contains(term.value)
        case .kind: return store.events[position].kind == term.value
        case .actor: return store.events[position].actors.contains(store.actorID(named: term.value) ?? term.value)
        case .source:
            let id = store.sourceID(named: term.value) ?? term.value
            return store.events[position].citedSources.contains { store.chain(ofSource: $0).contains(id) }
        case .metric: return store.events[position].measures.contains { $0.metric == term.value }
        }
    }

    private func matches(_ term: MeasureTerm, _ event: borrowing Event, mode: MatchMode) -> Bool {
        event.measures.contains { measure in
            guard measure.metric == term.metric else { return false }
            // A hedged figure ("nearly 52 percent") is never certain, as a `~` date is not.
            if mode == .certainly && measure.approximate { return false }
            return Self.compare(measure.value, term.comparison, term.value, mode: mode)
        }
    }

    /// Whether some (`possibly`) or every (`certainly`) value of `value` satisfies `op n`.
    public static func compare(
        _ value: MeasureValue, _ op: MeasureTerm.Comparison, _ n: Double, mode: MatchMode
    ) -> Bool {
        let (lo, hi) = (value.lower, value.upper)
        switch (op, mode) {
        case (.lessThan, .possibly): return lo < n
        case (.lessThan, .certainly): return hi < n
        case (.lessOrEqual, .possibly): return lo <= n
        case (.lessOrEqual, .certainly): return hi <= n
        case (.greaterThan, .possibly): return hi > n
        case (.greaterThan, .certainly): return lo > n
        case (.greaterOrEqual, .possibly): return hi >= n
        case (.greaterOrEqual, .certainly): return lo >= n
        case (.equal, .possibly): return lo <= n && n <= hi
        case (.equal, .certainly): return lo == n && hi == n
        case (.notEqual, .possibly): return !(lo == n && hi == n)
        case (.notEqual, .certainly): return n < lo || n > hi
        }
    }
}

extension MatchMode {
    /// `possibly` for `certainly` and the other way round.
    public var opposite: MatchMode { self == .possibly ? .certainly : .possibly }
}
