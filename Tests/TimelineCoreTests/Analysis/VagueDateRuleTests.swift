import Testing

@testable import TimelineCore

@Suite struct VagueDateRuleTests {
    let sunday = "[2025-01-26,2025-02-02]"

    /// The vague periods read in place are those of the plain definition (distinct periods in
    /// the figures' order, then those that are a set or not certain), and as many as the
    /// findings made when shown: sets, uncertain and open periods, a period given twice,
    /// certain days among vague ones.
    @Test func theVaguePeriodsReadInPlaceAreThoseOfTheDefinition() throws {
        let periods = [
            nil, "2025-01?", sunday, "2025-01-26", "2025~", "../2025-02-01", "[2025-01-26,2025-02-02]", "2025-02",
        ]
        var events: [Event] = []
        for n in 0..<64 {
            let measures = try (0..<(n % 5)).map { k in
                try figure("total", .exact(Double(n + k)), period: periods[(n * 3 + k * 5) % periods.count])
            }
            events.append(try event("e\(n)", n % 3 == 0 ? sunday : "2025-01-2\(n % 9)", measures))
        }
        let input = CheckInput(events: events, metrics: relatedMetrics)
        let rule = VagueDateRule()
        var vague = 0
        for index in input.events.indices {
            let figures = input.figures(ofEvent: index)
            var distinct: [FuzzyDate] = []
            for figure in figures where !distinct.contains(figure.period) { distinct.append(figure.period) }
            let expected = distinct.filter { $0.possibleRanges.count > 1 || !$0.isCertain }
            #expect(rule.vagueDates(ofEvent: index, in: input) == expected, "event \(index)")
            #expect(rule.vaguePeriods(ofEvent: index, in: input).count == expected.count, "event \(index)")
            vague += expected.count
        }
        #expect(vague > 20)
    }

    @Test func aConflictOnAOneOfSetRestsOnTheReading() throws {
        let events = [
            try event("a", sunday, [try figure("total", .exact(956))]),
            try event("b", sunday, [try figure("total", .exact(1179), source: "tv")]),
        ]
        let found = CheckEngine.run(CheckInput(events: events, metrics: relatedMetrics))
        let vague = found.filter { $0.rule == "vague-date" }
        #expect(vague.map(\.severity) == [.warning, .info, .info])
        #expect(
            vague[0].message
                == "the conflicting-values finding on a, b holds only if their dates are the same period: "
                + "each is Sunday, 2025-01-26 or 2025-02-02 (uncertain)")
        #expect(vague[0].arithmetic == ["readings: 2 × 2 = 4, of which 2 may be the same days"])
        #expect(
            vague[1].message
                == "1 figure (956) is for Sunday, 2025-01-26 or 2025-02-02 (uncertain): one of 2 dates, not known which"
        )
    }

    @Test func aConflictOnOneCertainDayRestsOnNothing() throws {
        let events = [
            try event("a", [try figure("total", .exact(956))]),
            try event("b", [try figure("total", .exact(1179), source: "tv")]),
        ]
        let found = CheckEngine.run(CheckInput(events: events, metrics: relatedMetrics))
        #expect(found.map(\.rule) == ["conflicting-values"])
    }

    @Test func figuresOfOneEventAndPeriodShareTheirReading() throws {
        let events = [
            try event(
                "e", sunday,
                [try figure("total", .exact(10)), try figure("part-a", .exact(8)), try figure("part-b", .exact(8))])
        ]
        let found = CheckEngine.run(CheckInput(events: events, metrics: relatedMetrics))
        #expect(found.map(\.rule) == ["parts-vs-total", "vague-date"])
        #expect(found.map(\.severity) == [.error, .info])
    }

    @Test func openAndQualifiedPeriodsAreNoted() throws {
        let events = [
            try event("a", "2025-01~", [try figure("total", .exact(1))]),
            try event("b", "2025-01-20/..", [try figure("part-a", .exact(1))]),
            try event("c", "2025-01", [try figure("part-b", .exact(1))]),
        ]
        let found = findings(VagueDateRule(), events)
        #expect(found.map(\.events) == [["a"], ["b"]])
        #expect(found.allSatisfy { $0.message.hasSuffix("a date that is uncertain, approximate or open-ended") })
    }

    @Test(arguments: [
        ([[DayRange]](), 1), ([[.init(lower: nil, upper: nil)]], 1),
    ])
    func alignedReadingsCountsCombinations(dates: [[DayRange]], expected: Int) {
        #expect(VagueDateRule.alignedReadings(dates) == expected)
    }
}
