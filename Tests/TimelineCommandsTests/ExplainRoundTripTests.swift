import BuiltinData
import Testing
import TimelineCore

@testable import TimelineCommands

// Property tests: random valid commands, generated from the grammar (docs/grammar.md), whose
// filter written back — what `explain` prints as `filter` — parses to the same filter, and
// writes back to the same text.
//
// Why a small seeded generator and not x-sheep/swift-property-based: the properties need a
// generator of *grammar trees*, which that library would not give us either (we would write
// the same generator against its API); shrinking a tree is ten lines here (try each subtree
// alone, try dropping each part) and reports the smallest failing filter; and no new package
// joins the build for the sake of one test file. Seeds are plain integers, so a failure names
// the seed and the shrunk text, and reproduces exactly.

/// SplitMix64: the same seed, the same sequence.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// A filter as the generator builds it: a tree rendered to command text, so that it can be shrunk.
indirect enum FilterTree: CustomStringConvertible {
    case term(String)
    case and([FilterTree], written: Bool)
    case or([FilterTree])
    case not(FilterTree)
    case group(FilterTree, mode: String?)

    var description: String {
        switch self {
        case .term(let text): return text
        case .and(let parts, let written): return parts.map(\.description).joined(separator: written ? " and " : " ")
        case .or(let parts): return parts.map(\.description).joined(separator: " or ")
        case .not(let inner): return "not " + inner.description
        case .group(let inner, let mode): return (mode.map { $0 + " " } ?? "") + "(" + inner.description + ")"
        }
    }

    /// Smaller trees to try when this one fails: each part alone, then the tree less one part.
    var shrinks: [FilterTree] {
        switch self {
        case .term: return []
        case .not(let inner), .group(let inner, _): return [inner]
        case .and(let parts, let written):
            return parts
                + parts.indices.map { i in
                    .and(parts.enumerated().filter { $0.offset != i }.map(\.element), written: written)
                }
        case .or(let parts):
            return parts + parts.indices.map { i in .or(parts.enumerated().filter { $0.offset != i }.map(\.element)) }
        }
    }
}

/// Random filters and commands over a vocabulary.
struct FilterGenerator {
    var rng: SplitMix
    /// `field` → values; the built-in timeline's own, or anything the grammar allows.
    var values: [FieldTerm.Field: [String]]
    var metrics: [String]

    static let dates = [
        "2025-01-25", "2025-01", "2025", "2025-W05", "2025-Q1", "1990s", "2025-01-25?", "2025-01~",
        "2025-01-20/2025-02-05", "../2025-02", "2025-01/..", "[2025-01-26,2025-02-02]", "2025-21", "202X", "1985/..",
        "2024-12-31%", "0001-01-01", "9999-12-31", "/2025",
    ]
    static let numbers = ["0", "1", "900", "1200", "1,200", "0.52", "1200.5", "0.1", "1000000000000000", "3.14159"]
    static let texts = [
        "deportation", "daily quota", "ICE's", "a \\\"quoted\\\" word", "back\\\\slash", "café", "中文", "$x", "(",
        "1,200",
    ]

    mutating func pick<T>(_ items: [T]) -> T { items[Int.random(in: 0..<items.count, using: &rng)] }
    mutating func chance(_ percent: Int) -> Bool { Int.random(in: 0..<100, using: &rng) < percent }

    mutating func mode() -> String? { chance(30) ? pick(["possibly", "certainly"]) : nil }

    mutating func term() -> String {
        switch Int.random(in: 0..<10, using: &rng) {
        case 0...3:
            let field = pick(values.keys.sorted { $0.rawValue < $1.rawValue })
            let value = pick(values[field] ?? ["x"])
            // Written as the writer writes it (quoted when it must be).
            return Filter.field(FieldTerm(field: field, value: value, span: .point(0), valueSpan: .point(0)))
                .description
        case 4...5:
            return (mode().map { $0 + " " } ?? "") + pick(["from", "to", "on", "in", "during"]) + " " + pick(Self.dates)
        case 6...7:
            let op = pick([">", ">=", "<", "<=", "=", "!=", "≥", "≤", "≠"])
            let gap = pick(["", " "])
            return (mode().map { $0 + " " } ?? "") + pick(metrics) + gap + op + gap + pick(Self.numbers)
        default:
            return "\"" + pick(Self.texts) + "\""
        }
    }

    mutating func tree(depth: Int = 0) -> FilterTree {
        guard depth < 4, chance(60 - depth * 12) else { return .term(term()) }
        switch Int.random(in: 0..<4, using: &rng) {
        case 0:
            return .and(
                (0..<Int.random(in: 2...3, using: &rng)).map { _ in tree(depth: depth + 1) }, written: chance(50))
        case 1: return .or((0..<Int.random(in: 2...3, using: &rng)).map { _ in tree(depth: depth + 1) })
        case 2: return .not(tree(depth: depth + 1))
        default: return .group(tree(depth: depth + 1), mode: mode())
        }
    }

    /// A command that takes a filter, with its other clauses, around `filter`.
    mutating func command(around filter: String) -> String {
        switch Int.random(in: 0..<5, using: &rng) {
        case 0:
            var clauses: [String] = []
            if chance(50) {
                clauses.append("sort by " + pick(["date", "id", "kind", "title"]) + pick(["", " asc", " desc"]))
            }
            if chance(50) { clauses.append("limit " + pick(["1", "10", "1,000"])) }
            if chance(50) { clauses.reverse() }
            return (["list", filter] + clauses).joined(separator: " ")
        case 1:
            return "count \(filter)"
                + (chance(50) ? " by " + pick(["day", "week", "month", "year", "kind", "tag"]) : "")
        case 2:
            return "export \(pick(["json", "jsonl", "csv", "markdown", "ics", "svg", "html"])) \(filter)"
                + (chance(50) ? " to out.file" : "") + (chance(30) ? " --force" : "")
        case 3: return "timeline \(filter)"
        default: return "explain \(filter)"
        }
    }
}

extension Filter {
    /// Nested `and`s merged into one: `(a and b) and c` as `a and b and c`.
    var flattened: Filter {
        switch self {
        case .and(let parts):
            return .and(
                parts.flatMap { part -> [Filter] in
                    if case .and(let inner) = part.flattened { return inner }
                    return [part.flattened]
                })
        case .or(let parts): return .or(parts.map(\.flattened))
        case .not(let inner): return .not(inner.flattened)
        default: return self
        }
    }

    /// The filter with every span set to zero: the same filter, wherever it was written.
    var withoutSpans: Filter {
        let zero = Span(start: 0, end: 0)
        switch self {
        case .all: return .all
        case .date(var t):
            t.span = zero
            return .date(t)
        case .field(var t):
            t.span = zero
            t.valueSpan = zero
            return .field(t)
        case .measure(var t):
            t.span = zero
            t.metricSpan = zero
            return .measure(t)
        case .text(var t):
            t.span = zero
            return .text(t)
        case .and(let parts): return .and(parts.map(\.withoutSpans))
        case .or(let parts): return .or(parts.map(\.withoutSpans))
        case .not(let inner): return .not(inner.withoutSpans)
        case .named(let name, _): return .named(name, zero)
        }
    }
}

struct ExplainRoundTripTests {
    static let store: TimelineStore? = try? TimelineStore(TimelineDecoder.decode(BuiltinData.bytes), origin: "built-in")

    /// The filter of a parsed command that has one.
    static func filter(of command: Command) -> Filter? {
        switch command {
        case .list(let list): return list.filter
        case .count(let filter, _), .explain(let filter), .timeline(let filter): return filter
        case .export(let export): return export.filter
        default: return nil
        }
    }

    /// nil when the property holds for `line`; otherwise what went wrong.
    static func failure(_ line: String, explainIn session: Session?) -> String? {
        let first: Filter
        do {
            guard let filter = filter(of: try CommandParser.parse(line)) else { return "no filter in '\(line)'" }
            first = filter
        } catch {
            return "'\(line)' does not parse: \(error.message)"
        }
        var written = first.description
        if var session {
            do {
                guard case .explain(let report) = try session.execute(.explain(filter: first)) else {
                    return "no report"
                }
                written = report.normalized == "(every event)" ? "" : report.normalized
            } catch {
                return "explain '\(line)' fails: \(error.message)"
            }
        }
        let second: Filter
        do {
            guard case .explain(let filter) = try CommandParser.parse("explain " + written) else {
                return "not explain"
            }
            second = filter
        } catch {
            return "'\(line)' is written back as '\(written)', which does not parse: \(error.message)"
        }
        // The writer drops the parentheses of an `and` inside an `and` (`(a and b) and c` is
        // `a and b and c`): the same filter, one level flatter.
        if second.withoutSpans.flattened != first.withoutSpans.flattened {
            return "'\(line)' is written back as '\(written)', which parses to another filter: \(second.description)"
        }
        if second.description != written { return "'\(written)' is written back as '\(second.description)'" }
        return nil
    }

    /// Shrinks a failing tree to a smallest one that still fails.
    static func shrink(_ tree: FilterTree, failing: (FilterTree) -> Bool) -> FilterTree {
        var smallest = tree
        while let smaller = smallest.shrinks.first(where: failing) { smallest = smaller }
        return smallest
    }

    static func check(seed: UInt64, values: [FieldTerm.Field: [String]], metrics: [String], session: Session?) {
        var generator = FilterGenerator(rng: SplitMix(state: seed), values: values, metrics: metrics)
        let tree = generator.tree()
        let command = generator.command(around: tree.description)
        guard let problem = failure(command, explainIn: session) else { return }
        let small = shrink(tree) { failure("explain " + $0.description, explainIn: session) != nil }
        let reason = failure("explain " + small.description, explainIn: session) ?? problem
        Issue.record("seed \(seed): \(problem)\n  shrunk to: explain \(small.description)\n  \(reason)")
    }

    /// Any value the grammar allows, including ones the writer must quote.
    static let anyValues: [String] = [
        "arrests", "quota-x", "*quota*", "a.b", "a_b", "or", "and", "not", "sort", "limit", "by", "to", "é", "中文",
        "Zürich", "with space", "with\"quote", "back\\slash", "$x", "a:b", "(", ")", "2025", "1,200", "2025-01",
        "-x", "_x", ".x", "x-", "'", "“curly”", "e\u{301}",
    ]

    @Test(arguments: 0..<300)
    func anyFilterWrittenBackParsesToTheSameFilter(seed: Int) {
        let values = Dictionary(uniqueKeysWithValues: FieldTerm.Field.allCases.map { ($0, Self.anyValues) })
        Self.check(
            seed: UInt64(seed), values: values, metrics: ["arrests", "daily-arrest-target", "x", "é"], session: nil)
    }

    @Test(arguments: 0..<100)
    func explainOfAValidFilterParsesToTheSameFilter(seed: Int) throws {
        let store = try #require(Self.store)
        let values = Dictionary(
            uniqueKeysWithValues: FieldTerm.Field.allCases.map { field in (field, store.vocabulary(for: field)) })
        Self.check(
            seed: UInt64(seed) + 10_000, values: values, metrics: store.vocabulary(for: .metric),
            session: Session(store: store))
    }

    /// Counterexamples the property found, kept: values the writer left bare but the lexer
    /// cannot read back (`-x`, `_x`), and curly quotes inside a quoted value or text.
    @Test(arguments: [
        ("explain tag:\"-x\"", "tag:\"-x\""), ("explain kind:\"_x\"", "kind:\"_x\""),
        ("explain actor:\"\\“curly\\”\"", "actor:\"\\“curly\\”\""), ("explain 'say “hi”'", "\"say \\“hi\\”\""),
        ("explain “curly”", "\"curly\""), ("explain tag:2025", "tag:2025"),
    ])
    func writtenBackValuesParseBack(line: String, written: String) throws {
        guard case .explain(let filter) = try CommandParser.parse(line) else { throw Unexpected() }
        #expect(filter.description == written)
        #expect(Self.failure(line, explainIn: nil) == nil)
    }

    struct Unexpected: Error {}
}
