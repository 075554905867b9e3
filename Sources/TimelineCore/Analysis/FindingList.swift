/// A rule's findings as the engine reads them: exact numbers by severity, and
/// the first few of a severity, in the rule's order, made only when shown.
///
/// Most rules make every finding (`findings`). `conflicting-values`, whose
/// pairs grow with the square of the density, and `vague-date`'s
/// qualifications of them, are kept as pairs of a ``ConflictIndex``: counted
/// at once, made into findings one at a time as a reader asks. `vague-date`'s
/// own findings, one per vague period an event's figures cover, are counted
/// and made event by event as asked (`items`): at a million events, writing
/// their messages was a seventh of the check.
struct FindingList {
    enum Part {
        case findings([Finding])
        /// The pairs of the index of each kind, a kind per severity, each made into a finding.
        case pairs(ConflictIndex, ConflictIndex.Counts, [Severity: ConflictIndex.Kind], make: (Int, Int) -> Finding?)
        /// Findings of one severity, `count` of them, made item by item (each item makes
        /// some, in order) as a reader asks.
        case items([Int], count: Int, severity: Severity, make: (Int) -> [Finding])
    }

    var parts: [Part]

    init(_ parts: [Part]) { self.parts = parts }

    init(_ findings: [Finding]) { self.init([.findings(findings)]) }

    /// How many findings have `severity`. - Complexity: O(1) for pairs.
    func count(_ severity: Severity) -> Int {
        parts.reduce(0) { sum, part in
            switch part {
            case .findings(let findings): sum + findings.count { $0.severity == severity }
            case .pairs(_, let counts, let kinds, _): sum + (kinds[severity].map(counts.count) ?? 0)
            case .items(_, let count, let kind, _): sum + (kind == severity ? count : 0)
            }
        }
    }

    /// The first `limit` findings of `severity`, in order.
    func first(_ limit: Int, of severity: Severity) -> [Finding] {
        var out: [Finding] = []
        for part in parts where out.count < limit {
            switch part {
            case .findings(let findings):
                out += findings.lazy.filter { $0.severity == severity }.prefix(limit - out.count)
            case .pairs(let index, _, let kinds, let make):
                guard let kind = kinds[severity] else { continue }
                index.forEachPair(kind) { i, j in
                    if let finding = make(i, j) { out.append(finding) }
                    return out.count < limit
                }
            case .items(let items, _, let kind, let make):
                guard kind == severity else { continue }
                for item in items where out.count < limit { out += make(item).prefix(limit - out.count) }
            }
        }
        return out
    }

    /// The findings already made (the pairs' and the items' are not): what rules that read
    /// earlier findings without listing them are given.
    var madeFindings: [Finding] {
        parts.flatMap { part -> [Finding] in
            if case .findings(let findings) = part { return findings }
            return []
        }
    }
}
