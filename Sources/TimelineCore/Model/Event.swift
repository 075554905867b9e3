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
    /// The title and summary, as bytes in a block shared with other events' (``EventText``).
    public private(set) var text: EventText
    /// A short title in the project's own words.
    public var title: String {
        get { text.title }
        set { text = EventText(title: newValue, summary: text.summary) }
    }
    /// A summary in the project's own words.
    public var summary: String {
        get { text.summary }
        set { text = EventText(title: text.title, summary: newValue) }
    }
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
        self.init(
            id: id, date: date, dateNote: dateNote, kind: kind, text: EventText(title: title, summary: summary),
            actors: actors, tags: tags, measures: measures, sources: sources, related: related, notes: notes)
    }

    /// An event whose title and summary are already held as ``EventText`` (the fast decoder's).
    init(
        id: String, date: FuzzyDate, dateNote: String?, kind: String, text: EventText, actors: [String],
        tags: [String], measures: [Measure], sources: [String], related: [String], notes: [String]
    ) {
        self.id = id
        self.date = date
        self.dateNote = dateNote
        self.kind = kind
        self.text = text
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
