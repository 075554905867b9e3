import Testing

@testable import TimelineCore

// Small timelines and filters built by hand, so the store, matcher and
// validator can be tested without the command parser.

/// An event with a date in EDTF and only the fields a test cares about.
func makeEvent(
    _ id: String, _ edtf: String, kind: String = "report", tags: [String] = [], actors: [String] = [],
    measures: [Measure] = [], sources: [String] = ["paper"], related: [String] = []
) throws -> Event {
    Event(
        id: id, date: try FuzzyDate.parse(edtf), kind: kind, title: "Title of \(id)", actors: actors, tags: tags,
        measures: measures, sources: sources, related: related)
}

func makeMeasure(_ metric: String, _ value: MeasureValue, source: String = "paper") -> Measure {
    Measure(metric: metric, value: value, unit: "arrests", source: source, wording: "as stated")
}

/// A store holding one timeline with these events and catalogues.
func makeStore(
    _ events: [Event], metrics: [String] = [], actors: [Actor] = [],
    sources: [Source] = [Source(id: "paper", name: "The Paper")]
) throws -> TimelineStore {
    let timeline = Timeline(
        title: "test", metrics: metrics.map { Metric(id: $0, name: $0, unit: "arrests") }, actors: actors,
        sources: sources, events: events)
    return try TimelineStore(timeline, origin: "test")
}

/// A date term as the parser would build it from `relation text`.
func makeDateTerm(_ relation: DateTerm.Relation, _ text: String, _ mode: MatchMode? = nil) throws -> DateTerm {
    let typed = (mode.map { $0.rawValue + " " } ?? "") + "\(relation.rawValue) \(text)"
    return DateTerm(
        relation: relation, date: try FuzzyDate.parsePeriod(text), text: text, mode: mode,
        span: Span(start: 0, end: typed.utf8.count))
}

func when(_ relation: DateTerm.Relation, _ text: String, _ mode: MatchMode? = nil) throws -> Filter {
    .date(try makeDateTerm(relation, text, mode))
}

/// `field:value`, with spans as if it were the whole typed line.
func field(_ field: FieldTerm.Field, _ value: String) -> Filter {
    let start = field.rawValue.utf8.count + 1
    return .field(
        FieldTerm(
            field: field, value: value, span: Span(start: 0, end: start + value.utf8.count),
            valueSpan: Span(start: start, end: start + value.utf8.count)))
}

/// `metric op value`, with spans as if it were the whole typed line.
func measure(
    _ metric: String, _ comparison: MeasureTerm.Comparison, _ value: Double, _ mode: MatchMode? = nil
) -> Filter {
    let prefix = mode.map { $0.rawValue.utf8.count + 1 } ?? 0
    let metricSpan = Span(start: prefix, end: prefix + metric.utf8.count)
    return .measure(
        MeasureTerm(
            metric: metric, comparison: comparison, value: value, mode: mode,
            span: Span(start: 0, end: metricSpan.end + 3), metricSpan: metricSpan))
}

func text(_ text: String) -> Filter {
    .text(TextTerm(text: text, span: Span(start: 0, end: text.utf8.count + 2)))
}

extension TimelineStore {
    /// Ids of the events `filter` selects, in store order.
    func ids(_ filter: Filter, defaultMode: MatchMode = .possibly) throws -> [String] {
        try select(filter, defaultMode: defaultMode).map(\.id)
    }
}
