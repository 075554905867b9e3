/// Wording the web exporters (TimelineJS, SVG, HTML) add to ``ExportText``'s:
/// a figure with its scope, a source credited with the chain it reached us
/// through, open ends. Plain text: the caller escapes it for its format.
enum WebText {
    /// `75 arrests/day (each ICE field office)`: the amount and, when given, its scope.
    static func figure(_ measure: Measure) -> String {
        ExportText.amount(measure) + (measure.scope.map { " (\($0))" } ?? "")
    }

    /// The metric's name, or its id when the catalogue lacks it.
    static func metricName(_ id: String, in timeline: Timeline) -> String {
        timeline.metrics.first { $0.id == id }?.name ?? id
    }

    /// `Four anonymous people, via The Washington Post, via the article`: a
    /// source's name and the chain it reached us through.
    static func credit(_ id: String, in timeline: Timeline) -> String {
        ([ExportText.sourceName(id, in: timeline)] + ExportText.viaChain(of: id, in: timeline).map(\.name)).joined(
            separator: ", via ")
    }

    /// What an open or unknown end means, for a reader: nil when both ends are known.
    static func openEnds(_ date: FuzzyDate) -> String? {
        switch (date.earliest, date.latest) {
        case (nil, nil): "Neither start nor end is known."
        case (nil, _): "The start is not known; placed at the latest possible day."
        case (_, nil): "No end is known; it may still be going on."
        default: nil
        }
    }

    /// The events in the order the store keeps: by earliest day, then latest, then id.
    static func ordered(_ slice: Timeline) -> [Event] {
        slice.events.sorted(by: EventOrder.precedes)
    }
}
