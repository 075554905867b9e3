import TimelineCore

@testable import TimelineCommands

/// Builds expected filter terms from snippets of a test's input line, so that
/// expected spans are found in the text rather than counted by hand.
struct Snippets {
    let line: String

    struct Missing: Error, CustomStringConvertible {
        let snippet: String
        var description: String { "snippet \(snippet.debugDescription) is not in the line" }
    }

    /// The byte span of the first occurrence of `snippet`.
    func span(_ snippet: String) throws -> Span {
        let bytes = Array(line.utf8)
        let target = Array(snippet.utf8)
        guard !target.isEmpty, bytes.count >= target.count else { throw Missing(snippet: snippet) }
        for start in 0...(bytes.count - target.count) where Array(bytes[start..<start + target.count]) == target {
            return Span(start: start, end: start + target.count)
        }
        throw Missing(snippet: snippet)
    }

    /// `tag:arrests` → a field term; a quoted value loses its quotes unless `value` is given.
    func field(_ snippet: String, value: String? = nil) throws -> Filter {
        let whole = try span(snippet)
        guard let colon = snippet.firstIndex(of: ":"),
            let field = FieldTerm.Field(rawValue: snippet[..<colon].lowercased())
        else { throw Missing(snippet: snippet) }
        let written = String(snippet[snippet.index(after: colon)...])
        let valueSpan = Span(start: whole.start + snippet[...colon].utf8.count, end: whole.end)
        let plain = written.first == "\"" || written.first == "'" ? String(written.dropFirst().dropLast()) : written
        return .field(FieldTerm(field: field, value: value ?? plain, span: whole, valueSpan: valueSpan))
    }

    /// `from 2025-01` → a date term (the date parsed with `FuzzyDate.parsePeriod`).
    func date(_ snippet: String, _ mode: MatchMode? = nil) throws -> Filter {
        let parts = snippet.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, let relation = DateTerm.Relation(rawValue: parts[0].lowercased()) else {
            throw Missing(snippet: snippet)
        }
        let text = String(parts[1])
        return .date(
            DateTerm(
                relation: relation, date: try FuzzyDate.parsePeriod(text), text: text, mode: mode,
                span: try span(snippet)))
    }

    /// `arrests >= 1,200` (spaces optional) → a measure term.
    func measure(_ snippet: String, _ mode: MatchMode? = nil) throws -> Filter {
        let operators = MeasureTerm.Comparison.allCases.sorted { $0.rawValue.count > $1.rawValue.count }
        for op in operators {
            guard let range = snippet.firstRange(of: op.rawValue) else { continue }
            let metric = snippet[..<range.lowerBound].trimmingSpaces
            let number = snippet[range.upperBound...].trimmingSpaces.filter { $0 != "," }
            guard let value = Double(number) else { throw Missing(snippet: snippet) }
            let whole = try span(snippet)
            return .measure(
                MeasureTerm(
                    metric: metric, comparison: op, value: value, mode: mode, span: whole,
                    metricSpan: Span(start: whole.start, end: whole.start + metric.utf8.count)))
        }
        throw Missing(snippet: snippet)
    }

    /// `"quota"` → a free-text term with the content `text`.
    func text(_ snippet: String, _ text: String) throws -> Filter {
        .text(TextTerm(text: text, span: try span(snippet)))
    }

    /// `$recent` → a named selection.
    func named(_ snippet: String) throws -> Filter {
        .named(String(snippet.dropFirst()), try span(snippet))
    }
}

extension Substring {
    fileprivate var trimmingSpaces: String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
