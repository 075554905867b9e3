import Testing

@testable import TimelineCore

/// Days apart between fuzzy dates: every possible answer, never one guess.
struct DayDistanceTests {
    static func date(_ text: String) throws -> FuzzyDate { try FuzzyDate.parsePeriod(text) }

    @Test func sameDayIsZeroAndCertain() throws {
        let d = DayDistance(from: try Self.date("2025-01-25"), to: try Self.date("2025-01-25"))
        #expect(d.offsets == [DayOffsets(0, 0)])
        #expect(d.sameDayCertain)
        #expect(d.order == .same)
        #expect(d.exactChoices == [0])
    }

    @Test func exactDaysHaveOneAnswerWithADirection() throws {
        let d = DayDistance(from: try Self.date("2025-01-25"), to: try Self.date("2025-02-05"))
        #expect(d.fewest == 11)
        #expect(d.most == 11)
        #expect(d.order == .after)
        #expect(!d.sameDayPossible)
        let back = DayDistance(from: try Self.date("2025-02-05"), to: try Self.date("2025-01-25"))
        #expect(back.order == .before)
        #expect(back.apart == [DayOffsets(11, 11)])
    }

    @Test func oneOfSetsGiveOnlyTheirChoices() throws {
        let sunday = try Self.date("[2025-01-26,2025-02-02]")
        let d = DayDistance(from: sunday, to: sunday)
        #expect(d.offsets == [DayOffsets(-7, -7), DayOffsets(0, 0), DayOffsets(7, 7)])
        #expect(d.exactChoices == [0, 7])
        #expect(d.sameDayPossible)
        #expect(!d.sameDayCertain)
        #expect(d.order == .either)
        let fromBriefing = DayDistance(from: try Self.date("2025-01-25"), to: sunday)
        #expect(fromBriefing.exactChoices == [1, 8])
    }

    @Test func vagueDatesGiveARange() throws {
        let d = DayDistance(from: try Self.date("2025-W04"), to: try Self.date("2025-W05"))
        #expect(d.apart == [DayOffsets(1, 13)])
        #expect(d.exactChoices == nil)
        #expect(d.order == .after)
        let months = DayDistance(from: try Self.date("2025-01"), to: try Self.date("2025-01-15"))
        #expect(months.apart == [DayOffsets(0, 16)], "Jan. 31 is 16 days after the 15th")
        #expect(months.sameDayPossible)
        #expect(months.order == .either)
    }

    @Test func openEndedDatesAreUnboundedDaysApart() throws {
        let d = DayDistance(from: try Self.date("199X/.."), to: try Self.date("2025-02-05"))
        #expect(d.most == nil)
        #expect(d.fewest == 0)
        #expect(d.sameDayPossible)
        let before = DayDistance(from: try Self.date("../2025-02-05"), to: try Self.date("2025-03-01"))
        #expect(before.fewest == 24)
        #expect(before.most == nil)
        #expect(before.order == .after)
    }

    @Test func noRangesMeansNoDistance() {
        #expect(DayDistance(from: [], to: [DayRange.unbounded]) == nil)
    }

    @Test func offsetsMergeWhenTheyTouch() {
        #expect(
            DayOffsets.merged([DayOffsets(3, 5), DayOffsets(0, 2), DayOffsets(9, 9)]) == [
                DayOffsets(0, 5), DayOffsets(9, 9),
            ])
        #expect(DayOffsets.merged([DayOffsets(nil, 1), DayOffsets(0, nil)]) == [DayOffsets(nil, nil)])
        #expect(DayOffsets(nil, -2).magnitudes == DayOffsets(2, nil))
        #expect(DayOffsets(-3, 5).magnitudes == DayOffsets(0, 5))
    }
}
