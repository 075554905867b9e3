import Foundation

/// One TimelineJS event ("slide") as read, before it gets an id.
struct TimelineJSSlide {
    var date: FuzzyDate
    var dateNote: String?
    /// The headline without HTML; may be empty.
    var headline: String
    /// The text without HTML; may be empty.
    var text: String
    /// The `group`, trimmed, when given and not empty.
    var group: String?
    /// The `unique_id` as written, and where.
    var uniqueID: (text: String, span: Span)?

    init(_ node: JSONNode) throws(Diagnostic) {
        guard case .object = node.value else {
            throw .error("expected an object for a TimelineJS event, found \(node.kindName)", at: node.span)
        }
        let reader = ObjectReader(node, context: "a TimelineJS event", allowed: [])
        guard let startNode = reader.node("start_date") else {
            throw .error(
                "a TimelineJS event needs a 'start_date'", at: .point(node.span.start),
                notes: [#"e.g. "start_date": {"year": 2025, "month": 1, "day": 25}"#])
        }
        let start = try TimelineJSDate(startNode, key: "start_date")
        var end: TimelineJSDate?
        date = start.date
        // An end_date equal to the start adds nothing: the date stays a single date.
        if let endNode = reader.node("end_date"), case let read = try TimelineJSDate(endNode, key: "end_date"),
            read.edtf != start.edtf
        {
            end = read
            do {
                date = try FuzzyDate.parse("\(start.edtf)/\(read.edtf)")
            } catch {
                throw .error(
                    "end_date \(read.edtf) comes before start_date \(start.edtf)", at: endNode.span,
                    notes: ["an interval's start must not be after its end"])
            }
        }
        (headline, text) = try Self.texts(of: node)
        group = try reader.optionalString("group").flatMap(TimelineJSDate.nonEmpty)
        if let idNode = reader.node("unique_id") {
            uniqueID = (try ObjectReader.string(idNode, what: "'unique_id'"), idNode.span)
        }
        let display =
            try reader.optionalString("display_date").flatMap(TimelineJSDate.nonEmpty)
            ?? [start.displayDate, end?.displayDate].compactMap { $0 }.joined(separator: " – ")
        dateNote = Self.dateNote(start: start, end: end, isPlainDay: date.isPlainDay, display: display)
    }

    /// How the date was read; nil for a plain day with no display date.
    static func dateNote(start: TimelineJSDate, end: TimelineJSDate?, isPlainDay: Bool, display: String) -> String? {
        var sentences: [String] = []
        if let end {
            sentences.append(
                "Read from a TimelineJS file: start_date \(start.edtf) and end_date \(end.edtf), "
                    + "taken as an interval with both ends inclusive.")
        } else if !isPlainDay {
            sentences.append("Read from a TimelineJS file, whose start_date gives only the \(start.parts).")
        }
        if !display.isEmpty { sentences.append("TimelineJS display_date: \(display)") }
        return sentences.isEmpty ? nil : sentences.joined(separator: " ")
    }

    /// The headline and text of a slide's `text` object, without HTML (empty when absent).
    static func texts(of slide: JSONNode) throws(Diagnostic) -> (headline: String, text: String) {
        guard let textNode = slide["text"], !textNode.isNull else { return ("", "") }
        guard case .object = textNode.value else {
            throw .error("expected an object for 'text', found \(textNode.kindName)", at: textNode.span)
        }
        let reader = ObjectReader(textNode, context: "'text'", allowed: [])
        let headline = HTMLText.plain(try reader.optionalString("headline") ?? "")
        return (headline, HTMLText.plain(try reader.optionalString("text") ?? ""))
    }
}
