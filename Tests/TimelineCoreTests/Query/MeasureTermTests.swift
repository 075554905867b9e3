import Testing

@testable import TimelineCore

/// A stated figure compared with a number, with the expected answer in each mode.
struct CompareCase: CustomTestStringConvertible, Sendable {
    var value: MeasureValue
    var comparison: MeasureTerm.Comparison
    var number: Double
    var possibly: Bool
    var certainly: Bool

    init(
        _ value: MeasureValue, _ comparison: MeasureTerm.Comparison, _ number: Double, _ possibly: Bool,
        _ certainly: Bool
    ) {
        (self.value, self.comparison, self.number) = (value, comparison, number)
        (self.possibly, self.certainly) = (possibly, certainly)
    }

    var testDescription: String { "\(value.formatted) \(comparison.rawValue) \(number)" }
}

struct MeasureTermTests {
    static let target = MeasureValue.range(1200, 1500)
    static let tally = MeasureValue.exact(956)
    static let (yes, no) = (true, false)

    static let table: [CompareCase] = [
        // A range: possibly when some value satisfies, certainly when all do; bounds are values.
        .init(target, .greaterThan, 1300, yes, no),
        .init(target, .greaterThan, 1199, yes, yes),
        .init(target, .greaterThan, 1200, yes, no),
        .init(target, .greaterThan, 1500, no, no),
        .init(target, .greaterOrEqual, 1200, yes, yes),
        .init(target, .greaterOrEqual, 1300, yes, no),
        .init(target, .greaterOrEqual, 1500, yes, no),
        .init(target, .greaterOrEqual, 1501, no, no),
        .init(target, .lessThan, 1300, yes, no),
        .init(target, .lessThan, 1200, no, no),
        .init(target, .lessThan, 1500, yes, no),
        .init(target, .lessThan, 1501, yes, yes),
        .init(target, .lessOrEqual, 1199, no, no),
        .init(target, .lessOrEqual, 1200, yes, no),
        .init(target, .lessOrEqual, 1500, yes, yes),
        .init(target, .equal, 1300, yes, no),
        .init(target, .equal, 1200, yes, no),
        .init(target, .equal, 1500, yes, no),
        .init(target, .equal, 1501, no, no),
        .init(target, .notEqual, 1300, yes, no),
        .init(target, .notEqual, 1200, yes, no),
        .init(target, .notEqual, 1501, yes, yes),
        .init(target, .notEqual, 1199, yes, yes),
        // An exact value: both modes agree.
        .init(tally, .greaterThan, 956, no, no),
        .init(tally, .greaterThan, 955.5, yes, yes),
        .init(tally, .greaterOrEqual, 956, yes, yes),
        .init(tally, .lessThan, 956, no, no),
        .init(tally, .lessThan, 957, yes, yes),
        .init(tally, .lessOrEqual, 955, no, no),
        .init(tally, .lessOrEqual, 956, yes, yes),
        .init(tally, .equal, 956, yes, yes),
        .init(tally, .equal, 957, no, no),
        .init(tally, .notEqual, 956, no, no),
        .init(tally, .notEqual, 957, yes, yes),
        // A range of one value is an exact value.
        .init(.range(5, 5), .equal, 5, yes, yes),
        .init(.range(5, 5), .notEqual, 5, no, no),
    ]

    @Test(arguments: table)
    func compare(_ c: CompareCase) {
        #expect(FilterMatcher.compare(c.value, c.comparison, c.number, mode: .possibly) == c.possibly)
        #expect(FilterMatcher.compare(c.value, c.comparison, c.number, mode: .certainly) == c.certainly)
    }

    static let store: TimelineStore? = try? makeStore(
        [
            try makeEvent("directive", "2025-01-22", measures: [makeMeasure("daily-arrest-target", target)]),
            try makeEvent("ice-tally", "2025-01-26", measures: [makeMeasure("arrests", tally)]),
            try makeEvent(
                "nbc-tally", "2025-01-26",
                measures: [makeMeasure("arrests", .exact(1179)), makeMeasure("criminal-arrests", .exact(613))]),
            try makeEvent("no-figures", "2025-01-27"),
        ],
        metrics: ["arrests", "criminal-arrests", "daily-arrest-target"])

    /// `filter` with the default mode, and the ids it selects.
    struct SelectCase: CustomTestStringConvertible, Sendable {
        var filter: Filter
        var mode: MatchMode
        var ids: [String]
        var testDescription: String { "\(mode.rawValue): \(filter)" }
    }

    static let selections: [SelectCase] = [
        .init(filter: measure("arrests", .greaterThan, 1000), mode: .possibly, ids: ["nbc-tally"]),
        .init(filter: measure("arrests", .greaterThan, 900), mode: .certainly, ids: ["ice-tally", "nbc-tally"]),
        // Only measures of the named metric count: 1,200–1,500 is a target, not arrests.
        .init(filter: measure("arrests", .greaterOrEqual, 1200), mode: .possibly, ids: []),
        .init(filter: measure("daily-arrest-target", .greaterThan, 1300), mode: .possibly, ids: ["directive"]),
        .init(filter: measure("daily-arrest-target", .greaterThan, 1300), mode: .certainly, ids: []),
        .init(
            filter: measure("daily-arrest-target", .greaterThan, 1300, .possibly), mode: .certainly, ids: ["directive"]),
        .init(filter: measure("daily-arrest-target", .greaterOrEqual, 1200), mode: .certainly, ids: ["directive"]),
        .init(filter: measure("daily-arrest-target", .equal, 1300), mode: .possibly, ids: ["directive"]),
        .init(filter: measure("daily-arrest-target", .notEqual, 1300), mode: .certainly, ids: []),
        // `not` of a measure term includes the events without that metric.
        .init(
            filter: .not(measure("arrests", .lessThan, 1000)), mode: .possibly,
            ids: ["directive", "nbc-tally", "no-figures"]),
        .init(filter: measure("criminal-arrests", .equal, 613), mode: .certainly, ids: ["nbc-tally"]),
    ]

    @Test(arguments: selections)
    func select(_ c: SelectCase) throws {
        let store = try #require(Self.store)
        #expect(try store.ids(c.filter, defaultMode: c.mode) == c.ids)
    }
}
