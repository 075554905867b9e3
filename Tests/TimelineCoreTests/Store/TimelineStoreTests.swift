import Testing

@testable import TimelineCore

struct TimelineStoreTests {
    /// Open starts first; then by earliest day, latest day (open ends last), id.
    @Test
    func keepsEventsInDateOrder() throws {
        let store = try makeStore([
            try makeEvent("z-day", "2025-01-15"),
            try makeEvent("a-day", "2025-01-15"),
            try makeEvent("month", "2025-01"),
            try makeEvent("open-start-late", "../2025-02-05"),
            try makeEvent("open-start-early", "../2024"),
            try makeEvent("unknown-start", "/2025-01-01"),
            try makeEvent("open-end", "2025-01/.."),
            try makeEvent("unknown-end", "2025-01-15/"),
            try makeEvent("set", "[2025-01-15,2025-02-02]"),
            try makeEvent("year", "2025"),
            try makeEvent("decade", "199X"),
            try makeEvent("after", "2025-01-16"),
        ])
        #expect(
            store.allEvents.map(\.id) == [
                "open-start-early", "unknown-start", "open-start-late",  // by latest day
                "decade", "month", "year", "open-end",  // then from 2025-01-01: Jan 31, Dec 31, open
                "a-day", "z-day", "set", "unknown-end",  // from 2025-01-15: by latest, then id
                "after",
            ])
        #expect(store.count == 12)
    }

    /// Adding a second timeline merges and re-sorts.
    @Test
    func addMergesInDateOrder() throws {
        var store = try makeStore([try makeEvent("b", "2025-02"), try makeEvent("d", "2025-04")])
        try store.add(
            Timeline(title: "second", events: [try makeEvent("a", "2025-01"), try makeEvent("c", "2025-03")]),
            from: "second.json")
        #expect(store.allEvents.map(\.id) == ["a", "b", "c", "d"])
        #expect(store.origins == ["test", "second.json"])
        #expect(store.title == "test")
        #expect(store.event(id: "c")?.date.edtf == "2025-03")
        #expect(store.event(id: "b")?.date.edtf == "2025-02")
        #expect(store.event(id: "e") == nil)
    }

    @Test
    func rejectsIdsAlreadyLoadedAndKeepsTheStoreAsItWas() throws {
        var store = try makeStore([try makeEvent("a", "2025-01"), try makeEvent("b", "2025-02")])
        let clash = Timeline(title: "other", events: [try makeEvent("new", "2024"), try makeEvent("b", "2024")])
        #expect(throws: StoreError.duplicateEventID("b", origin: "other.json")) {
            try store.add(clash, from: "other.json")
        }
        #expect(
            StoreError.duplicateEventID("b", origin: "other.json").message
                == "event id 'b' in other.json is already loaded")
        #expect(store.allEvents.map(\.id) == ["a", "b"])
        #expect(store.origins == ["test"])
        #expect(store.event(id: "b")?.date.edtf == "2025-02")
    }

    /// A timeline built in code (not decoded) may repeat an id within itself;
    /// the store must refuse it rather than index only one of the two.
    @Test
    func rejectsIdsRepeatedWithinOneTimeline() throws {
        let timeline = Timeline(title: "t", events: [try makeEvent("a", "2025-01"), try makeEvent("a", "2025-02")])
        #expect(throws: StoreError.duplicateEventID("a", origin: "t.json")) {
            try TimelineStore(timeline, origin: "t.json")
        }
    }

    @Test
    func vocabularies() throws {
        let store = try Newsroom.store()
        #expect(
            store.vocabulary(for: .tag) == ["arrests", "enforcement-history", "quotas", "sources-disagree", "targets"])
        #expect(store.vocabulary(for: .kind) == ["briefing", "context", "directive", "tally"])
        #expect(store.vocabulary(for: .actor) == ["donald-trump", "ice", "nbc-news"])
        #expect(
            store.vocabulary(for: .source) == ["anonymous", "article", "direct", "ice", "nbc-news", "washington-post"])
        #expect(store.vocabulary(for: .id) == ["call", "context", "directive", "ice-tally", "nbc-tally"])
        #expect(store.vocabulary(for: .metric) == ["arrests", "daily-arrest-target", "field-office-daily-minimum"])
        #expect(store.metrics.map(\.id) == store.vocabulary(for: .metric))
        #expect(store.actors.map(\.id) == ["donald-trump", "ice", "nbc-news"])
    }

    /// Words used by events but missing from a catalogue still count as known.
    @Test
    func vocabularyIncludesUncataloguedWords() throws {
        let store = try makeStore(
            [try makeEvent("e", "2025", actors: ["someone"], measures: [makeMeasure("tally", .exact(1))])],
            sources: [])
        #expect(store.vocabulary(for: .actor) == ["someone"])
        #expect(store.vocabulary(for: .metric) == ["tally"])
        #expect(store.vocabulary(for: .source) == ["paper"])
        #expect(try store.ids(field(.actor, "someone")) == ["e"])
    }

    static let chains: [(String, [String])] = [
        ("article", ["article"]),
        ("washington-post", ["washington-post", "article"]),
        ("anonymous", ["anonymous", "washington-post", "article"]),
        ("not-catalogued", ["not-catalogued"]),
    ]

    @Test(arguments: chains)
    func sourceChains(_ id: String, _ chain: [String]) throws {
        #expect(try Newsroom.store().chain(ofSource: id) == chain)
    }

    /// A `via` loop (which the decoder would refuse) ends instead of spinning.
    @Test
    func viaLoopEnds() throws {
        let store = try makeStore(
            [try makeEvent("e", "2025", sources: ["a"])],
            sources: [Source(id: "a", name: "A", via: "b"), Source(id: "b", name: "B", via: "a")])
        #expect(store.chain(ofSource: "a") == ["a", "b"])
        #expect(try store.ids(field(.source, "b")) == ["e"])
    }

    /// The first catalogue entry for an id wins when timelines are merged.
    @Test
    func firstCatalogueEntryWins() throws {
        var store = try makeStore([], actors: [Actor(id: "ice", name: "ICE")])
        try store.add(Timeline(title: "2", actors: [Actor(id: "ice", name: "Other")]), from: "2")
        #expect(store.actor("ice")?.name == "ICE")
    }
}
