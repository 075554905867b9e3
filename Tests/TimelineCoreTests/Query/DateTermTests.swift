import Testing

@testable import TimelineCore

/// An event date against a date term, with the expected answer in each mode.
struct DateCase: CustomTestStringConvertible, Sendable {
    var event: String
    var relation: DateTerm.Relation
    var period: String
    var possibly: Bool
    var certainly: Bool

    init(_ event: String, _ relation: DateTerm.Relation, _ period: String, _ possibly: Bool, _ certainly: Bool) {
        (self.event, self.relation, self.period) = (event, relation, period)
        (self.possibly, self.certainly) = (possibly, certainly)
    }

    var testDescription: String { "\(event) vs \(relation.rawValue) \(period)" }
}

struct DateTermTests {
    static let yes = true
    static let no = false

    static let table: [DateCase] = [
        // Day precision.
        .init("2025-01-15", .on, "2025-01-15", yes, yes),
        .init("2025-01-15", .on, "2025-01-16", no, no),
        .init("2025-01-15", .in, "2025-W03", yes, yes),  // Jan 13–19
        .init("2025-01-15", .from, "2025-01-15", yes, yes),
        .init("2025-01-15", .from, "2025-01-16", no, no),
        .init("2025-01-15", .to, "2025-01-15", yes, yes),
        .init("2025-01-15", .to, "2025-01-14", no, no),
        .init("2025-01-15", .during, "2025", yes, yes),
        // Month precision.
        .init("2025-01", .on, "2025-01-15", yes, no),
        .init("2025-01", .in, "2025-01", yes, yes),
        .init("2025-01", .in, "2025-Q1", yes, yes),
        .init("2025-01", .in, "2025-W05", yes, no),  // Jan 27–Feb 2 straddles the month end
        .init("2025-01", .from, "2025-02-01", no, no),
        .init("2025-01", .from, "2025-01", yes, yes),
        .init("2025-01", .from, "2025-01-31", yes, no),
        .init("2025-01", .to, "2025-01-15", yes, no),
        .init("2025-01", .to, "2025-01", yes, yes),
        .init("2025-01", .to, "2024", no, no),
        .init("2025-01", .in, "2020s", yes, yes),
        .init("2025-XX", .in, "2025-Q1", yes, no),
        // Decade precision.
        .init("199X", .in, "1995", yes, no),
        .init("199X", .in, "1990s", yes, yes),
        .init("199X", .in, "1980s", no, no),
        .init("199X", .from, "1995", yes, no),
        .init("199X", .to, "1999", yes, yes),
        .init("199X", .to, "1989-12-31", no, no),
        // Qualifiers: same bounds, never certain.
        .init("199X?", .in, "1990s", yes, no),
        .init("2025-01-15?", .on, "2025-01-15", yes, no),
        .init("2025-01~", .in, "2025-01", yes, no),
        .init("2025-01~", .in, "2025-02", no, no),
        .init("2025%", .in, "2020s", yes, no),
        // Intervals.
        .init("2025-01-20/2025-01-25", .in, "2025-01", yes, yes),
        .init("2025-01-20/2025-01-25", .in, "2025-W04", yes, yes),  // Jan 20–26
        .init("2025-01-20/2025-01-25", .on, "2025-01-22", yes, no),
        .init("2025-01-20/2025-01-25", .from, "2025-01-25", yes, no),
        .init("2025-01-20/2025-01-25", .to, "2025-01-19", no, no),
        .init("2025-01-20/2025-01-25?", .in, "2025-01", yes, no),
        // Open and unknown ends: possibly at most.
        .init("199X/..", .in, "1990s", yes, no),
        .init("199X/..", .from, "1990", yes, no),
        .init("199X/..", .in, "2025", yes, no),
        .init("199X/..", .to, "1989", no, no),
        .init("199X/..", .in, "1980s", no, no),
        .init("../2025-02-05", .in, "1990s", yes, no),
        .init("../2025-02-05", .to, "2025-02-05", yes, no),
        .init("../2025-02-05", .from, "2025-02-06", no, no),
        .init("2025-01-20/", .from, "2025-01-20", yes, no),
        .init("2025-01-20/", .in, "2030", yes, no),
        .init("2025-01-20/", .to, "2025-01-19", no, no),
        .init("/2025-01-20", .in, "2025-01", yes, no),
        .init("/2025-01-20", .from, "2025-01-21", no, no),
        // One-of set: two single days, not the week between.
        .init("[2025-01-26,2025-02-02]", .on, "2025-01-28", no, no),
        .init("[2025-01-26,2025-02-02]", .on, "2025-01-26", yes, no),
        .init("[2025-01-26,2025-02-02]", .on, "2025-02-02", yes, no),
        .init("[2025-01-26,2025-02-02]", .in, "2025-W05", yes, no),  // Jan 27–Feb 2
        .init("[2025-01-26,2025-02-02]", .in, "2025-W04", yes, no),  // Jan 20–26
        .init("[2025-01-26,2025-02-02]", .in, "2025-01", yes, no),
        .init("[2025-01-26,2025-02-02]", .in, "2025-Q1", yes, yes),
        .init("[2025-01-26,2025-02-02]", .in, "2025-01-27/2025-02-01", no, no),
        .init("[2025-01-26,2025-02-02]", .from, "2025-01-26", yes, yes),
        .init("[2025-01-26,2025-02-02]", .from, "2025-01-27", yes, no),
        .init("[2025-01-26,2025-02-02]", .from, "2025-02-03", no, no),
        .init("[2025-01-26,2025-02-02]", .to, "2025-02-02", yes, yes),
        .init("[2025-01-26,2025-02-02]", .to, "2025-01-25", no, no),
        .init("[2025-01,2025-03]", .in, "2025-02", no, no),
        .init("[2025-01,2025-03]", .in, "2025-Q1", yes, yes),
    ]

    @Test(arguments: table)
    func possiblyAndCertainly(_ c: DateCase) throws {
        let date = try FuzzyDate.parse(c.event)
        let matcher = FilterMatcher(store: TimelineStore())
        #expect(matcher.matches(try makeDateTerm(c.relation, c.period, .possibly), date) == c.possibly)
        #expect(matcher.matches(try makeDateTerm(c.relation, c.period, .certainly), date) == c.certainly)
    }

    /// A term without a mode takes the matcher's default; a term with one ignores the default.
    @Test(arguments: MatchMode.allCases)
    func termModeOverridesDefault(_ defaultMode: MatchMode) throws {
        let month = try FuzzyDate.parse("2025-01")
        let matcher = FilterMatcher(store: TimelineStore(), defaultMode: defaultMode)
        #expect(matcher.matches(try makeDateTerm(.on, "2025-01-15"), month) == (defaultMode == .possibly))
        #expect(matcher.matches(try makeDateTerm(.on, "2025-01-15", .possibly), month))
        #expect(!matcher.matches(try makeDateTerm(.on, "2025-01-15", .certainly), month))
    }

    /// The Sunday tallies are certainly between the two Sundays when that is
    /// written as two terms, though not certainly in any week.
    @Test
    func setBetweenTwoTermsThroughTheStore() throws {
        let store = try makeStore([
            try makeEvent("sunday", "[2025-01-26,2025-02-02]"),
            try makeEvent("month", "2025-01"),
            try makeEvent("wednesday", "2025-01-29"),
        ])
        let between = Filter.and([try when(.from, "2025-01-26"), try when(.to, "2025-02-02")])
        #expect(try store.ids(between, defaultMode: .certainly) == ["sunday", "wednesday"])
        #expect(try store.ids(between, defaultMode: .possibly) == ["month", "sunday", "wednesday"])
        #expect(try store.ids(try when(.in, "2025-W05"), defaultMode: .certainly) == ["wednesday"])
        #expect(try store.ids(try when(.in, "2025-W05"), defaultMode: .possibly) == ["month", "sunday", "wednesday"])
        // Neither Sunday is the 28th; only the month may contain it.
        #expect(try store.ids(try when(.on, "2025-01-28")) == ["month"])
    }

    /// `to D` and `from D` take the last and first day of D.
    @Test
    func relationRanges() throws {
        let q1 = try makeDateTerm(.from, "2025-Q1")
        #expect(FilterMatcher.range(of: q1).lower?.description == "2025-01-01")
        #expect(FilterMatcher.range(of: q1).upper == nil)
        let to = try makeDateTerm(.to, "2025-Q1")
        #expect(FilterMatcher.range(of: to).lower == nil)
        #expect(FilterMatcher.range(of: to).upper?.description == "2025-03-31")
        for relation in [DateTerm.Relation.on, .in, .during] {
            let term = try makeDateTerm(relation, "2025-Q1")
            #expect(FilterMatcher.range(of: term) == term.date.bounds)
        }
    }
}
