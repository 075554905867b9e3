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
        var starts = [0]
        starts.reserveCapacity(events.count + 1)
        for index in events.indices { starts.append(starts[index] + events[index].measures.count) }
        let (figureStart, count) = (starts, starts[events.count])
        var eventOfFigure = [Int](repeating: 0, count: count)
        // Made in place, in room for all, by two threads for two halves of the events on
        // event-level data: one thread took ~0.45 s for 750,290 figures (copying each
        // measure's strings, and faulting in fresh pages), before any rule could start.
        let figures = [Figure](unsafeUninitializedCapacity: count) { buffer, initialized in
            eventOfFigure.withUnsafeMutableBufferPointer { owners in
                let slots = FigureSlots(figures: buffer.baseAddress, owners: owners.baseAddress)
                _ = sideBySide(halvesOf: events.count, from: Self.parallelThreshold) { range in
                    slots.fill(range, of: events, from: figureStart[range.lowerBound])
                }
            }
            initialized = count
        }
        (self.figures, self.figureStart, self.eventOfFigure) = (figures, figureStart, eventOfFigure)
        self.metrics = Dictionary(metrics.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The selected events of a store, with its metric catalogue.
    public init(events: [Event], store: TimelineStore) {
        self.init(events: events, metrics: store.metrics)
    }

    /// The number of events from which the figures are made on two threads.
    static let parallelThreshold = 65_536

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

/// Where the two threads of `CheckInput.init` make the figures: each initializes the
/// slots of its own events' figures (and their owners' indexes), which no other thread
/// touches, before the array is handed over.
private struct FigureSlots: @unchecked Sendable {
    let figures: UnsafeMutablePointer<Figure>?
    let owners: UnsafeMutablePointer<Int>?

    /// Makes the figures of `events[range]`, the first at `start`.
    func fill(_ range: Range<Int>, of events: [Event], from start: Int) {
        guard let figures, let owners else { return }
        var slot = start
        for index in range {
            for measure in events[index].measures {
                (figures + slot).initialize(to: Figure(event: events[index], measure: measure))
                owners[slot] = index
                slot += 1
            }
        }
    }
}
