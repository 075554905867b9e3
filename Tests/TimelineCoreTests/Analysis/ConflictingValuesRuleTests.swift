import BuiltinData
import Testing

@testable import TimelineCore

@Suite struct ConflictingValuesRuleTests {
    @Test func sourcesThatDisagreeOnAVagueDayAreAWarning() throws {
        let sunday = "[2025-01-26,2025-02-02]"
        let events = [
            try event("a", sunday, [try figure("total", .exact(956), source: "agency")]),
            try event("b", sunday, [try figure("total", .exact(1179), source: "tv")]),
        ]
        let found = findings(ConflictingValuesRule(), events)
        #expect(found.map(\.severity) == [.warning])
        #expect(found[0].message == "total for possibly the same period: 956 (agency) vs 1,179 (tv), 223 apart")
        #expect(found[0].arithmetic == ["1,179 − 956 = 223", "1,179 / 956 = 1.23 (23.3 % more)"])
        #expect(found[0].sources == ["agency", "tv"])
    }

    @Test func theSameSourceTwiceOnTheSameDayIsAnError() throws {
        let events = [
            try event("a", [try figure("total", .exact(10))]), try event("b", [try figure("total", .exact(12))]),
        ]
        let found = findings(ConflictingValuesRule(), events)
        #expect(found.map(\.severity) == [.error])
        #expect(found[0].message == "paper gives two values of total for the same period: 10 and 12, 2 apart")
    }

    @Test(arguments: [
        ("2025-01-26", "2025-01-27", 0), ("2025-01", "2025-01-27", 1), ("2025-01-26/2025-02-05", "2025-02-05", 1),
        ("[2025-01-26,2025-02-02]", "2025-01-27", 0),
    ])
    func onlyPeriodsThatMayMeetAreCompared(first: String, second: String, expected: Int) throws {
        let events = [
            try event("a", first, [try figure("total", .exact(10))]),
            try event("b", second, [try figure("total", .exact(20))]),
        ]
        #expect(findings(ConflictingValuesRule(), events).count == expected)
    }

    @Test(arguments: [
        (MeasureValue.exact(1000), true, MeasureValue.exact(956), 0),
        (.exact(1000), false, .exact(956), 1),
        (.range(900, 1000), false, .exact(956), 0),
        (.range(1200, 1500), false, .exact(956), 1),
        (.exact(0), false, .exact(3), 1),
    ])
    func hedgesAndRangesAgreeWhenTheyMeet(a: MeasureValue, approximate: Bool, b: MeasureValue, expected: Int) throws {
        let events = [
            try event("a", [try figure("total", a, approximate: approximate)]),
            try event("b", [try figure("total", b, source: "tv")]),
        ]
        #expect(findings(ConflictingValuesRule(), events).count == expected)
    }

    @Test func aZeroValueHasNoRatio() throws {
        let events = [
            try event("a", [try figure("total", .exact(0))]), try event("b", [try figure("total", .exact(3))]),
        ]
        #expect(findings(ConflictingValuesRule(), events).first?.arithmetic == ["3 − 0 = 3"])
    }

    @Test func differentMetricsNeverConflict() throws {
        let events = [try event("a", [try figure("part-a", .exact(10)), try figure("part-b", .exact(20))])]
        #expect(findings(ConflictingValuesRule(), events).isEmpty)
    }
}

/// The sweep finds exactly what checking every pair of figures finds, in the same order.
struct ConflictingValuesSweepTests {
    /// The rule as it was: every pair, in the order of the figures.
    static func everyPair(_ input: CheckInput) -> [Finding] {
        let rule = ConflictingValuesRule()
        let figures = input.figures
        var findings: [Finding] = []
        for (i, a) in figures.enumerated() {
            for b in figures[(i + 1)...]
            where a.measure.metric == b.measure.metric && a.measure.unit == b.measure.unit && a.mayShare(periodWith: b)
            {
                if let finding = rule.check(a, b, input: input) { findings.append(finding) }
            }
        }
        return findings
    }

    @Test(arguments: 0..<40)
    func sameFindingsAsEveryPair(_ seed: Int) throws {
        var generator = TimelineGenerator(seed: UInt64(3000 + seed))
        var events: [Event] = []
        for _ in 0..<4 { events += try generator.timeline().events }
        let input = CheckInput(events: events, metrics: [])
        #expect(ConflictingValuesRule().findings(in: input, earlier: []) == Self.everyPair(input))
    }

    @Test
    func builtInTimeline() throws {
        let timeline = try TimelineDecoder.decode(BuiltinData.bytes)
        let input = CheckInput(events: timeline.events, metrics: timeline.metrics)
        let found = ConflictingValuesRule().findings(in: input, earlier: [])
        #expect(!found.isEmpty, "the seed's 956 and 1,179 disagree")
        #expect(found == Self.everyPair(input))
    }
}
