import Testing

@testable import TimelineCore

struct FilterDescriptionTests {
    static let a = field(.tag, "a")
    static let b = field(.tag, "b")
    static let c = field(.tag, "c")

    static let table: [(Filter, String)] = [
        (.all, ""),
        (a, "tag:a"),
        (field(.actor, "Donald Trump"), #"actor:"Donald Trump""#),
        (field(.id, "2025-01-26-memo"), "id:2025-01-26-memo"),
        (field(.id, "ice*"), "id:ice*"),
        (field(.source, #"say "hi" \ bye"#), #"source:"say \"hi\" \\ bye""#),
        (field(.tag, ""), #"tag:"""#),
        (text("daily quota"), #""daily quota""#),
        ((try? when(.from, "2025-01-20")) ?? .all, "from 2025-01-20"),
        ((try? when(.in, "2025-W05", .possibly)) ?? .all, "possibly in 2025-W05"),
        ((try? when(.during, "1990s", .certainly)) ?? .all, "certainly during 1990s"),
        (measure("arrests", .greaterOrEqual, 1200), "arrests >= 1200"),
        (measure("daily-arrest-target", .notEqual, 1500, .certainly), "certainly daily-arrest-target != 1500"),
        (measure("share", .lessThan, 52.5), "share < 52.5"),
        (measure("share", .lessThan, -3), "share < -3"),
        (measure("priority-population", .equal, 1_500_000), "priority-population = 1500000"),
        // The number must read back as the number that was typed, not a rounded one.
        (measure("share", .greaterThan, 0.125), "share > 0.125"),
        (measure("share", .greaterThan, 0.001), "share > 0.001"),
        (.named("recent", Span(start: 0, end: 7)), "$recent"),
        // `and` binds tighter than `or`; `not` tightest.
        (.and([a, .or([b, c])]), "tag:a and (tag:b or tag:c)"),
        (.or([.and([a, b]), c]), "tag:a and tag:b or tag:c"),
        (.or([a, .or([b, c])]), "tag:a or (tag:b or tag:c)"),
        (.and([a, .and([b, c])]), "tag:a and tag:b and tag:c"),
        (.not(.and([a, b])), "not (tag:a and tag:b)"),
        (.not(.or([a, b])), "not (tag:a or tag:b)"),
        (.not(.not(a)), "not not tag:a"),
        (.and([.not(a), b]), "not tag:a and tag:b"),
        (
            .and([a, .or([(try? when(.from, "2025-01-20")) ?? .all, field(.kind, "context")])]),
            "tag:a and (from 2025-01-20 or kind:context)"
        ),
    ]

    @Test(arguments: table)
    func normalizedText(_ filter: Filter, _ text: String) {
        #expect(filter.description == text)
    }
}
