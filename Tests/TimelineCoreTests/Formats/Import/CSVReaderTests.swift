import Testing

@testable import TimelineCore

struct CSVReaderTests {
    /// A file and the cells it must give, row by row.
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var text: String
        var rows: [[String]]
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        .init(name: "plain LF", text: "a,b\n1,2\n", rows: [["a", "b"], ["1", "2"]]),
        .init(name: "CRLF, no final line break", text: "a,b\r\n1,2", rows: [["a", "b"], ["1", "2"]]),
        .init(name: "empty fields", text: ",\n,x,", rows: [["", ""], ["", "x", ""]]),
        .init(name: "quoted comma", text: "\"a,b\",c", rows: [["a,b", "c"]]),
        .init(name: "doubled quotes", text: "\"say \"\"hi\"\"\",x", rows: [["say \"hi\"", "x"]]),
        .init(name: "embedded LF", text: "\"one\ntwo\",x\ny,z", rows: [["one\ntwo", "x"], ["y", "z"]]),
        .init(name: "embedded CRLF kept", text: "\"one\r\ntwo\"\r\n", rows: [["one\r\ntwo"]]),
        .init(name: "byte order mark skipped", text: "\u{FEFF}id,title\n", rows: [["id", "title"]]),
        .init(name: "lone CR is data", text: "a\rb,c\n", rows: [["a\rb", "c"]]),
        .init(name: "blank line is a record", text: "a\n\nb\n", rows: [["a"], [""], ["b"]]),
        .init(name: "quoted empty", text: "\"\",x", rows: [["", "x"]]),
        .init(name: "non-ASCII", text: "é,\"ü\"", rows: [["é", "ü"]]),
    ]

    @Test(arguments: cases)
    func readsCells(_ c: Case) throws {
        let records = try CSVReader.read(Array(c.text.utf8))
        #expect(records.map { $0.fields.map(\.text) } == c.rows)
    }

    @Test func spansAreFileOffsetsAcrossEmbeddedLineBreaks() throws {
        let text = "id,title\r\nx,\"two\nlines\"\r\n\"say \"\"hi\"\"\",é\n"
        let records = try CSVReader.read(Array(text.utf8))
        let source = SourceText(name: "t.csv", text: text)
        let title = records[1].fields[1]
        #expect(title.span == Span(start: 12, end: 23))
        #expect(title.textStart == 13)
        #expect(source.location(of: title.span.start) == (2, 3))
        let quoted = records[2].fields[0]
        #expect(source.location(of: quoted.span.start) == (4, 1))
        #expect(quoted.textStart == nil)  // the doubled quotes make the text differ from the bytes
        #expect(quoted.span(of: 0..<3) == quoted.span)
        let accented = records[2].fields[1]
        #expect(source.location(of: accented.span.start) == (4, 14))
        #expect(accented.span(of: 0..<2) == Span(start: 38, end: 40))
        #expect(records[1].isBlank == false)
    }

    struct ErrorCase: CustomTestStringConvertible, Sendable {
        var name: String
        var text: String
        var rendered: String
        var testDescription: String { name }
    }

    static let errors: [ErrorCase] = [
        .init(
            name: "unterminated quote",
            text: "a,b\n1,\"open\n2,3\n",
            rendered: """
                t.csv:2:3: error: unterminated quoted field: the closing '"' is missing
                  2 | 1,"open
                    |   ^
                  note: a quoted field runs to the next quote that is not doubled, across line breaks

                """),
        .init(
            name: "quote inside an unquoted field",
            text: "a,b\n1,say \"hi\"\n",
            rendered: """
                t.csv:2:7: error: a '"' inside an unquoted field
                  2 | 1,say "hi"
                    |       ^
                  note: put the whole field in quotes and double the quote: "say ""hi""

                """),
        .init(
            name: "text after the closing quote",
            text: "a,b\r\n\"1\"x,2\r\n",
            rendered: """
                t.csv:2:4: error: expected ',' or the end of the line after the closing quote
                  2 | "1"x,2
                    |    ^
                  note: a quote inside a quoted field is written twice: "say ""hi"" now"

                """),
    ]

    @Test(arguments: errors)
    func rendersTheFirstProblem(_ c: ErrorCase) throws {
        let error = #expect(throws: Diagnostic.self) { try CSVReader.read(Array(c.text.utf8)) }
        let diagnostic = try #require(error)
        #expect(DiagnosticRenderer.render(diagnostic, in: SourceText(name: "t.csv", text: c.text)) == c.rendered)
    }

    @Test func invalidUTF8PointsAtTheBadByte() throws {
        let bytes = Array("a,b\n1,x".utf8) + [0xFF] + Array("y\n".utf8)
        let error = #expect(throws: Diagnostic.self) { try CSVReader.read(bytes) }
        #expect(error?.span == Span(start: 7, end: 8))
    }
}
