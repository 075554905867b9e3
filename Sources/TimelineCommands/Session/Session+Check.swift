import TimelineCore

extension Session {
    /// `check [FILTER] [--strict] [--limit N | --all]`: runs every rule of ``CheckEngine`` over the
    /// selected events; the first `limit` findings are made, every one is counted.
    func check(_ filter: Filter, strict: Bool, limit: Int?) throws(Diagnostic) -> CheckReport {
        let events = try select(filter).array
        let input = CheckInput(events: events, store: store)
        let outcome = CheckEngine.run(input, limit: limit ?? Int.max)
        let rules = zip(CheckEngine.rules, outcome.counts).map { rule, counts in
            CheckReport.Rule(name: rule.name, summary: rule.summary, severity: rule.severity, found: counts.found)
        }
        return CheckReport(
            query: filter.description, events: events.count, figures: input.figures.count,
            rules: rules, findings: outcome.findings, limit: limit, strict: strict)
    }
}
