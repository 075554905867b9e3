import BuiltinData
import Testing
import TimelineCore

@testable import TimelineCommands

/// `timeline` and `chart` on the built-in timeline: values and drawn text.
struct PictureRenderingTests {
    static func result(_ line: String) throws -> CommandResult {
        var session = try SessionTests.session()
        return try SessionTests.run(line, in: &session)
    }

    static func timeline(_ line: String) throws -> TimelineView {
        guard case .timeline(let view) = try result(line) else { throw CancellationError() }
        return view
    }

    static func chart(_ line: String) throws -> ChartView {
        guard case .chart(let view) = try result(line) else { throw CancellationError() }
        return view
    }

    @Test(
        arguments: [
            "timeline", "timeline kind:tally or kind:briefing or kind:directive", "chart arrests",
            "chart daily-arrest-target", "chart share-without-criminal-record", "chart priority-population",
        ], [60, 100])
    func noLineIsWiderThanTheWidth(_ line: String, _ width: Int) throws {
        let text = TableRenderer(width: width).render(try Self.result(line))
        for drawn in text.split(separator: "\n") { #expect(drawn.count <= width, "\(drawn)") }
        #expect(!text.isEmpty)
    }

    @Test func pipedOutputIsEightyColumns() throws {
        let text = TableRenderer(width: nil).render(try Self.result("timeline"))
        #expect(text.split(separator: "\n").map(\.count).max() == 80)
    }

    @Test func theBuiltInTimelineCompressesTheQuietDecades() throws {
        let view = try Self.timeline("timeline")
        #expect(view.axis.segments.count == 2)
        let text = TimelineRenderer(width: 80).render(view)
        #expect(text.contains("≈ skips 1990-01-02 … 2025-01-19 (35 years"))
    }

    @Test func aOneOfSetIsDrawnAsItsMembersJoined() throws {
        let view = try Self.timeline("timeline kind:tally")
        #expect(view.items.allSatisfy { $0.shape == .oneOf && $0.ranges.count == 2 })
        let text = TimelineRenderer(width: 60).render(view)
        let row = try #require(text.split(separator: "\n").first { $0.contains("ice-sunday-tally-announcement") })
        #expect(row.filter { $0 == "◆" }.count == 2)
        #expect(row.contains("┄┄"))
    }

    @Test func openEndsReachTheEdgesAsArrows() throws {
        let text = TimelineRenderer(width: 60).render(try Self.timeline("timeline"))
        let lines = text.split(separator: "\n")
        let open = try #require(lines.first { $0.contains("newsclips-video") })
        #expect(open.hasPrefix("◀"))
        let context = try #require(lines.first { $0.contains("enforcement-swings-since-1990s") })
        #expect(context.hasSuffix("▶") && context.count == 60)
    }

    @Test func everyEventIsLabelledWithItsKindLetterAndId() throws {
        let view = try Self.timeline("timeline")
        let text = TimelineRenderer(width: 100).render(view)
        for item in view.items { #expect(text.contains("\(item.letter) \(item.id)")) }
        #expect(text.contains("kinds: A assessment  B briefing  C context"))
    }

    @Test func anEmptySelectionSaysSo() throws {
        let view = try Self.timeline("timeline kind:tally and on 1995")
        #expect(TimelineRenderer(width: nil).render(view) == "no events match\n")
        let chart = try Self.chart("chart arrests kind:briefing")
        #expect(ChartRenderer(width: nil).render(chart) == "no figures of arrests\n")
    }

    @Test func barsAreProportionalToTheirValues() {
        let scale = ChartScale(maximum: 1_500, columns: 60)
        #expect(scale.cells(1_500) == 60)
        #expect(scale.cells(750) == 30)
        #expect(scale.cells(956) == 38)
        let bar = scale.bar(.range(1_200, 1_500))
        #expect(bar.filter { $0 == "█" }.count == 48)
        #expect(bar.filter { $0 == "▒" }.count == 12)
    }

    @Test func aCountChartGetsTheBandOfItsPerDayTarget() throws {
        let view = try Self.chart("chart arrests")
        #expect(view.rows.map(\.source) == ["ice", "nbc-news"])
        #expect(view.rows.allSatisfy { $0.label == "Sunday, 2025-01-26 or 2025-02-02 (uncertain)" })
        #expect(view.bands.map(\.metric.id) == ["daily-arrest-target"])
        #expect(view.bands.first?.value == .range(1_200, 1_500))
        let text = ChartRenderer(width: 80).render(view)
        let rows = text.split(separator: "\n").filter { $0.hasPrefix("  ice") || $0.hasPrefix("  nbc-news") }
        #expect(rows.count == 2)
        #expect(rows.allSatisfy { $0.contains("┆") })
        #expect(text.contains("┆ daily-arrest-target 1,200–1,500 arrests/day"))
    }

    @Test func targetsAndOtherUnitsGetNoBand() throws {
        #expect(try Self.chart("chart daily-arrest-target").bands.isEmpty)
        #expect(try Self.chart("chart share-without-criminal-record").bands.isEmpty)
    }

    @Test func hedgedValuesAndRangesAreLabelled() throws {
        let share = ChartRenderer(width: 80).render(try Self.chart("chart share-without-criminal-record"))
        #expect(share.contains("~52") && share.contains("~50"))
        let target = ChartRenderer(width: 80).render(try Self.chart("chart daily-arrest-target"))
        #expect(target.contains("▒▒  1,200–1,500"))
    }

    @Test func anUnknownMetricSuggestsTheNearest() throws {
        #expect {
            _ = try Self.result("chart arests")
        } throws: { error in
            let diagnostic = error as? Diagnostic
            return diagnostic?.message == "no metric 'arests'" && diagnostic?.span?.start == 6
                && diagnostic?.notes.contains("did you mean 'arrests'?") == true
        }
    }

    @Test func jsonHasLanesBoundsAndBands() throws {
        let timeline = JSONWriter.write(TimelineRenderer.json(try Self.timeline("timeline kind:tally")))
        #expect(timeline.contains(#""ranges":[{"first":"2025-01-26","last":"2025-01-26"}"#))
        #expect(timeline.contains(#""lane":1"#))
        let chart = JSONWriter.write(ChartRenderer.json(try Self.chart("chart arrests")))
        #expect(chart.contains(#""bands":[{"metric":"daily-arrest-target""#))
    }
}
