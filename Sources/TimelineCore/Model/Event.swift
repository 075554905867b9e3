/// One thing that happened (or was said, reported or published), with what is
/// known of its date and who stated it.
public struct Event: Hashable, Sendable, Identifiable {
    /// A stable slug, unique within a timeline (`ice-leadership-call-2025-01-25`).
    public var id: String
    public var date: FuzzyDate
    /// How a vague date was read from the source text, when it was.
    public var dateNote: String?
    /// briefing, directive, target, tally, report, policy, context, …
    public var kind: String
    /// A short title in the project's own words.
    public var title: String
    /// A summary in the project's own words.
    public var summary: String
    /// Actor ids (see ``Actor``).
    public var actors: [String]
    public var tags: [String]
    public var measures: [Measure]
    /// Source ids (see ``Source``).
    public var sources: [String]
    /// Ids of related events.
    public var related: [String]
    /// Annotations added by the user (`note ID "text"`), oldest first.
    public var notes: [String]

    public init(
        id: String, date: FuzzyDate, dateNote: String? = nil, kind: String, title: String, summary: String = "",
        actors: [String] = [], tags: [String] = [], measures: [Measure] = [], sources: [String] = [],
        related: [String] = [], notes: [String] = []
    ) {
        self.id = id
        self.date = date
        self.dateNote = dateNote
        self.kind = kind
        self.title = title
        self.summary = summary
        self.actors = actors
        self.tags = tags
        self.measures = measures
        self.sources = sources
        self.related = related
        self.notes = notes
    }

    /// Every source id this event cites, directly or through a measure.
    public var citedSources: [String] {
        var seen = Set<String>()
        return (sources + measures.map(\.source)).filter { seen.insert($0).inserted }
    }
}
