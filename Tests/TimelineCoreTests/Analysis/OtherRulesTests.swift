import Testing

@testable import TimelineCore

@Suite struct ShareBaseRuleTests {
    @Test func aShareOfAnotherTotalIsAWarning() throws {
        let events = [
            try event(
                "a",
                [
                    try figure("total", .exact(956)),
                    try figure("share-b", .exact(50), approximate: true, wording: "nearly half"),
                ]),
            try event("b", [try figure("total", .exact(1179)), try figure("part-b", .exact(566))]),
        ]
        let found = findings(ShareBaseRule(), events)
        #expect(found.map(\.severity) == [.warning])
        #expect(
            found[0].message
                == "\"nearly half\" (paper) is a share of 956 (paper), but the counts of its part are of another "
                + "total, 566 of 1,179 (paper): the share and the counts have different bases")
        #expect(found[0].arithmetic == ["50 % of 956 = 478", "566 / 1,179 × 100 = 48.0 %", "956 ≠ 1,179"])
    }

    @Test func aShareOfTheSameTotalOrWithItsOwnCountsFindsNothing() throws {
        let same = [
            try event("a", [try figure("total", .exact(1179)), try figure("share-b", .exact(48))]),
            try event("b", [try figure("total", .exact(1179)), try figure("part-b", .exact(566))]),
        ]
        #expect(findings(ShareBaseRule(), same).isEmpty)
        let own = [
            try event(
                "a",
                [try figure("total", .exact(10)), try figure("part-b", .exact(5)), try figure("share-b", .exact(90))])
        ]
        #expect(findings(ShareBaseRule(), own).isEmpty)
    }

    @Test func aShareWithNoTotalCannotBeChecked() throws {
        let events = [
            try event("a", [try figure("share-b", .exact(50))]),
            try event("b", [try figure("total", .exact(1179)), try figure("part-b", .exact(566))]),
        ]
        #expect(findings(ShareBaseRule(), events).first?.message.contains("states no total") == true)
    }
}

@Suite struct MixedUnitsRuleTests {
    @Test func oneMetricInTwoUnitsIsAnError() throws {
        var daily = try figure("total", .exact(75))
        daily.unit = "arrests/day"
        let found = findings(MixedUnitsRule(), [try event("a", [try figure("total", .exact(956)), daily])])
        #expect(found.map(\.severity) == [.error])
        #expect(found[0].arithmetic == ["a: 75 arrests/day"])
    }

    /// More pairs of metric and unit than the rule looks for by a scan: every mixed one found.
    @Test func manyMetricsInTwoUnits() throws {
        let measures = try (0..<24).flatMap { n in
            var other = try figure("m\(n)", .exact(2))
            other.unit = n % 3 == 0 ? "people" : "arrests"
            return [try figure("m\(n)", .exact(1)), other, try figure("m\(n)", .exact(3))]
        }
        let found = findings(MixedUnitsRule(), [try event("a", measures)], metrics: [])
        #expect(found.map(\.message.first) == Array(repeating: "m", count: 8))
        #expect(found.map { $0.message.split(separator: " ")[0] } == stride(from: 0, to: 24, by: 3).map { "m\($0)" })
    }

    @Test func oneUnitFindsNothing() throws {
        #expect(findings(MixedUnitsRule(), [try event("a", [try figure("total", .exact(956))])]).isEmpty)
    }
}

@Suite struct HedgeWordingRuleTests {
    @Test(
        arguments: [
            ("nearly 52 percent", true, nil), ("956 arrests", false, nil),
            ("about 500 people", false, Severity.warning),
            ("more than 1,000", false, .warning), ("a total of 1,179 people", true, .info),
            ("over the weekend, 300", false, nil), ("Approximately 1.5 million", true, nil),
        ] as [(String, Bool, Severity?)])
    func wordingAndFlagAgree(wording: String, approximate: Bool, expected: Severity?) throws {
        let events = [try event("a", [try figure("total", .exact(1), approximate: approximate, wording: wording)])]
        #expect(findings(HedgeWordingRule(), events).map(\.severity) == (expected.map { [$0] } ?? []))
    }
}

@Suite struct NoWordingRuleTests {
    @Test func aFigureWithoutWordsIsAWarning() throws {
        let events = [try event("a", [try figure("total", .exact(3), wording: " "), try figure("part-a", .exact(1))])]
        let found = findings(NoWordingRule(), events)
        #expect(found.map(\.message) == ["3 arrests (paper) has no wording: how the source put it is unknown"])
    }
}

@Suite struct CheckEngineTests {
    @Test func findingsComeMostSevereFirst() throws {
        let events = [
            try event(
                "e", "[2025-01-26,2025-02-02]",
                [try figure("total", .exact(10), wording: "about 10"), try figure("part-a", .exact(20))])
        ]
        let found = CheckEngine.run(CheckInput(events: events, metrics: relatedMetrics))
        #expect(found.map(\.severity) == [.error, .warning, .info])
        #expect(found.map(\.rule) == ["parts-vs-total", "hedge-wording", "vague-date"])
    }

    @Test func aCleanTimelineFindsNothing() throws {
        let events = [
            try event(
                "e",
                [
                    try figure("total", .exact(10)), try figure("part-a", .exact(4)), try figure("part-b", .exact(6)),
                    try figure("share-b", .exact(60)),
                ])
        ]
        #expect(CheckEngine.run(CheckInput(events: events, metrics: relatedMetrics)).isEmpty)
    }

    @Test func everyRuleHasAUniqueName() {
        #expect(Set(CheckEngine.rules.map(\.name)).count == CheckEngine.rules.count)
    }
}

/// The byte scan for hedges in ASCII text finds what the scan by `Character`s finds.
@Suite struct HedgeScanTests {
    @Test(arguments: 0..<20)
    func bytesAgreeWithCharacters(_ seed: Int) {
        var rng = SeededGenerator(seed: UInt64(seed))
        let words =
            HedgeWordingRule.hedges.flatMap { $0.split(separator: " ").map(String.init) }
            + ["Nearly", "ABOUT", "than", "more", "1,179", "arrests", "some", "over", "aboutt", "nearlyx", "a", ""]
        let gaps = [" ", "  ", ", ", "-", "(", ") ", "\t", ".", "5"]
        for _ in 0..<200 {
            var text = ""
            for _ in 0..<Int.random(in: 0...7, using: &rng) {
                text += words.randomElement(using: &rng) ?? ""
                text += gaps.randomElement(using: &rng) ?? ""
            }
            #expect(HedgeWordingRule.hedge(in: text) == HedgeWordingRule.hedgeByCharacters(in: text), "\(text)")
        }
        #expect(HedgeWordingRule.hedge(in: "more than 5, at least") == "more than")
        #expect(HedgeWordingRule.hedge(in: "at least 5, more than") == "more than", "the list's order decides")
        #expect(HedgeWordingRule.hedge(in: "close, to 3") == "close to", "words, not punctuation, make a phrase")
        #expect(HedgeWordingRule.hedge(in: "closeto 3") == nil)
    }
}

/// no-wording's blank test by bytes agrees with testing every `Character`.
@Suite struct BlankWordingTests {
    @Test(arguments: 0..<10)
    func bytesAgreeWithCharacters(_ seed: Int) {
        var rng = SeededGenerator(seed: UInt64(seed))
        let pieces = [
            " ", "\t", "\r\n", "\n", "\u{0B}", "\u{0C}", "\u{1F}", "\u{85}", "\u{A0}", "\u{2003}", "a", "5",
            "\u{301}", "\u{200D}", "é", "",
        ]
        for _ in 0..<300 {
            let text = (0..<Int.random(in: 0...4, using: &rng)).map { _ in pieces.randomElement(using: &rng) ?? "" }
                .joined()
            #expect(
                NoWordingRule.isBlank(text) == text.allSatisfy(\.isWhitespace), "\(text.unicodeScalars.map(\.value))")
        }
        for byte in UInt8(0)..<0x80 {
            let text = " " + String(UnicodeScalar(byte)) + " "
            #expect(NoWordingRule.isBlank(text) == text.allSatisfy(\.isWhitespace), "\(byte)")
        }
    }
}
