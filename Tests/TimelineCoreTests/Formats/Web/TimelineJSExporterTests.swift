import Testing

@testable import TimelineCore

struct TimelineJSExporterTests {
    static func slides(_ timeline: Timeline, groupBy: TimelineJSExporter.Grouping = .kind) throws -> [JSONNode] {
        let root = try JSONReader.parse(TimelineJSExporter.export(timeline, groupBy: groupBy))
        return try #require(root["events"]?.arrayValue)
    }

    @Test
    func everyBuiltinEventIsASlideWithTheRequiredFields() throws {
        let timeline = try WebFixtures.builtin()
        let slides = try Self.slides(timeline)
        #expect(slides.count == timeline.events.count)
        #expect(Set(slides.compactMap { $0["unique_id"]?.stringValue }) == Set(timeline.events.map(\.id)))
        for slide in slides {
            #expect(slide["start_date"]?["year"]?.numberValue?.int != nil)
            #expect(slide["text"]?["headline"]?.stringValue?.isEmpty == false)
            #expect(slide["text"]?["text"]?.stringValue?.contains("Sources: ") == true)
            #expect(slide["group"]?.stringValue?.isEmpty == false)
        }
        let root = try JSONReader.parse(TimelineJSExporter.export(timeline))
        #expect(root["title"]?["text"]?["headline"]?.stringValue == timeline.title)
    }

    /// (EDTF, start parts, end parts or nil, has display_date)
    static let dates: [(String, [String: Int], [String: Int]?, Bool)] = [
        ("2025-01-25", ["year": 2025, "month": 1, "day": 25], nil, false),
        ("2025-01", ["year": 2025, "month": 1], nil, true),
        ("2025", ["year": 2025], nil, true),
        ("2025-01-25?", ["year": 2025, "month": 1, "day": 25], nil, true),
        ("2025-XX", ["year": 2025], nil, true),
        ("199X", ["year": 1990], ["year": 1999], true),
        ("199X/..", ["year": 1990], nil, true),
        ("../2025-02-05", ["year": 2025, "month": 2, "day": 5], nil, true),
        ("2025-01-20/2025-01-25", ["year": 2025, "month": 1, "day": 20], ["year": 2025, "month": 1, "day": 25], true),
        ("2025-01/2025-03", ["year": 2025, "month": 1], ["year": 2025, "month": 3], true),
        ("2001-24", ["year": 2001, "month": 12], ["year": 2002, "month": 2], true),
        (
            "[2025-01-26,2025-02-02]", ["year": 2025, "month": 1, "day": 26], ["year": 2025, "month": 2, "day": 2],
            true
        ),
    ]

    @Test(arguments: dates)
    func datePartsGoOnlyToTheKnownPrecision(
        _ edtf: String, _ start: [String: Int], _ end: [String: Int]?, _ displayed: Bool
    ) throws {
        let slide = try #require(try Self.slides(WebFixtures.single(edtf)).first)
        #expect(Self.parts(slide["start_date"]) == start)
        #expect(Self.parts(slide["end_date"]) == end)
        let display = slide["display_date"]?.stringValue
        #expect((display != nil) == displayed)
        if displayed { #expect(display == (try FuzzyDate.parse(edtf)).display) }
    }

    static func parts(_ node: JSONNode?) -> [String: Int]? {
        guard let members = node?.objectValue else { return nil }
        return Dictionary(
            uniqueKeysWithValues: members.compactMap { m in m.value.numberValue?.int.map { (m.key, $0) } })
    }

    @Test
    func theSundayTallyShowsBothSundaysAndItsSources() throws {
        let slides = try Self.slides(try WebFixtures.builtin())
        let slide = try #require(slides.first { $0["unique_id"]?.stringValue == "ice-sunday-tally-announcement" })
        #expect(slide["display_date"]?.stringValue == "Sunday, 2025-01-26 or 2025-02-02 (uncertain)")
        let text = try #require(slide["text"]?["text"]?.stringValue)
        #expect(text.contains("Exactly one of these dates"))
        #expect(text.contains("956"))
        #expect(text.contains("Sources: "))
    }

    @Test
    func anOpenStartSaysSo() throws {
        let slide = try #require(try Self.slides(WebFixtures.single("../2025-02-05")).first)
        #expect(slide["text"]?["text"]?.stringValue?.contains("The start is not known") == true)
    }

    @Test
    func sourcesAreCreditedThroughTheirChain() throws {
        let slides = try Self.slides(try WebFixtures.builtin())
        let text = slides.compactMap { $0["text"]?["text"]?.stringValue }.joined()
        #expect(text.contains(", via "))
    }

    @Test
    func groupsByKindOrActor() throws {
        let timeline = try WebFixtures.builtin()
        let byKind = try Self.slides(timeline).compactMap { $0["group"]?.stringValue }
        #expect(Set(byKind).isSubset(of: Set(timeline.events.map(\.kind))))
        let byActor = try Self.slides(timeline, groupBy: .actor).compactMap { $0["group"]?.stringValue }
        let names = Set(timeline.actors.map(\.name)).union(["(no actor)"])
        #expect(Set(byActor).isSubset(of: Set(names.map(XMLEscaping.escape))))
    }

    @Test
    func hostileTextIsEscapedHTML() throws {
        let bytes = TimelineJSExporter.export(try WebFixtures.hostile())
        let root = try JSONReader.parse(bytes)
        let texts = (root["events"]?.arrayValue ?? []).flatMap {
            [$0["text"]?["headline"]?.stringValue ?? "", $0["text"]?["text"]?.stringValue ?? ""]
        }
        for text in texts + [root["title"]?["text"]?["headline"]?.stringValue ?? ""] {
            #expect(!text.contains("<script"))
            #expect(!text.contains("\u{202E}"))
            #expect(!text.contains("\u{7}"))
        }
        #expect(texts.joined().contains("&lt;script&gt;"))
    }

    @Test
    func isDeterministic() throws {
        let timeline = try WebFixtures.builtin()
        #expect(TimelineJSExporter.export(timeline) == TimelineJSExporter.export(timeline))
    }
}
