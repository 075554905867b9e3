import Testing

@testable import TimelineCore

/// `CheckInput` makes every figure once, in event order; from 65,536 events on, two
/// threads make two halves of them in place.
struct CheckInputTests {
    @Test(arguments: [0, 1, 500, CheckInput.parallelThreshold - 1, CheckInput.parallelThreshold + 501])
    func figuresInEventOrder(_ count: Int) throws {
        var dense = DenseFigures(seed: 31)
        let sample = try dense.events(200)  // 0 to 3 measures each
        let events = (0..<count).map { sample[$0 % sample.count] }
        let input = CheckInput(events: events, metrics: relatedMetrics)
        let expected = events.flatMap(Figure.all(of:))
        #expect(Array(input.figures) == expected)
        let owners = events.indices.flatMap { Array(repeating: $0, count: events[$0].measures.count) }
        #expect(input.eventOfFigure == owners)
        for index in events.indices where index % 97 == 0 || index == events.count - 1 {
            #expect(Array(input.figures(ofEvent: index)) == Figure.all(of: events[index]))
        }
    }
}

/// The plain facts the rules scan agree with the figures they stand for, on both sides of
/// the two-thread threshold, and the groups are numbered in the order of their first figures
/// even when the second half meets them in another order.
struct FigureFactsTests {
    static func expectFacts(of input: CheckInput) {
        var firstSeen: [MetricUnit] = []
        for (i, figure) in input.figures.enumerated() {
            let facts = input.facts[i]
            let key = MetricUnit(metric: figure.measure.metric, unit: figure.measure.unit)
            if !firstSeen.contains(key) { firstSeen.append(key) }
            #expect(input.groups[Int(facts.group)] == key, "figure \(i)")
            #expect((facts.low, facts.high) == figure.widened)
            #expect((facts.lower, facts.upper) == (figure.period.lower, figure.period.upper))
            #expect(facts.isCertain == figure.period.isCertain && facts.isApproximate == figure.measure.approximate)
            #expect(facts.isSet == (figure.period.memberRanges != nil))
            #expect(facts.isVague == (!figure.period.isCertain || figure.period.possibleRanges.count > 1))
            #expect(facts.wordingIsBlank == figure.measure.wording.allSatisfy(\.isWhitespace))
            #expect(facts.wordingIsEmpty == figure.measure.wording.isEmpty)
            let hedge = HedgeWordingRule.hedge(in: figure.measure.wording)
            #expect(facts.hedge == (hedge.flatMap { HedgeWordingRule.hedges.firstIndex(of: $0) }.map(Int8.init) ?? -1))
        }
        #expect(input.groups == firstSeen)
    }

    @Test(arguments: [300, CheckInput.parallelThreshold + 301])
    func factsStandForTheFigures(_ count: Int) throws {
        var dense = DenseFigures(seed: 41)
        let sample = try dense.events(150)
        var events = (0..<count).map { sample[$0 % sample.count] }
        for k in stride(from: 0, to: count, by: 7) {  // wordings: blank, empty, hedged, unhedged
            guard !events[k].measures.isEmpty else { continue }
            events[k].measures[0].wording = [" ", "", "nearly 40", "about 5", "Up to 9", "\t"][k % 6]
            events[k].measures[0].approximate = k % 2 == 0
        }
        // Periods of every kind, on the measure and (with none there) on the event: the facts
        // read their fields in place, apart from the dates' own answers.
        let periods = try [
            "2025-01-05?", "2025-01?", "2025-01-03%", "2025~", "../2025-01-09", "2025-01-02/..",
            "2025-01-02/2025-01-09", "[2025-01-02,2025-01-09]", "[2025-01-02,2025-01]", "2025-01-07",
        ]
        .map(FuzzyDate.parse)
        for k in stride(from: 3, to: count, by: 5) where !events[k].measures.isEmpty {
            let period = periods[(k / 5) % periods.count]
            if k % 2 == 0 {
                events[k].measures[0].period = period
            } else {
                events[k].measures[0].period = nil
                events[k].date = period
            }
        }
        Self.expectFacts(of: CheckInput(events: events, metrics: relatedMetrics))
    }

    @Test func theSecondHalfRenumbersItsGroups() throws {
        let half = CheckInput.parallelThreshold / 2 + 10
        func one(_ n: Int, _ metric: String) throws -> Event {
            try event("e\(n)", [try figure(metric, .exact(Double(n)))])
        }
        // The first half meets only "total"; the second meets "part-a", "share-b", then "total".
        let events =
            try (0..<half).map { try one($0, "total") }
            + (half..<(2 * half)).map { try one($0, $0 == half ? "part-a" : ($0 % 3 == 0 ? "share-b" : "total")) }
        let input = CheckInput(events: events, metrics: relatedMetrics)
        #expect(input.groups.map(\.metric) == ["total", "part-a", "share-b"])
        Self.expectFacts(of: input)
    }
}
