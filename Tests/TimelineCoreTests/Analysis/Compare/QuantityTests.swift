import Testing

@testable import TimelineCore

/// The arithmetic of `compare` at its edges: zero, ranges, negatives, hedged figures.
struct QuantityTests {
    @Test func differenceOfRangesIsARange() {
        #expect(Quantity.difference(from: Quantity(956), to: Quantity(1_179)) == Quantity(223))
        #expect(Quantity.difference(from: Quantity(956), to: Quantity(1_200, 1_500)) == Quantity(244, 544))
        #expect(Quantity.difference(from: Quantity(10, 20), to: Quantity(15)) == Quantity(-5, 5))
        #expect(Quantity.difference(from: Quantity(1, 2), to: Quantity(10, 20)) == Quantity(8, 19))
    }

    @Test func divisionByZeroIsNotANumber() {
        #expect(Quantity.ratio(Quantity(5), to: Quantity(0)) == nil)
        #expect(Quantity.ratio(Quantity(0), to: Quantity(0)) == nil)
        #expect(Quantity.ratio(Quantity(5), to: Quantity(-1, 1)) == nil, "a range that holds zero may be zero")
        #expect(Quantity.percentChange(from: Quantity(0), to: Quantity(7)) == nil)
        #expect(Quantity(956).percent(of: Quantity(0)) == nil)
        #expect(Quantity.ratio(Quantity(0), to: Quantity(4)) == Quantity(0))
    }

    @Test func ratiosAndChangesOverRanges() throws {
        let ratio = try #require(Quantity.ratio(Quantity(1_179), to: Quantity(956)))
        #expect(abs(ratio.lower - 1.2333) < 0.0001)
        let change = try #require(Quantity.percentChange(from: Quantity(956), to: Quantity(1_179)))
        #expect(abs(change.lower - 23.33) < 0.01)
        #expect(Quantity.ratio(Quantity(10, 20), to: Quantity(2, 5)) == Quantity(2, 10))
        #expect(Quantity.ratio(Quantity(-10), to: Quantity(-2)) == Quantity(5))
        #expect(Quantity.percentChange(from: Quantity(100), to: Quantity(50)) == Quantity(-50))
    }

    @Test func percentOfATargetRangeAndTheGapAtBothEnds() throws {
        let percent = try #require(Quantity(956).percent(of: Quantity(1_200, 1_500)))
        #expect(abs(percent.lower - 63.733) < 0.001)
        #expect(abs(percent.upper - 79.667) < 0.001)
        #expect(CompareRounding.percent(percent) == "64–80")
        let gap = Quantity(956).gap(to: Quantity(1_200, 1_500))
        #expect(gap.fromLowEnd == Quantity(-244))
        #expect(gap.fromHighEnd == Quantity(-544))
        #expect(gap.standing == .short)
        #expect(gap.shortfall == Quantity(244, 544))
        #expect(gap.excess == nil)
    }

    @Test(arguments: [
        (Quantity(1_600), TargetGap.Standing.over),
        (Quantity(1_300), .within),
        (Quantity(1_200), .within),
        (Quantity(1_000, 1_300), .unclear),
        (Quantity(1_199), .short),
    ])
    func standingAgainstATarget(_ value: Quantity, _ standing: TargetGap.Standing) {
        #expect(value.gap(to: Quantity(1_200, 1_500)).standing == standing)
    }

    @Test func excessRunsFromTheHighEndToTheLowEnd() {
        #expect(Quantity(1_600).gap(to: Quantity(1_200, 1_500)).excess == Quantity(100, 400))
        #expect(Quantity(1_179).gap(to: Quantity(75)).excess == Quantity(1_104))
    }

    @Test func hedgedFiguresStayHedged() throws {
        let a = Quantity(50, approximate: true)
        let b = Quantity(52, approximate: true)
        #expect(Quantity.difference(from: a, to: b).approximate)
        #expect(try #require(Quantity.ratio(b, to: Quantity(2))).approximate)
        #expect(Quantity(956).gap(to: Quantity(1_000, approximate: true)).fromLowEnd.approximate)
        #expect(CompareRounding.figure(Quantity.difference(from: a, to: b), signed: true) == "~+2")
    }

    @Test func sumsAndMeansCountTheirFigures() throws {
        #expect(Aggregate([]) == nil)
        let total = try #require(Aggregate([Quantity(956), Quantity(1_179)]))
        #expect(total.count == 2)
        #expect(total.sum == Quantity(2_135))
        #expect(total.mean == Quantity(1_067.5))
        let ranges = try #require(Aggregate([Quantity(1_200, 1_500), Quantity(75), Quantity(0, approximate: true)]))
        #expect(ranges.sum == Quantity(1_275, 1_575, approximate: true))
        #expect(ranges.mean == Quantity(425, 525, approximate: true))
    }

    @Test(arguments: [
        (Quantity(63.733, 79.667), false, "64–80"),
        (Quantity(79.5), false, "80"),
        (Quantity(-2.5), true, "-3"),
        (Quantity(23.33), true, "+23"),
        (Quantity(0), true, "0"),
        (Quantity(0.4), false, "0.4"),
        (Quantity(10.2, 10.4), false, "10.2–10.4"),
        (Quantity(4, approximate: true), true, "~+4"),
    ])
    func percentagesRoundToWholeNumbersUnlessThatHidesSomething(_ value: Quantity, _ signed: Bool, _ text: String) {
        #expect(CompareRounding.percent(value, signed: signed) == text)
    }

    @Test func ratiosRoundToTwoDecimals() {
        #expect(CompareRounding.ratio(Quantity(1.2333)) == "1.23")
        #expect(CompareRounding.ratio(Quantity(0.6373, 0.7967)) == "0.64–0.80")
        #expect(CompareRounding.figure(Quantity(1_067.5)) == "1,067.5")
        #expect(CompareRounding.figure(Quantity(-544, -244)) == "-544–-244")
    }

    @Test(arguments: [
        ("arrests", UnitReading.count("arrests")),
        ("arrests/day", .perDay("arrests")),
        ("arrests per day", .perDay("arrests")),
        ("percent", .percent),
        ("%", .percent),
    ])
    func unitsSayHowFiguresCombine(_ unit: String, _ reading: UnitReading) {
        #expect(UnitReading(unit) == reading)
    }

    @Test func onlyATallyAndARateOfTheSameThingPair() {
        #expect(UnitReading.countAgainstRate(count: "arrests", rate: "arrests/day") == "arrests")
        #expect(UnitReading.countAgainstRate(count: "people", rate: "arrests/day") == nil)
        #expect(UnitReading.countAgainstRate(count: "arrests/day", rate: "arrests") == nil)
        #expect(UnitReading.countAgainstRate(count: "percent", rate: "percent/day") == nil)
    }
}
