/// A selection of events, as a small algebraic type (after hledger's `Query`).
///
/// Parsing (``TimelineCommands/Parser``), simplifying (``Filter/simplified()``)
/// and matching (``FilterMatcher``) are separate steps. A filter is checked
/// against the loaded timeline (unknown tags, actors … ) before it runs, so
/// terms carry the span of the text they came from.
public indirect enum Filter: Hashable, Sendable {
    /// Every event.
    case all
    /// `from D`, `to D`, `on D`, `in P`, `during P`.
    case date(DateTerm)
    /// `tag:V`, `kind:V`, `actor:V`, `source:V`, `id:V`.
    case field(FieldTerm)
    /// `arrests > 900`: events with a measure of that metric compared to a number.
    case measure(MeasureTerm)
    /// `"free text"`: case- and diacritic-insensitive search in the event's text.
    case text(TextTerm)
    case and([Filter])
    case or([Filter])
    case not(Filter)
    /// `$NAME`: a named selection (defined with `let`).
    case named(String, Span)
}

/// Whether a term must hold for every reading of a vague date or value
/// (`certainly`), or for at least one (`possibly`, the default).
public enum MatchMode: String, Hashable, Sendable, CaseIterable {
    case possibly, certainly
}

/// A date term: the relation, the date or period as parsed, and the text as typed.
public struct DateTerm: Hashable, Sendable {
    public enum Relation: String, Hashable, Sendable, CaseIterable {
        /// On or after the start of the date.
        case from
        /// On or before the end of the date.
        case to
        /// Within the date's bounds (`on` and `in` and `during` mean the same; all three read naturally).
        case on, `in`, during
    }

    public var relation: Relation
    public var date: FuzzyDate
    /// The date as the user typed it (`2025-W05`, `1990s`).
    public var text: String
    /// `possibly`/`certainly` written before the term; nil means the session default.
    public var mode: MatchMode?
    public var span: Span

    public init(relation: Relation, date: FuzzyDate, text: String, mode: MatchMode? = nil, span: Span) {
        self.relation = relation
        self.date = date
        self.text = text
        self.mode = mode
        self.span = span
    }
}

/// `field:value`. A `*` in the value matches any run of characters.
public struct FieldTerm: Hashable, Sendable {
    public enum Field: String, Hashable, Sendable, CaseIterable {
        case tag, kind, actor, source, id, metric
    }

    public var field: Field
    public var value: String
    /// Span of the whole term (`tag:arrests`).
    public var span: Span
    /// Span of the value alone, for "unknown tag" carets.
    public var valueSpan: Span

    public init(field: Field, value: String, span: Span, valueSpan: Span) {
        self.field = field
        self.value = value
        self.span = span
        self.valueSpan = valueSpan
    }

    /// True when the value holds a `*` wildcard. Looked at byte by byte: Foundation's
    /// `contains` (what `value.contains("*")` picks) took a third of a million-event query.
    public var isPattern: Bool { value.utf8.contains(UInt8(ascii: "*")) }
}

/// `METRIC OP NUMBER`, e.g. `arrests >= 900`, `daily-arrest-target > 1300`.
public struct MeasureTerm: Hashable, Sendable {
    public enum Comparison: String, Hashable, Sendable, CaseIterable {
        case lessThan = "<", lessOrEqual = "<=", greaterThan = ">", greaterOrEqual = ">="
        case equal = "=", notEqual = "!="
    }

    public var metric: String
    public var comparison: Comparison
    public var value: Double
    public var mode: MatchMode?
    public var span: Span
    public var metricSpan: Span

    public init(
        metric: String, comparison: Comparison, value: Double, mode: MatchMode? = nil, span: Span,
        metricSpan: Span
    ) {
        self.metric = metric
        self.comparison = comparison
        self.value = value
        self.mode = mode
        self.span = span
        self.metricSpan = metricSpan
    }
}

/// Quoted free text.
public struct TextTerm: Hashable, Sendable {
    public var text: String
    public var span: Span

    public init(text: String, span: Span) {
        self.text = text
        self.span = span
    }
}
