/// A filter made ready to run over many events: what ``FilterMatcher`` works
/// out at every event (each term's mode, a date term's range, an actor's id
/// from its name, a folded needle) worked out once, and dates compared as day
/// numbers from the store's ``DateKey`` column instead of as ``FuzzyDate``s.
///
/// `select` runs a plan; ``FilterMatcher`` stays the plain reading of the
/// rules, and the property tests hold the two to the same answers.
indirect enum MatchPlan {
    case all
    case never
    /// A date term, its range as ordinals (`Int.min`/`Int.max` for an open end) and its settled mode.
    case date(lower: Int, upper: Int, mode: MatchMode, term: DateTerm)
    case id(String)
    case tag(String)
    case kind(String)
    case actor(String)
    /// The events citing the source (directly or through another).
    case source(PostingList)
    case metric(String)
    /// A `*` pattern: matched the slow way, by ``FilterMatcher``.
    case pattern(FieldTerm)
    case measure(MeasureTerm, mode: MatchMode)
    /// Free text, its needle made once for the store's search text.
    case text(Needle)
    case and([MatchPlan])
    case or([MatchPlan])
    case not(MatchPlan)

    /// The plan for `filter` read in `mode` (flipped under `not`); with `forced`, `mode`
    /// overrides the modes written in the filter too.
    init(_ filter: Filter, store: TimelineStore, mode: MatchMode, forced: Bool) {
        switch filter {
        case .all: self = .all
        case .named: self = .never
        case .date(let term):
            let range = FilterMatcher.range(of: term)
            self = .date(
                lower: range.lowerOrdinal, upper: range.upperOrdinal, mode: forced ? mode : term.mode ?? mode,
                term: term)
        case .field(let term) where term.isPattern: self = .pattern(term)
        case .field(let term):
            switch term.field {
            case .id: self = .id(term.value)
            case .tag: self = .tag(term.value)
            case .kind: self = .kind(term.value)
            case .actor: self = .actor(store.actorID(named: term.value) ?? term.value)
            case .source:
                self = .source(store.positions(for: .source, value: store.sourceID(named: term.value) ?? term.value))
            case .metric: self = .metric(term.value)
            }
        case .measure(let term): self = .measure(term, mode: forced ? mode : term.mode ?? mode)
        case .text(let term): self = .text(store.searchText.needle(Array(TextFolding.fold(term.text).utf8)))
        case .and(let parts): self = .and(parts.map { MatchPlan($0, store: store, mode: mode, forced: forced) })
        case .or(let parts): self = .or(parts.map { MatchPlan($0, store: store, mode: mode, forced: forced) })
        case .not(let inner): self = .not(MatchPlan(inner, store: store, mode: mode.opposite, forced: forced))
        }
    }
}

/// Runs a ``MatchPlan`` against the events of one store.
struct PlanMatcher {
    let store: TimelineStore
    // The store's columns, held here so that reading one is an index, not a trip through the store.
    private let events: [Event]
    private let dateKeys: [DateKey]
    /// For `*` patterns, measure terms and one-of dates.
    let matcher: FilterMatcher
    let searchText: SearchText?

    init(store: TimelineStore, plan: MatchPlan) {
        self.store = store
        events = store.events
        dateKeys = store.dateKeys
        matcher = FilterMatcher(store: store)
        searchText = plan.searches ? store.searchText : nil
    }

    func matches(_ plan: MatchPlan, at position: Int) -> Bool {
        switch plan {
        case .all: return true
        case .never: return false
        case .date(let lower, let upper, let mode, _):
            let key = dateKeys[position]
            // A one-of set has a range per member: read by the rules themselves. (The term is
            // bound only here: binding it for every event retained and released it each time.)
            if key.isSet, case .date(_, _, _, let term) = plan {
                return matcher.matches(term, events[position].date, mode: mode)
            }
            return key.meets(lower: lower, upper: upper, mode: mode)
        case .id(let id): return events[position].id == id
        case .tag(let tag): return events[position].tags.contains(tag)
        case .kind(let kind): return events[position].kind == kind
        case .actor(let actor): return events[position].actors.contains(actor)
        case .source(let positions): return positions.contains(position)
        case .metric(let metric): return events[position].measures.contains { $0.metric == metric }
        case .pattern(let term): return matcher.matches(.field(term), at: position)
        case .measure(let term, let mode):
            return matcher.matches(.measure(term), at: position, mode: mode, forced: true)
        case .text(let needle): return searchText?.contains(needle, at: position) ?? false
        case .and(let parts): return parts.allSatisfy { matches($0, at: position) }
        case .or(let parts): return parts.contains { matches($0, at: position) }
        case .not(let inner): return !matches(inner, at: position)
        }
    }
}

extension MatchPlan {
    /// The plan left to check on events drawn from the posting lists of its required
    /// exact field terms and the search text's matches for its required free text (see
    /// `TimelineStore.select`): those terms hold for every such event, so they become
    /// `all` and their fields are never read.
    var withoutRequiredFields: MatchPlan {
        switch self {
        case .id, .tag, .kind, .actor, .source, .metric, .text: return .all
        case .and(let parts):
            let left = parts.map(\.withoutRequiredFields).filter { if case .all = $0 { false } else { true } }
            // One term left is that term: an `and` of one is matched through its array, a retain an event.
            if left.count == 1, let only = left.first { return only }
            return left.isEmpty ? .all : .and(left)
        default: return self
        }
    }

    /// True when the plan has a free-text term (and so needs the store's search text).
    var searches: Bool {
        switch self {
        case .text: return true
        case .and(let parts), .or(let parts): return parts.contains(where: \.searches)
        case .not(let inner): return inner.searches
        default: return false
        }
    }
}
