/// Runs the rules of `check` over a set of events.
///
/// Rules run in order, each seeing what the ones before it found (so
/// `vague-date`, last, can qualify their conclusions). The findings come back
/// most severe first, in rule order within a severity; with a limit, only the
/// first so many are made, and every one is counted.
///
/// ```swift
/// let input = CheckInput(events: selection.array, store: store)
/// let outcome = CheckEngine.run(input, limit: 100)
/// outcome.count(.error) > 0
/// ```
/// - Complexity: O(*m* log *m*) in the number of figures *m*, plus the ranges
///   one-of sets meet, plus the findings made (see ``ConflictIndex``).
public enum CheckEngine {
    /// Every rule, in the order they run.
    public static let rules: [any CheckRule] = [
        StatedShareRule(), PartsTotalRule(), ConflictingValuesRule(), ShareBaseRule(), MixedUnitsRule(),
        HedgeWordingRule(), NoWordingRule(), VagueDateRule(),
    ]

    /// Every finding, most severe first.
    public static func run(_ input: CheckInput, rules: [any CheckRule] = rules) -> [Finding] {
        run(input, rules: rules, limit: Int.max).findings
    }

    /// The first `limit` findings, most severe first, and the numbers of all.
    public static func run(_ input: CheckInput, rules: [any CheckRule] = rules, limit: Int) -> CheckOutcome {
        let context = CheckContext(input)
        var lists: [FindingList] = []
        for rule in rules {
            if Interruption.isRequested { break }  // the caller checks and throws the report away
            if let listing = rule as? any ListingRule {
                lists.append(listing.list(in: input, earlier: lists, context: context))
            } else {
                lists.append(FindingList(rule.findings(in: input, earlier: lists.flatMap(\.madeFindings))))
            }
        }
        var shown: [Finding] = []
        for severity in Severity.allCases.reversed() {
            for list in lists where shown.count < limit {
                shown += list.first(limit - shown.count, of: severity)
            }
        }
        let counts = zip(rules, lists).map { rule, list in
            (rule: rule.name, found: Dictionary(uniqueKeysWithValues: Severity.allCases.map { ($0, list.count($0)) }))
        }
        return CheckOutcome(findings: shown, counts: counts)
    }
}

/// What the engine works out once for the rules that list their findings.
struct CheckContext {
    let conflicts: ConflictIndex
    let counts: ConflictIndex.Counts

    init(_ input: CheckInput) {
        conflicts = ConflictIndex(input)
        counts = conflicts.counts()
    }
}

/// A rule whose findings may be too many to make: it lists them (``FindingList``).
protocol ListingRule: CheckRule {
    func list(in input: CheckInput, earlier: [FindingList], context: CheckContext) -> FindingList
}
