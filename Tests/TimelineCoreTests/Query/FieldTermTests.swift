import Testing

@testable import TimelineCore

/// A small newsroom timeline: sources that reached us through others, actors
/// with ids and full names, tags, kinds and measures.
enum Newsroom {
    static let actors = [
        Actor(id: "ice", name: "U.S. Immigration and Customs Enforcement (ICE)", kind: "agency"),
        Actor(id: "donald-trump", name: "Donald Trump", kind: "person"),
        Actor(id: "nbc-news", name: "NBC News", kind: "news-outlet"),
    ]

    static let sources = [
        Source(id: "article", name: "The article", kind: "article"),
        Source(id: "washington-post", name: "The Washington Post", kind: "newspaper", via: "article"),
        Source(id: "anonymous", name: "Four anonymous people", kind: "anonymous", via: "washington-post"),
        Source(id: "nbc-news", name: "NBC News", kind: "news-outlet", via: "article"),
        Source(id: "ice", name: "ICE", kind: "agency", via: "article"),
        Source(id: "direct", name: "A source read directly", kind: "website"),
    ]

    static func store() throws -> TimelineStore {
        try makeStore(
            [
                try makeEvent(
                    "call", "2025-01-25", kind: "briefing", tags: ["quotas", "arrests"], actors: ["ice"],
                    measures: [makeMeasure("field-office-daily-minimum", .exact(75), source: "washington-post")],
                    sources: ["washington-post", "anonymous"]),
                try makeEvent(
                    "directive", "2025-01-20/2025-01-25", kind: "directive", tags: ["targets", "arrests", "quotas"],
                    actors: ["donald-trump", "ice"],
                    measures: [makeMeasure("daily-arrest-target", .range(1200, 1500), source: "washington-post")],
                    sources: ["washington-post"]),
                try makeEvent(
                    "ice-tally", "[2025-01-26,2025-02-02]", kind: "tally", tags: ["arrests"], actors: ["ice"],
                    measures: [makeMeasure("arrests", .exact(956), source: "ice")], sources: ["ice"]),
                // Cites nbc-news only through its measure.
                try makeEvent(
                    "nbc-tally", "[2025-01-26,2025-02-02]", kind: "tally", tags: ["arrests", "sources-disagree"],
                    actors: ["nbc-news"], measures: [makeMeasure("arrests", .exact(1179), source: "nbc-news")],
                    sources: ["direct"]),
                try makeEvent(
                    "context", "199X/..", kind: "context", tags: ["enforcement-history"], sources: ["article"]),
            ],
            metrics: ["arrests", "daily-arrest-target", "field-office-daily-minimum"], actors: actors,
            sources: sources)
    }
}

struct FieldTermTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var filter: Filter
        var ids: [String]
        init(_ filter: Filter, _ ids: [String]) { (self.filter, self.ids) = (filter, ids) }
        var testDescription: String { filter.description }
    }

    static let all = ["context", "directive", "call", "ice-tally", "nbc-tally"]

    static let table: [Case] = [
        .init(field(.tag, "arrests"), ["directive", "call", "ice-tally", "nbc-tally"]),
        .init(field(.tag, "quotas"), ["directive", "call"]),
        .init(field(.kind, "tally"), ["ice-tally", "nbc-tally"]),
        .init(field(.kind, "context"), ["context"]),
        .init(field(.id, "call"), ["call"]),
        .init(field(.metric, "arrests"), ["ice-tally", "nbc-tally"]),
        .init(field(.metric, "daily-arrest-target"), ["directive"]),
        // Actors by id or by full name, in any case.
        .init(field(.actor, "ice"), ["directive", "call", "ice-tally"]),
        .init(field(.actor, "ICE"), ["directive", "call", "ice-tally"]),
        .init(field(.actor, "Donald Trump"), ["directive"]),
        .init(field(.actor, "donald trump"), ["directive"]),
        .init(field(.actor, "u.s. immigration and customs enforcement (ice)"), ["directive", "call", "ice-tally"]),
        // Sources: directly, through a measure, or through the `via` chain.
        .init(field(.source, "washington-post"), ["directive", "call"]),
        .init(field(.source, "anonymous"), ["call"]),
        .init(field(.source, "nbc-news"), ["nbc-tally"]),
        .init(field(.source, "direct"), ["nbc-tally"]),
        .init(field(.source, "ice"), ["ice-tally"]),
        .init(field(.source, "article"), all),
        .init(field(.source, "The Washington Post"), ["directive", "call"]),
        .init(field(.source, "the washington post"), ["directive", "call"]),
        // Globs: case-insensitive, anchored where there is no `*`.
        .init(field(.id, "*tally"), ["ice-tally", "nbc-tally"]),
        .init(field(.id, "*TALLY"), ["ice-tally", "nbc-tally"]),
        .init(field(.id, "*"), all),
        .init(field(.id, "c*l"), ["call"]),
        .init(field(.id, "c*t"), ["context"]),
        .init(field(.tag, "quo*"), ["directive", "call"]),
        .init(field(.tag, "*-*"), ["context", "nbc-tally"]),
        .init(field(.tag, "nothing*"), []),
        .init(field(.kind, "d*"), ["directive"]),
        .init(field(.actor, "*trump"), ["directive"]),
        .init(field(.actor, "*customs*"), ["directive", "call", "ice-tally"]),
        .init(field(.source, "*post*"), ["directive", "call"]),
        .init(field(.source, "*anonymous*"), ["call"]),
        .init(field(.metric, "*arrest*"), ["directive", "ice-tally", "nbc-tally"]),
        // Combinations.
        .init(.and([field(.tag, "arrests"), field(.kind, "tally")]), ["ice-tally", "nbc-tally"]),
        .init(.or([field(.kind, "briefing"), field(.kind, "context")]), ["context", "call"]),
        .init(.not(field(.tag, "arrests")), ["context"]),
        .init(.and([field(.tag, "arrests"), .not(field(.actor, "ice"))]), ["nbc-tally"]),
        .init(
            .or([.and([field(.tag, "quotas"), field(.actor, "donald-trump")]), field(.id, "context")]),
            ["context", "directive"]),
        .init(
            .and([field(.source, "article"), .not(field(.source, "washington-post"))]),
            ["context", "ice-tally", "nbc-tally"]),
        .init(.and([]), all),
        .init(.or([]), []),
        .init(.all, all),
        // Free text: ids, titles, tags and actor names, folded.
        .init(text("QUOTA"), ["directive", "call"]),
        .init(text("donald"), ["directive"]),
        .init(text("title of call"), ["call"]),
        .init(text(""), all),
    ]

    @Test(arguments: table)
    func selects(_ c: Case) throws {
        #expect(try Newsroom.store().ids(c.filter) == c.ids)
    }
}
