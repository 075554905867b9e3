@testable import TimelineCore

// Small timelines for the check rules: a whole, two parts and a share of it.

let relatedMetrics = [
    Metric(id: "total", name: "Total", unit: "arrests"),
    Metric(id: "part-a", name: "Part A", unit: "arrests", partOf: "total"),
    Metric(id: "part-b", name: "Part B", unit: "arrests", partOf: "total"),
    Metric(id: "share-b", name: "Share B", unit: "percent", shareOf: .init(part: "part-b", whole: "total")),
]

/// A figure of the related metrics; percentages get the unit `percent`.
func figure(
    _ metric: String, _ value: MeasureValue, approximate: Bool = false, source: String = "paper",
    wording: String = "as stated", period: String? = nil
) throws -> Measure {
    Measure(
        metric: metric, value: value, approximate: approximate, unit: metric.hasPrefix("share") ? "percent" : "arrests",
        period: try period.map { try FuzzyDate.parse($0) }, source: source, wording: wording)
}

func event(_ id: String, _ edtf: String, _ measures: [Measure]) throws -> Event {
    Event(id: id, date: try FuzzyDate.parse(edtf), kind: "tally", title: id, measures: measures, sources: ["paper"])
}

/// The findings of one rule over these events.
func findings(_ rule: any CheckRule, _ events: [Event], metrics: [Metric] = relatedMetrics) -> [Finding] {
    rule.findings(in: CheckInput(events: events, metrics: metrics), earlier: [])
}

/// An event on the plain day 2025-01-26.
func event(_ id: String, _ measures: [Measure]) throws -> Event { try event(id, "2025-01-26", measures) }
