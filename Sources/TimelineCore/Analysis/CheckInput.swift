/// What the rules read: the selected events and the metrics they measure.
///
/// Messages name sources by id, as the `sources` line of a finding does.
public struct CheckInput: Sendable {
    /// Every figure of every selected event, in event order, each made when read.
    public let figures: FigureList
    /// What the rules scan of each figure, as plain data, in the order of `figures`.
    let facts: [FigureFacts]
    /// The figures' pairs of metric and unit, in the order of their first figures:
    /// ``FigureFacts/group`` is an index here.
    let groups: [MetricUnit]
    private let metrics: [String: Metric]

    public var events: [Event] { figures.events }
    /// For each figure, the index of its event in `events`.
    var eventOfFigure: [Int] { figures.eventOfFigure }

    public init(events: [Event], metrics: [Metric]) {
        var starts = [0]
        starts.reserveCapacity(events.count + 1)
        events.withUnsafeBufferPointer { events in
            // Each event's measures are their own allocation, apart from the event: their
            // count is asked for a few events ahead (EventLayout), not waited on at each.
            for index in events.indices {
                if let ahead = EventLayout.ahead(of: index, in: events, before: events.count) {
                    EventLayout.prefetch(at: EventLayout.measures, of: ahead)
                }
                starts.append(starts[index] + events[index].measures.count)
            }
        }
        let (figureStart, count) = (starts, starts[events.count])
        var eventOfFigure = [Int](repeating: 0, count: count)
        var groups: [MetricUnit] = []
        // Made in place, in room for all, by two threads for two halves of the events on
        // event-level data, each numbering the groups it meets; the second half's numbers
        // are then moved to follow the first's.
        let facts = [FigureFacts](unsafeUninitializedCapacity: count) { buffer, initialized in
            eventOfFigure.withUnsafeMutableBufferPointer { owners in
                let slots = FactSlots(facts: buffer.baseAddress, owners: owners.baseAddress)
                let (first, second) = sideBySide(halvesOf: events.count, from: Self.parallelThreshold) { range in
                    slots.fill(range, of: events, from: figureStart[range.lowerBound])
                }
                groups = first.keys
                if let second {
                    var numberOf = Dictionary(uniqueKeysWithValues: groups.enumerated().map { ($1, $0) })
                    var renumbered: [Int32] = []
                    for key in second.keys {
                        if numberOf[key] == nil {
                            numberOf[key] = groups.count
                            groups.append(key)
                        }
                        renumbered.append(Int32(numberOf[key] ?? 0))
                    }
                    if renumbered != second.keys.indices.map(Int32.init) {
                        for slot in second.start..<count {
                            buffer[slot].group = renumbered[Int(buffer[slot].group)]
                        }
                    }
                }
            }
            initialized = count
        }
        self.facts = facts
        self.groups = groups
        figures = FigureList(events: events, figureStart: figureStart, eventOfFigure: eventOfFigure)
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
    public func figures(ofEvent index: Int) -> Slice<FigureList> {
        figures[figureRange(ofEvent: index)]
    }

    /// The positions of the figures of the event at `index` in `events`.
    func figureRange(ofEvent index: Int) -> Range<Int> {
        figures.figureStart[index]..<figures.figureStart[index + 1]
    }

    /// The positions of the figures of metric `id`, in order.
    func figurePositions(ofMetric id: String) -> [Int] {
        let inMetric = groups.map { $0.metric == id }
        return facts.indices.filter { inMetric[Int(facts[$0].group)] }
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

/// A pair of metric and unit: the figures of one are compared with each other.
struct MetricUnit: Hashable, Sendable {
    var metric: String
    var unit: String
}

/// Where the two threads of `CheckInput.init` make the figures' facts: each initializes
/// the slots of its own events' figures (and their owners' indexes), which no other
/// thread touches, before the array is handed over.
private struct FactSlots: @unchecked Sendable {
    let facts: UnsafeMutablePointer<FigureFacts>?
    let owners: UnsafeMutablePointer<Int>?

    /// Makes the facts of the figures of `events[range]`, the first at `start`, reading
    /// the measures in place; returns `start` and the pairs of metric and unit met,
    /// numbered in order.
    func fill(_ range: Range<Int>, of events: [Event], from start: Int) -> (start: Int, keys: [MetricUnit]) {
        guard let facts, let owners else { return (start, []) }
        var numbers = GroupNumbers()
        var slot = start
        events.withUnsafeBufferPointer { events in
            for index in range {
                if let ahead = EventLayout.ahead(of: index, in: events, before: range.upperBound) {
                    EventLayout.prefetch(at: EventLayout.measures, of: ahead, lines: 4)
                }
                guard !events[index].measures.isEmpty else { continue }  // (an empty list is one shared object)
                events[index].measures.withUnsafeBufferPointer { measures in
                    guard let first = measures.baseAddress, let event = events.baseAddress.map({ $0 + index })
                    else { return }
                    for k in measures.indices {
                        let group = numbers.number(of: first + k)
                        (facts + slot).initialize(to: FigureFacts(first + k, of: event, group: group))
                        owners[slot] = index
                        slot += 1
                    }
                }
            }
        }
        return (start, numbers.keys)
    }
}

/// The numbers `FactSlots.fill` gives the pairs of metric and unit it meets, in order.
///
/// A pair is looked for among the last one's, then by a scan while there are few
/// (hashing two strings per figure had been a fifth of the grouping), then by hash. A
/// value the filling thread owns, not variables its closures capture (which were boxed,
/// each access checked at run time).
private struct GroupNumbers {
    private(set) var keys: [MetricUnit] = []
    private var numbers: [MetricUnit: Int32] = [:]
    private var last: Int32 = -1

    /// The number of the measure's pair, read in place.
    mutating func number(of measure: UnsafePointer<Measure>) -> Int32 {
        if last >= 0, keys[Int(last)].metric == measure.pointee.metric, keys[Int(last)].unit == measure.pointee.unit {
            return last
        }
        let found =
            keys.count <= 16
            ? keys.firstIndex { $0.metric == measure.pointee.metric && $0.unit == measure.pointee.unit }
                .map(Int32.init)
            : numbers[MetricUnit(metric: measure.pointee.metric, unit: measure.pointee.unit)]
        if let found {
            last = found
            return found
        }
        keys.append(MetricUnit(metric: measure.pointee.metric, unit: measure.pointee.unit))
        numbers[keys[keys.count - 1]] = Int32(keys.count - 1)
        last = Int32(keys.count - 1)
        return last
    }
}
