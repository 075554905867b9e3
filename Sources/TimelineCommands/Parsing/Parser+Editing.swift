import TimelineCore

/// The editing commands. Field values are read raw like shell words, so
/// `title="Desk note"` and `tags=arrests,vague-date` need no further quoting.
extension Parser {
    /// `add FIELD=VALUE …`; `add` alone is the guided form (the REPL asks for each field).
    mutating func parseAdd(after keyword: Token) throws(ParseError) -> Command {
        .add(fields: try parseAssignments(), span: keyword.span)
    }

    /// `edit ID FIELD=VALUE …`
    mutating func parseEdit() throws(ParseError) -> Command {
        guard let id = try peek(), Self.isValue(id) else { throw .expectedID(at: try spanOfNext()) }
        try advance()
        let fields = try parseAssignments()
        guard !fields.isEmpty else { throw .expected("FIELD=VALUE", after: "edit \(id.text)", at: endSpan) }
        return .edit(id: id.text, idSpan: id.span, fields: fields)
    }

    /// `delete ID`
    mutating func parseDelete() throws(ParseError) -> Command {
        guard let id = try peek(), Self.isValue(id) else { throw .expectedID(at: try spanOfNext()) }
        try advance()
        return .delete(id: id.text, span: id.span)
    }

    /// `note ID TEXT`: the rest of the line; one quoted string stands for its content.
    mutating func parseNote() throws(ParseError) -> Command {
        guard let id = try peek(), Self.isValue(id) else { throw .expectedID(at: try spanOfNext()) }
        try advance()
        let (raw, span) = restOfLine()
        let words = try ShellWords.split(raw, base: span.start)
        let text = words.count == 1 && words[0].quoted ? words[0].text : raw
        guard !text.allSatisfy({ $0 == " " || $0 == "\t" }) else {
            throw .expected("the note's text", after: id.text, at: span)
        }
        return .note(id: id.text, idSpan: id.span, text: text)
    }

    /// `FIELD=VALUE` words to the end of the line.
    private mutating func parseAssignments() throws(ParseError) -> [FieldAssignment] {
        let (raw, rest) = restOfLine()
        var fields: [FieldAssignment] = []
        for word in try ShellWords.split(raw, base: rest.start) {
            guard let equals = word.text.firstIndex(of: "="), equals != word.text.startIndex else {
                throw .expected(
                    "FIELD=VALUE", after: fields.last.map { "\($0.field)=…" } ?? "the command", at: word.span)
            }
            let field = String(word.text[..<equals])
            let fieldEnd = word.span.start + field.utf8.count
            fields.append(
                FieldAssignment(
                    field: field, fieldSpan: Span(start: word.span.start, end: fieldEnd),
                    value: String(word.text[word.text.index(after: equals)...]),
                    valueSpan: Span(start: fieldEnd + 1, end: word.span.end)))
        }
        return fields
    }
}
