/// What the rules read: the selected events and the metrics they measure.
///
/// Messages name sources by id, as the `sources` line of a finding does.
public struct CheckInput: Sendable {
    public let events: [Event]
    /// Every figure of every selected event, in event order (made once: each rule reads them).
    public let figures: [Figure]
    /// Where each event's figures start in `figures`, and the end.
    private let figureStart: [Int]
    /// For each figure, the index of its event in `events`.
    let eventOfFigure: [Int]
    private let metrics: [String: Metric]

    public init(events: [Event], metrics: [Metric]) {
        self.events = events
        var (figures, figureStart, eventOfFigure) = ([Figure](), [0], [Int]())
        // Room made first: growing the arrays as they filled was half of this at a million
        // events (copies, and fresh pages faulted in at each doubling).
        let count = events.reduce(0) { $0 + $1.measures.count }
        figures.reserveCapacity(count)
        eventOfFigure.reserveCapacity(count)
        figureStart.reserveCapacity(events.count + 1)
        for index in events.indices {
            for measure in events[index].measures {
                figures.append(Figure(event: events[index], measure: measure))
                eventOfFigure.append(index)
            }
            figureStart.append(figures.count)
        }
        (self.figures, self.figureStart, self.eventOfFigure) = (figures, figureStart, eventOfFigure)
        self.metrics = Dictionary(metrics.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The selected events of a store, with its metric catalogue.
    public init(events: [Event], store: TimelineStore) {
        self.init(events: events, metrics: store.metrics)
    }

    public func metric(_ id: String) -> Metric? { metrics[id] }

    /// The figures of the event at `index` in `events`, in order.
    public func figures(ofEvent index: Int) -> ArraySlice<Figure> {
        figures[figureStart[index]..<figureStart[index + 1]]
    }

    /// Whether some metric of the catalogue is a part of another (`partOf`).
    var hasParts: Bool { metrics.values.contains { $0.partOf != nil } }

    /// Whether some metric of the catalogue is a share of two others (`shareOf`).
    var hasShares: Bool { metrics.values.contains { $0.shareOf != nil } }

    /// The metric whose parts `id` is, if any.
    func whole(of id: String) -> String? { metrics[id]?.partOf }

    /// The part and whole a percentage metric is the ratio of, if any.
    func share(of id: String) -> Metric.Share? { metrics[id]?.shareOf }
}
