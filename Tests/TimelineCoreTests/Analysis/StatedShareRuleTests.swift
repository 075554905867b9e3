import Testing

@testable import TimelineCore

@Suite struct StatedShareRuleTests {
    /// 566 of 1,179 with a stated share; the other part is 613.
    func tally(_ stated: MeasureValue, approximate: Bool) throws -> [Event] {
        [
            try event(
                "e",
                [
                    try figure("total", .exact(1179)), try figure("part-a", .exact(613)),
                    try figure("part-b", .exact(566)),
                    try figure("share-b", stated, approximate: approximate, wording: "nearly 52 percent"),
                ])
        ]
    }

    @Test(
        arguments: [
            (MeasureValue.exact(48), false, nil), (.exact(48.3), false, nil), (.exact(49), false, Severity.error),
            (.exact(48), true, nil), (.exact(50), true, .warning), (.exact(50.1), true, .error),
            (.range(45, 47.6), false, nil), (.range(44, 46.5), true, .warning), (.range(40, 45), true, .error),
            (.exact(52), true, .error),
        ] as [(MeasureValue, Bool, Severity?)])
    func severityFollowsTheHedge(stated: MeasureValue, approximate: Bool, expected: Severity?) throws {
        let found = findings(StatedShareRule(), try tally(stated, approximate: approximate))
        #expect(found.map(\.severity) == (expected.map { [$0] } ?? []))
    }

    @Test func theSundayShareIsAnErrorAndAMixUp() throws {
        let found = findings(StatedShareRule(), try tally(.exact(52), approximate: true))
        #expect(found.count == 1)
        #expect(
            found[0].message
                == "\"nearly 52 percent\" (paper) is 4.0 points from the share the counts give, 566 of 1,179 = "
                + "48.0 %, beyond what its hedge allows; it matches the other part, 613 of 1,179 = 52.0 %: "
                + "a likely mix-up")
        #expect(
            found[0].arithmetic == [
                "566 / 1,179 × 100 = 48.0 %", "stated: 52 %, approximate (allowed: ±2.0 points)",
                "off by 4.0 points", "613 / 1,179 × 100 = 52.0 % (part-a)",
            ])
        #expect(found[0].events == ["e"])
    }

    @Test func theComplementWithoutTheOtherPartIsStillNamed() throws {
        let events = [
            try event(
                "e",
                [
                    try figure("total", .exact(200)), try figure("part-b", .exact(50)),
                    try figure("share-b", .exact(75)),
                ])
        ]
        let found = findings(StatedShareRule(), events)
        #expect(found.map(\.severity) == [.error])
        #expect(found[0].message.hasSuffix("it matches the rest of the whole, 75.0 %: a likely mix-up"))
    }

    @Test func aZeroWholeGivesNoShare() throws {
        let events = [
            try event(
                "e",
                [try figure("total", .exact(0)), try figure("part-b", .exact(0)), try figure("share-b", .exact(10))])
        ]
        let found = findings(StatedShareRule(), events)
        #expect(found.map(\.severity) == [.warning])
        #expect(found[0].arithmetic == ["0 / 0 × 100 = undefined (division by 0)"])
    }

    @Test func countsOfAnotherPeriodOrEventAreNotUsed() throws {
        let events = [
            try event("a", [try figure("total", .exact(100)), try figure("share-b", .exact(90))]),
            try event(
                "b", [try figure("part-b", .exact(10)), try figure("total", .exact(100), period: "2025-01-27")]),
        ]
        #expect(findings(StatedShareRule(), events).isEmpty)
    }

    @Test func metricsWithoutRelationsFindNothing() throws {
        let plain = relatedMetrics.map { Metric(id: $0.id, name: $0.name, unit: $0.unit) }
        #expect(findings(StatedShareRule(), try tally(.exact(90), approximate: false), metrics: plain).isEmpty)
    }
}
