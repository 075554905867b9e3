import TimelineCore

extension Session {
    /// `check [FILTER] [--strict]`: runs every rule of ``CheckEngine`` over the selected events.
    func check(_ filter: Filter, strict: Bool) throws(Diagnostic) -> CheckReport {
        let events = Array(try select(filter))
        let findings = CheckEngine.run(CheckInput(events: events, store: store))
        return CheckReport(
            query: filter.description, events: events.count, figures: events.map(\.measures.count).reduce(0, +),
            rules: CheckEngine.rules.map { .init(name: $0.name, summary: $0.summary, severity: $0.severity) },
            findings: findings, strict: strict)
    }
}
