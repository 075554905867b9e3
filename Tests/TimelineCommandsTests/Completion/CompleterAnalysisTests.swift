import Testing

@testable import TimelineCommands

/// Completion for compare, check, explain, let, timeline and chart.
struct CompleterAnalysisTests {
    static let cases: [CompletionCase] = [
        CompletionCase("compare ice-s", "ice-s", ["ice-sunday-tally-announcement"]),
        CompletionCase("compare nbc-sunday-tally-data w", "w", ["with"]),
        CompletionCase("compare nbc-sunday-tally-data with ice-l", "ice-l", ["ice-leadership-call-2025-01-25"]),
        CompletionCase("compare nbc-sunday-tally-data with ice-sunday-tally-announcement o", "o", ["on"]),
        CompletionCase(
            "compare nbc-sunday-tally-data with ice-sunday-tally-announcement on cr", "cr", ["criminal-arrests"]),
        CompletionCase("compare $re", "$re", ["$recent"]),
        CompletionCase("compare (kind:tal", "kind:tal", ["kind:tally"]),
        CompletionCase("compare (kind:tally) w", "w", ["with"]),
        CompletionCase("check kind:tally --s", "--s", ["--strict"]),
        CompletionCase(
            "check kind:tally ", "",
            [
                "--all", "--limit", "--strict", "actor:", "and", "arrests", "arrests-without-criminal-record",
                "certainly",
                "criminal-arrests", "daily-arrest-target", "during", "field-office-daily-minimum", "from", "id:", "in",
                "kind:", "metric:", "not", "on", "or", "possibly", "priority-population",
                "share-without-criminal-record", "source:", "tag:", "to",
            ]),
        CompletionCase("check kind:tally --strict ", "", ["--all", "--limit"]),
        CompletionCase("check kind:tally --l", "--l", ["--limit"]),
        CompletionCase("check kind:tally --all --strict ", "", []),
        CompletionCase("check kind:tally --limit 5 ", "", ["--strict"]),
        CompletionCase("explain ta", "ta", ["tag:"]),
        CompletionCase("timeline kind:br", "kind:br", ["kind:briefing"]),
        CompletionCase("let x ", "", ["="]),
        CompletionCase("let x = tag:quo", "tag:quo", ["tag:quotas"]),
        CompletionCase("chart arr", "arr", ["arrests", "arrests-without-criminal-record"]),
        CompletionCase("chart arrests b", "b", ["by"]),
        CompletionCase("chart arrests by ", "", ["day", "month", "week", "year"]),
        CompletionCase("chart arrests kind:tally by m", "m", ["month"]),
        CompletionCase("chart arrests by k", "", []),
        CompletionCase("export j", "j", ["json", "jsonl"]),
        CompletionCase("export csv kind:br", "kind:br", ["kind:briefing"]),
        CompletionCase("delete newsc", "newsc", ["newsclips-video"]),
        CompletionCase("edit newsclips-video ti", "ti", ["title="]),
    ]

    @Test(arguments: cases)
    func completes(_ example: CompletionCase) throws {
        let completer = try #require(CompleterTests.completer)
        let result = completer.complete(example.text)
        #expect(result.word == example.word)
        #expect(result.candidates == example.candidates)
    }
}
