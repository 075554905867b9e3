import TimelineCore

/// Lays out `check`: one block per finding shown (severity, rule, message,
/// events, sources, arithmetic), then the counts: when findings were left out,
/// how many and each rule's numbers first. Messages wrap only on a terminal.
struct CheckRenderer {
    var width: Int?

    func render(_ report: CheckReport) -> String {
        let scope = report.query.isEmpty ? "every event" : report.query
        var out =
            "checked  \(Self.plural(report.events, "event")) (\(scope)), \(Self.plural(report.figures, "figure")), "
            + "\(Self.plural(report.rules.count, "rule"))\n"
        for finding in report.findings {
            out += "\n" + block(finding)
        }
        if report.omitted > 0 { out += "\n" + omitted(report) }
        out += "\nresult   " + Self.counts(report)
        if report.failsStrict { out += " (fails --strict)" }
        return out + "\n"
    }

    private func block(_ finding: Finding) -> String {
        var out = finding.severity.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0) + finding.rule + "\n"
        for line in wrapped(finding.message, indent: 2) { out += "  \(line)\n" }
        out += "  events      \(finding.events.joined(separator: ", "))\n"
        out += "  sources     \(finding.sources.joined(separator: ", "))\n"
        for (index, line) in finding.arithmetic.enumerated() {
            out += (index == 0 ? "  arithmetic  " : "              ") + line + "\n"
        }
        return out
    }

    /// What was left out, and what each rule found.
    private func omitted(_ report: CheckReport) -> String {
        var out =
            "shown    the first \(report.findings.count) of \(report.total) findings; "
            + "`check --all` shows every one, `check --limit N` the first N\n"
        let found = report.rules.filter { rule in Severity.allCases.contains { (rule.found[$0] ?? 0) > 0 } }
        let width = found.map(\.name.count).max() ?? 0
        for (index, rule) in found.enumerated() {
            let counts = Severity.allCases.reversed().compactMap { severity -> String? in
                let n = rule.found[severity] ?? 0
                return n == 0 ? nil : Self.plural(n, severity == .info ? "note" : severity.rawValue)
            }
            out +=
                (index == 0 ? "by rule  " : "         ")
                + rule.name.padding(toLength: width + 2, withPad: " ", startingAt: 0) + counts.joined(separator: ", ")
                + "\n"
        }
        return out
    }

    private func wrapped(_ text: String, indent: Int) -> [String] {
        guard let width, width > indent + 20 else { return [text] }
        return TextWrap.lines(text, width: width - indent)
    }

    /// `1 error, 2 warnings, 3 notes`, or `no findings`.
    static func counts(_ report: CheckReport) -> String {
        guard report.total > 0 else { return "no findings" }
        return [
            plural(report.count(.error), "error"), plural(report.count(.warning), "warning"),
            plural(report.count(.info), "note"),
        ].joined(separator: ", ")
    }

    static func plural(_ n: Int, _ noun: String) -> String { n == 1 ? "1 \(noun)" : "\(n) \(noun)s" }

    static func json(_ report: CheckReport) -> JSON {
        [
            "command": "check", "query": .string(report.query), "strict": .bool(report.strict),
            "events": .int(report.events), "figures": .int(report.figures),
            "counts": [
                "error": .int(report.count(.error)), "warning": .int(report.count(.warning)),
                "info": .int(report.count(.info)),
            ],
            "failsStrict": .bool(report.failsStrict),
            "limit": report.limit.map { .int($0) } ?? .null, "omitted": .int(report.omitted),
            "findings": .array(report.findings.map(finding)),
            "rules": .array(
                report.rules.map {
                    [
                        "name": .string($0.name), "summary": .string($0.summary),
                        "severity": .string($0.severity.rawValue),
                        "found": [
                            "error": .int($0.found[.error] ?? 0), "warning": .int($0.found[.warning] ?? 0),
                            "info": .int($0.found[.info] ?? 0),
                        ],
                    ]
                }),
        ]
    }

    private static func finding(_ finding: Finding) -> JSON {
        [
            "rule": .string(finding.rule), "severity": .string(finding.severity.rawValue),
            "message": .string(finding.message), "events": EventJSON.strings(finding.events),
            "sources": EventJSON.strings(finding.sources),
            "figures": .array(
                finding.figures.map { figure in
                    [
                        "event": .string(figure.event), "covers": EventJSON.date(figure.period),
                        "measure": EventJSON.measure(figure.measure),
                    ]
                }),
            "arithmetic": EventJSON.strings(finding.arithmetic),
        ]
    }
}
