import Testing

@testable import TimelineCore

@Suite struct PartsTotalRuleTests {
    func tally(_ total: MeasureValue, _ a: MeasureValue?, _ b: MeasureValue?, approximate: Bool = false) throws
        -> [Event]
    {
        var measures = [try figure("total", total, approximate: approximate)]
        if let a { measures.append(try figure("part-a", a)) }
        if let b { measures.append(try figure("part-b", b)) }
        return [try event("e", measures)]
    }

    @Test func partsThatAddUpFindNothing() throws {
        #expect(findings(PartsTotalRule(), try tally(.exact(1179), .exact(613), .exact(566))).isEmpty)
    }

    @Test func partsAboveTheTotalAreAnError() throws {
        let found = findings(PartsTotalRule(), try tally(.exact(1179), .exact(613), .exact(687)))
        #expect(found.map(\.severity) == [.error])
        #expect(
            found[0].message
                == "the parts of total (part-a, part-b) add up to 1,300, more than the total 1,179 in the figures of paper"
        )
        #expect(found[0].arithmetic == ["613 + 687 = 1,300", "1,300 − 1,179 = 121 too many"])
    }

    @Test func onePartAboveTheTotalIsAnError() throws {
        let found = findings(PartsTotalRule(), try tally(.exact(100), .exact(120), nil))
        #expect(found.map(\.severity) == [.error])
        #expect(found[0].arithmetic == ["120 > 100", "120 − 100 = 20 too many"])
    }

    @Test func onePartBelowTheTotalIsFine() throws {
        #expect(findings(PartsTotalRule(), try tally(.exact(100), .exact(20), nil)).isEmpty)
    }

    @Test func partsBelowTheTotalLeaveSomeUnaccountedFor() throws {
        let found = findings(PartsTotalRule(), try tally(.exact(100), .exact(20), .exact(30)))
        #expect(found.map(\.severity) == [.warning])
        #expect(found[0].message.hasSuffix("50 not accounted for"))
    }

    @Test(arguments: [
        (MeasureValue.range(1100, 1200), false, true), (.exact(1150), true, true), (.exact(1000), true, false),
        (.exact(1100), false, false),
    ])
    func rangesAndHedgesWiden(total: MeasureValue, approximate: Bool, clean: Bool) throws {
        let found = findings(PartsTotalRule(), try tally(total, .exact(613), .exact(566), approximate: approximate))
        #expect(found.isEmpty == clean)
    }

    @Test func partsFromAnotherSourceAreNotAdded() throws {
        let events = [
            try event(
                "e",
                [
                    try figure("total", .exact(10)), try figure("part-a", .exact(8)),
                    try figure("part-b", .exact(8), source: "tv"),
                ])
        ]
        #expect(findings(PartsTotalRule(), events).isEmpty)
    }
}
