/// Runs the rules of `check` over a set of events.
///
/// Each rule sees what the ones before it in ``rules`` found (so `vague-date`,
/// last, can qualify their conclusions). The findings come back
/// most severe first, in rule order within a severity; with a limit, only the
/// first so many are made, and every one is counted.
///
/// ```swift
/// let input = CheckInput(events: selection.array, store: store)
/// let outcome = CheckEngine.run(input, limit: 100)
/// outcome.count(.error) > 0
/// ```
/// - Complexity: O(*m* log *m*) in the number of figures *m*, plus the distinct
///   periods one-of sets meet, plus the findings made (see ``ConflictIndex``).
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
    ///
    /// The conflict index the listing rules share (``CheckContext``: the longest step on
    /// event-level data) is built on a second thread while the other rules run, and the
    /// listing rules work out what they find from the input alone; then the listing rules
    /// list, in order. A rule that does not list is given the findings the rules before it
    /// made, as before: the listing rules' pairs are not made, so it never saw those.
    public static func run(_ input: CheckInput, rules: [any CheckRule] = rules, limit: Int) -> CheckOutcome {
        let needsContext = rules.contains { $0 is any ListingRule }
        let ((found, own), context) = sideBySide(
            {
                var found = [FindingList?](repeating: nil, count: rules.count)
                var own = [FindingList.Part?](repeating: nil, count: rules.count)
                var made: [Finding] = []
                for (k, rule) in rules.enumerated() {
                    if Interruption.isRequested { break }  // the caller checks and throws the report away
                    if let listing = rule as? any ListingRule {
                        own[k] = listing.ownPart(in: input)
                        continue
                    }
                    let list = FindingList(rule.findings(in: input, earlier: made))
                    made += list.madeFindings
                    found[k] = list
                }
                return (found, own)
            }, { needsContext ? CheckContext(input) : nil })
        var lists: [FindingList] = []
        for (k, rule) in rules.enumerated() {
            if Interruption.isRequested { break }
            if let listing = rule as? any ListingRule, let context {
                lists.append(listing.list(in: input, earlier: lists, context: context, own: own[k]))
            } else if let list = found[k] {
                lists.append(list)
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
    /// The findings it makes from the input alone, neither from the other rules' findings
    /// nor from the context, as a part of its list: worked out while the context is built.
    func ownPart(in input: CheckInput) -> FindingList.Part?

    /// Its findings, counted and made as shown; `own` is what ``ownPart(in:)`` gave.
    func list(in input: CheckInput, earlier: [FindingList], context: CheckContext, own: FindingList.Part?)
        -> FindingList
}

extension ListingRule {
    func ownPart(in input: CheckInput) -> FindingList.Part? { nil }
}
