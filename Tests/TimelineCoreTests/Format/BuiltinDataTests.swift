import BuiltinData
import Testing

@testable import TimelineCore

struct BuiltinDataTests {
    static func timeline() throws -> Timeline { try TimelineDecoder.decode(BuiltinData.bytes) }

    @Test
    func decodes() throws {
        let timeline = try Self.timeline()
        #expect(timeline.events.count == 20)
        #expect(!timeline.title.isEmpty)
        #expect(Set(timeline.events.map(\.id)).count == 20)
        for event in timeline.events {
            #expect(!event.sources.isEmpty, "\(event.id) names no source")
        }
    }

    @Test(arguments: ["ice-sunday-tally-announcement", "nbc-sunday-tally-data"])
    func sundayTalliesAreOneOfTwoSundays(_ id: String) throws {
        let event = try #require(try Self.timeline().events.first { $0.id == id })
        #expect(event.date.edtf == "[2025-01-26,2025-02-02]")
        #expect(event.date.precision == .set)
        #expect(event.date.possibleRanges.map { $0.lower?.description } == ["2025-01-26", "2025-02-02"])
        #expect(event.date.possibleRanges.allSatisfy { $0.count == 1 })
    }

    @Test
    func theDirectiveTargetIsARange() throws {
        let event = try #require(try Self.timeline().events.first { $0.id == "arrest-target-directive-2025-01" })
        #expect(event.measures.map(\.value) == [.range(1200, 1500)])
        #expect(event.measures.map(\.metric) == ["daily-arrest-target"])
    }

    /// The built-in store answers the questions the docs use as examples.
    static let questions: [(Filter, [String])] = [
        (field(.tag, "sources-disagree"), ["ice-sunday-tally-announcement", "nbc-sunday-tally-data"]),
        (measure("arrests", .greaterThan, 1000), ["nbc-sunday-tally-data"]),
        (.and([field(.kind, "tally"), measure("arrests", .lessThan, 1000)]), ["ice-sunday-tally-announcement"]),
        (field(.source, "four-anonymous-sources"), ["ice-leadership-call-2025-01-25", "washington-post-report-2025"]),
        (.and([field(.kind, "tally"), (try? when(.on, "2025-01-28")) ?? .all]), []),
        (
            .and([field(.kind, "tally"), (try? when(.on, "2025-02-02")) ?? .all]),
            ["ice-sunday-tally-announcement", "nbc-sunday-tally-data"]
        ),
        (.and([field(.kind, "tally"), (try? when(.on, "2025-02-02", .certainly)) ?? .all]), []),
        (
            .and([(try? when(.in, "1990s")) ?? .all, .not(field(.tag, "related-coverage"))]),
            ["newsclips-video", "enforcement-swings-since-1990s"]
        ),
        (.and([(try? when(.in, "1990s", .certainly)) ?? .all]), []),
    ]

    @Test(arguments: questions)
    func answers(_ filter: Filter, _ ids: [String]) throws {
        let store = try TimelineStore(try Self.timeline(), origin: BuiltinData.name)
        #expect(try store.ids(filter) == ids)
    }
}
