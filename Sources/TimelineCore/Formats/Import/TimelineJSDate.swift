import Foundation

/// A TimelineJS date object (`{"year": 2025, "month": 1, "day": 25}`) read as EDTF.
///
/// The parts present give the precision: a year gives `2025`, a month more
/// `2025-01`, a day more `2025-01-25`. Parts may be numbers or strings of
/// digits (TimelineJS's spreadsheet export writes strings; an empty string is
/// an absent part). Times of day are not part of the format and are dropped.
struct TimelineJSDate {
    /// The EDTF text, e.g. `2025-01`.
    var edtf: String
    /// The date `edtf` stands for.
    var date: FuzzyDate
    /// Which parts were given, for the date note: `year`, `year and month`, `day`.
    var parts: String
    /// The date object's own `display_date`, if any.
    var displayDate: String?

    /// Reads the date object `node`, the value of `key` (`start_date` or `end_date`).
    init(_ node: JSONNode, key: String) throws(Diagnostic) {
        guard case .object = node.value else {
            throw .error("expected an object for '\(key)', found \(node.kindName)", at: node.span)
        }
        guard let yearNode = Self.part(node, "year") else {
            throw .error("missing required field 'year' in '\(key)'", at: .point(node.span.start))
        }
        guard let year = try Self.wholeNumber(yearNode, what: "year") else {
            throw .error("'year' must not be empty in '\(key)'", at: yearNode.span)
        }
        var pieces: [(text: String, node: JSONNode)] = [(Self.yearText(year), yearNode)]
        let monthNode = Self.part(node, "month")
        let dayNode = Self.part(node, "day")
        if let monthNode, let month = try Self.wholeNumber(monthNode, what: "month") {
            guard (1...12).contains(month) else {
                throw .error("month \(month) is out of range (1–12) in '\(key)'", at: monthNode.span)
            }
            pieces.append((Self.twoDigits(month), monthNode))
        }
        if let dayNode, let day = try Self.wholeNumber(dayNode, what: "day") {
            guard pieces.count == 2 else { throw .error("'day' needs a 'month' in '\(key)'", at: dayNode.span) }
            guard (1...31).contains(day) else {
                throw .error("day \(day) is out of range (1–31) in '\(key)'", at: dayNode.span)
            }
            pieces.append((Self.twoDigits(day), dayNode))
        }
        edtf = pieces.map(\.text).joined(separator: "-")
        parts = ["year", "year and month", "day"][pieces.count - 1]
        do {
            date = try FuzzyDate.parse(edtf)
        } catch {
            // Point at the part the parser rejects: the day of 2025-02-30, not the whole object.
            var offset = 0
            var culprit = node
            for piece in pieces {
                if error.span.start >= offset { culprit = piece.node }
                offset += piece.text.utf8.count + 1
            }
            throw .error("invalid \(key) \(edtf): \(error.message)", at: culprit.span)
        }
        let display = ObjectReader(node, context: "'\(key)'", allowed: [])
        displayDate = try display.optionalString("display_date").flatMap(Self.nonEmpty)
    }

    /// A part that is present and not `null`.
    private static func part(_ node: JSONNode, _ key: String) -> JSONNode? {
        guard let value = node[key], !value.isNull else { return nil }
        return value
    }

    /// A whole number written as a number or a string of digits; nil for an empty string.
    static func wholeNumber(_ node: JSONNode, what: String) throws(Diagnostic) -> Int? {
        switch node.value {
        case .number(let number):
            if let int = number.int { return int }
        case .string(let text):
            let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed.isEmpty { return nil }
            if let int = Int(trimmed) { return int }
            throw .error("expected a whole number for '\(what)', found '\(text)'", at: node.span)
        default: break
        }
        throw .error("expected a whole number for '\(what)', found \(node.kindName)", at: node.span)
    }

    /// EDTF years: four digits, a minus before years BCE, `Y` before longer ones.
    static func yearText(_ year: Int) -> String {
        switch year {
        case 0...9999: return String(repeating: "0", count: 4 - String(year).count) + String(year)
        case -9999 ... -1: return "-" + yearText(-year)
        default: return "Y\(year)"
        }
    }

    static func twoDigits(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    static func nonEmpty(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }
}
