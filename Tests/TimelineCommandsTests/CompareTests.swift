import BuiltinData
import Testing
import TimelineCore

@testable import TimelineCommands

/// `compare` on the built-in timeline, checked as values (the transcript checks the text).
struct CompareTests {
    static func compare(_ line: String) throws -> CompareReport {
        var session = try SessionTests.session()
        guard case .compare(let report) = try SessionTests.run(line, in: &session) else {
            throw Diagnostic.error("not a comparison")
        }
        return report
    }

    static func error(_ line: String) throws -> Diagnostic? {
        var session = try SessionTests.session()
        do {
            _ = try SessionTests.run(line, in: &session)
            return nil
        } catch let diagnostic as Diagnostic {
            return diagnostic
        }
    }

    @Test func twoTalliesOfTheSameSunday() throws {
        let report = try Self.compare("compare ice-sunday-tally-announcement with nbc-sunday-tally-data")
        #expect(report.distance?.exactChoices == [0, 7])
        #expect(report.distance?.sameDayPossible == true)
        let arrests = try #require(report.rows.first { $0.left?.metric == "arrests" })
        #expect(arrests.kind == .same)
        #expect(arrests.difference == Quantity(223))
        #expect(try #require(arrests.change).lower > 23.3)
        let share = try #require(report.rows.first { $0.left?.metric == "share-without-criminal-record" })
        #expect(share.inPoints)
        #expect(share.difference == Quantity(2, approximate: true))
        #expect(report.onlyRight.map(\.metric) == ["criminal-arrests", "arrests-without-criminal-record"])
        #expect(report.onlyLeft.isEmpty)
    }

    @Test func aTallyAgainstTheDailyTargetIsAPercentOfTarget() throws {
        let report = try Self.compare("compare ice-sunday-tally-announcement with arrest-target-directive-2025-01")
        let row = try #require(report.rows.first)
        #expect(row.kind == .tallyAgainstRate)
        let target = try #require(row.target)
        #expect(target.tallySide == .left)
        #expect(target.days == 1)
        #expect(target.word == "target")
        #expect(target.gap?.shortfall == Quantity(244, 544))
        #expect(CompareRounding.percent(try #require(target.percent)) == "64–80")
        #expect(
            report.notes.contains {
                $0.level == .warning
                    && $0.text
                        == "arrests (a one-day count) compared with daily-arrest-target (a rate per day): treated as one day's arrests against one day's target"
            })
        #expect(report.distance?.order == .before)
        #expect(report.distance?.apart == [DayOffsets(1, 6), DayOffsets(8, 13)], "the Sunday is one of two")
    }

    @Test func onAMetricOneSideLacksSaysSoAndHoldsItAgainstTheRate() throws {
        let report = try Self.compare("compare ice-leadership-call-2025-01-25 with nbc-sunday-tally-data on arrests")
        #expect(report.rows.count == 1)
        #expect(report.rows[0].target?.tallySide == .right)
        #expect(report.rows[0].left?.metric == "field-office-daily-minimum")
        #expect(report.onlyLeft.isEmpty && report.onlyRight.isEmpty)
        #expect(report.notes.contains { $0.text.hasPrefix("arrests (a one-day count) compared with field-office") })
        #expect(!report.notes.contains { $0.text.hasPrefix("~") }, "no hedged figure is shown")
    }

    @Test func differentMetricsWithTheSameUnitAreNeverPaired() throws {
        let report = try Self.compare(
            "compare ice-sunday-tally-announcement with nbc-sunday-tally-data on criminal-arrests")
        #expect(report.rows.map(\.kind) == [.missing])
        #expect(report.rows[0].left == nil)
        #expect(report.rows[0].right?.metric == "criminal-arrests")
        #expect(
            report.notes.contains { $0.text.hasPrefix("A has no criminal-arrests figure (it has figures of arrests") })
    }

    @Test func periodsCountKindsAndAddUpCounts() throws {
        let report = try Self.compare("compare 2025-W04 with 2025-W05")
        #expect(report.left.kind == .period)
        #expect(report.left.kinds.first == CompareReport.KindCount(kind: "coverage", count: 7))
        let arrests = try #require(report.left.metrics.first { $0.metric == "arrests" })
        #expect(arrests.combination == .sum)
        #expect(arrests.aggregate?.count == 2)
        #expect(arrests.value == Quantity(2_135))
        #expect(arrests.days == 7)
        let share = try #require(report.left.metrics.first { $0.metric == "share-without-criminal-record" })
        #expect(share.combination == .mean, "percentages are averaged, never added")
        #expect(
            report.notes.contains {
                $0.text.hasPrefix("the sum of arrests in 2025-W04 adds figures whose dates may overlap")
            })
        #expect(report.distance?.apart == [DayOffsets(1, 13)])
    }

    @Test func selectionsInParenthesesAndByName() throws {
        let report = try Self.compare("compare (kind:tally) with (kind:report)")
        #expect(report.left.events.count == 2)
        #expect(report.right.kinds == [CompareReport.KindCount(kind: "report", count: 2)])
        #expect(report.rows.isEmpty)
        var session = try SessionTests.session()
        _ = try SessionTests.run("let tallies = kind:tally", in: &session)
        guard case .compare(let named) = try SessionTests.run("compare $tallies with 2025-01", in: &session) else {
            Issue.record("not a comparison")
            return
        }
        #expect(named.left.label == "$tallies")
        #expect(named.left.title == "kind:tally")
    }

    @Test func unknownIdsAndMetricsSuggestTheNearest() throws {
        let id = try #require(try Self.error("compare ice-sunday-tally-anouncement with nbc-sunday-tally-data"))
        #expect(id.message == "no event with id 'ice-sunday-tally-anouncement'")
        #expect(id.notes == ["did you mean 'ice-sunday-tally-announcement'?"])
        #expect(id.span?.start == 8)
        let metric = try #require(
            try Self.error("compare ice-sunday-tally-announcement with nbc-sunday-tally-data on arests"))
        #expect(metric.message == "unknown metric 'arests'")
        #expect(metric.notes == ["did you mean 'arrests'?"])
    }

    @Test func jsonCarriesUnroundedNumbersInAStableShape() throws {
        let report = try Self.compare("compare ice-sunday-tally-announcement with arrest-target-directive-2025-01")
        guard case .object(let members) = CompareRenderer.json(report) else {
            Issue.record("not an object")
            return
        }
        #expect(
            members.map(\.key) == ["command", "metric", "a", "b", "daysApart", "metrics", "onlyA", "onlyB", "notes"])
        let text = JSONWriter.write(CompareRenderer.json(report))
        #expect(text.contains("\"percentOfTarget\":{\"low\":63.733333333333334,\"high\":79.66666666666666"))
        #expect(text.contains("\"shortfall\":{\"low\":244,\"high\":544,\"approximate\":false}"))
    }
}
