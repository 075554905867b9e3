/// What the rules read: the selected events and the metrics they measure.
///
/// Messages name sources by id, as the `sources` line of a finding does.
public struct CheckInput: Sendable {
    public var events: [Event]
    private var metrics: [String: Metric]

    public init(events: [Event], metrics: [Metric]) {
        self.events = events
        self.metrics = Dictionary(metrics.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The selected events of a store, with its metric catalogue.
    public init(events: [Event], store: TimelineStore) {
        self.init(events: events, metrics: store.metrics)
    }

    public func metric(_ id: String) -> Metric? { metrics[id] }

    /// Every figure of every selected event, in event order.
    public var figures: [Figure] { events.flatMap(Figure.all(of:)) }

    /// The metric whose parts `id` is, if any.
    func whole(of id: String) -> String? { metrics[id]?.partOf }

    /// The part and whole a percentage metric is the ratio of, if any.
    func share(of id: String) -> Metric.Share? { metrics[id]?.shareOf }
}
