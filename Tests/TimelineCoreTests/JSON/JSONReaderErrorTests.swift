import Testing

@testable import TimelineCore

/// An invalid document and the exact error it must give.
struct InvalidJSON: Sendable, CustomTestStringConvertible {
    var input: [UInt8]
    var message: String
    var start: Int

    init(_ text: String, _ message: String, at start: Int) {
        self.init(bytes: Array(text.utf8), message, at: start)
    }

    init(bytes: [UInt8], _ message: String, at start: Int) {
        self.input = bytes
        self.message = message
        self.start = start
    }

    var testDescription: String { String(decoding: input, as: UTF8.self).debugDescription }
}

/// `"` + raw + `"`: a string literal around raw bytes.
private func quoted(_ raw: [UInt8]) -> [UInt8] { [0x22] + raw + [0x22] }

@Suite struct JSONReaderErrorTests {
    static let syntax: [InvalidJSON] = [
        InvalidJSON("", "unexpected end of input: expected a value", at: 0),
        InvalidJSON(" \n\t", "unexpected end of input: expected a value", at: 3),
        InvalidJSON("]", "expected a value, found ']'", at: 0),
        InvalidJSON("[1,,2]", "expected a value, found ','", at: 3),
        InvalidJSON(#"{"a":}"#, "expected a value, found '}'", at: 5),
        InvalidJSON("[", "unexpected end of input: expected a value", at: 1),
        InvalidJSON("[1", "unexpected end of input: expected ',' or ']' after an array element", at: 2),
        InvalidJSON("[1 2]", "expected ',' or ']' after an array element, found '2'", at: 3),
        InvalidJSON(#"{"a":1 "b":2}"#, #"expected ',' or '}' after an object member, found '"'"#, at: 7),
        InvalidJSON(#"{"a":1"#, "unexpected end of input: expected ',' or '}' after an object member", at: 6),
        InvalidJSON(#"{"a""#, "unexpected end of input: expected ':' after an object key", at: 4),
        InvalidJSON(#"{"a" 1}"#, "expected ':' after an object key, found '1'", at: 5),
        InvalidJSON("{a:1}", "expected a string key or '}', found 'a'", at: 1),
        InvalidJSON("{'a':1}", #"expected a string key or '}', found "'""#, at: 1),
        InvalidJSON(#"{"a":1,2}"#, "expected a string key after ',', found '2'", at: 7),
        InvalidJSON("[1,]", "trailing comma before ']'", at: 2),
        InvalidJSON("[1 , \n ]", "trailing comma before ']'", at: 3),
        InvalidJSON(#"{"a":1,}"#, "trailing comma before '}'", at: 6),
        InvalidJSON("[1] x", "expected end of input after the document, found 'x'", at: 4),
        InvalidJSON("{} {}", "expected end of input after the document, found '{'", at: 3),
        InvalidJSON("0x1F", "expected end of input after the document, found 'x'", at: 1),
        InvalidJSON("// note\n1", "expected a value, found '/'", at: 0),
        InvalidJSON("[1,\u{0B}2]", "expected a value, found control character U+000B", at: 3),
        InvalidJSON("[é]", "expected a value, found 'é'", at: 1),
        InvalidJSON("[\u{A0}1]", "expected a value, found U+00A0 (an invisible character)", at: 1),
        InvalidJSON("\u{FEFF}\u{FEFF}{}", "expected a value, found U+FEFF (an invisible character)", at: 3),
        InvalidJSON("'a'", #"expected a value, found "'""#, at: 0),
        InvalidJSON("tru", "expected a value, found 'tru'", at: 0),
        InvalidJSON("nullx", "expected a value, found 'nullx'", at: 0),
        InvalidJSON("[True]", "expected a value, found 'True' (did you mean 'true'?)", at: 1),
        InvalidJSON("undefined", "expected a value, found 'undefined' (did you mean 'null'?)", at: 0),
        InvalidJSON("NaN", "expected a value, found 'NaN' (JSON has no NaN or Infinity; use null)", at: 0),
        InvalidJSON(#"{"id":1,"id":2}"#, #"duplicate key "id""#, at: 8),
    ]

    static let numbers: [InvalidJSON] = [
        InvalidJSON("01", "leading zeros are not allowed in numbers", at: 0),
        InvalidJSON("[-012]", "leading zeros are not allowed in numbers", at: 2),
        InvalidJSON("+1", "expected a value, found '+'", at: 0),
        InvalidJSON(".5", "expected a value, found '.'", at: 0),
        InvalidJSON("-", "unexpected end of input: expected a digit after '-'", at: 1),
        InvalidJSON("[-x]", "expected a digit after '-', found 'x'", at: 2),
        InvalidJSON("-Infinity", "expected a digit after '-', found 'I'", at: 1),
        InvalidJSON("1.", "unexpected end of input: expected a digit after '.'", at: 2),
        InvalidJSON("1.e5", "expected a digit after '.', found 'e'", at: 2),
        InvalidJSON("1e", "unexpected end of input: expected a digit in the exponent", at: 2),
        InvalidJSON("[1E+]", "expected a digit in the exponent, found ']'", at: 4),
        InvalidJSON("1e400", "number out of range", at: 0),
        InvalidJSON("[0, -1.5e309]", "number out of range", at: 4),
        InvalidJSON(String(repeating: "9", count: 400), "number out of range", at: 0),
    ]

    static let strings: [InvalidJSON] = [
        InvalidJSON(#""abc"#, "unterminated string", at: 0),
        InvalidJSON(#"["abc\"#, "unterminated string", at: 1),
        InvalidJSON(#""\u12"#, #"unexpected end of input: expected 4 hex digits after '\u'"#, at: 5),
        InvalidJSON(#""a\qb""#, #"invalid escape '\q'"#, at: 2),
        InvalidJSON(#""\é""#, #"invalid escape '\é'"#, at: 1),
        InvalidJSON("\"\\\n\"", #"invalid escape: '\' followed by a line break"#, at: 1),
        InvalidJSON(#""a\u12x4""#, #"invalid escape: '\u' must be followed by 4 hex digits"#, at: 2),
        InvalidJSON(
            #""\uD800""#,
            #"unpaired surrogate '\uD800' (a \uD800–\uDBFF escape must be followed by a \uDC00–\uDFFF one)"#,
            at: 1),
        InvalidJSON(
            #""x\ud83d\u0041""#,
            #"unpaired surrogate '\ud83d' (a \uD800–\uDBFF escape must be followed by a \uDC00–\uDFFF one)"#, at: 2),
        InvalidJSON(
            #""\uDC00\uD800""#,
            #"unpaired surrogate '\uDC00' (a \uDC00–\uDFFF escape must follow a \uD800–\uDBFF one)"#,
            at: 1),
        InvalidJSON("\"a\tb\"", #"tab inside a string: write it as \t"#, at: 2),
        InvalidJSON(
            "{\"a\": \"b\n}",
            #"line break inside a string (missing closing '"'? write a line break in a string as \n)"#,
            at: 8),
        InvalidJSON("\"\u{01}\"", #"control character U+0001 inside a string: write it as \u0001"#, at: 1),
        InvalidJSON("\"\u{1F}\"", #"control character U+001F inside a string: write it as \u001F"#, at: 1),
    ]

    static let utf8: [InvalidJSON] = [
        InvalidJSON(bytes: quoted([0xFF]), "invalid UTF-8 byte 0xFF", at: 1),
        InvalidJSON(bytes: [0xFF], "invalid UTF-8 byte 0xFF", at: 0),
        InvalidJSON(bytes: Array("[1, ".utf8) + [0xFE], "invalid UTF-8 byte 0xFE", at: 4),
        InvalidJSON(bytes: quoted([0x80]), "invalid UTF-8 byte 0x80", at: 1),
        InvalidJSON(bytes: quoted([0xC0, 0x80]), "invalid UTF-8 byte 0xC0", at: 1),
        InvalidJSON(bytes: quoted([0xC1, 0xBF]), "invalid UTF-8 byte 0xC1", at: 1),
        InvalidJSON(bytes: quoted([0xF5, 0x80, 0x80, 0x80]), "invalid UTF-8 byte 0xF5", at: 1),
        InvalidJSON(
            bytes: quoted(Array("abcdefghij".utf8) + [0xE0, 0x80, 0xAF]), "invalid UTF-8 sequence 0xE0 0x80", at: 11),
        InvalidJSON(bytes: quoted([0xF0, 0x80, 0x80, 0xAF]), "invalid UTF-8 sequence 0xF0 0x80", at: 1),
        InvalidJSON(bytes: quoted([0xED, 0xA0, 0x80]), "invalid UTF-8 sequence 0xED 0xA0", at: 1),
        InvalidJSON(bytes: quoted([0xF4, 0x90, 0x80, 0x80]), "invalid UTF-8 sequence 0xF4 0x90", at: 1),
        InvalidJSON(bytes: quoted([0xE2, 0x82]), "invalid UTF-8 sequence 0xE2 0x82 0x22", at: 1),
        InvalidJSON(bytes: [0x22, 0xE2], "invalid UTF-8: sequence 0xE2 cut short by the end of input", at: 1),
        InvalidJSON(bytes: [0x22, 0x5C, 0xC3], "invalid UTF-8: sequence 0xC3 cut short by the end of input", at: 2),
    ]

    @Test(arguments: syntax + numbers + strings + utf8)
    func rejectsWithExactMessageAndPlace(_ invalid: InvalidJSON) throws {
        let error = try #require(throws: JSONError.self) { try JSONReader.parse(invalid.input) }
        #expect(error.message == invalid.message)
        #expect(error.span.start == invalid.start)
    }

    @Test func duplicateKeyPointsAtBothKeys() throws {
        let text = "{\n  \"id\": 1,\n  \"id\": 2\n}"
        let error = try #require(throws: JSONError.self) { try JSONReader.parse(text) }
        #expect(error.span == Span(start: 15, end: 19))
        #expect(error.related == Span(start: 4, end: 8))
        #expect(error.relatedNote == #""id" first appears"#)
        let diagnostic = error.diagnostic(in: SourceText(name: "t.json", text: text))
        #expect(diagnostic.message == #"duplicate key "id""#)
        #expect(diagnostic.notes == [#""id" first appears at 2:3"#])
    }

    /// Objects past the linear-search size look keys up in a table; both paths must catch duplicates.
    @Test(arguments: [0, 5, 12, 13, 19])
    func duplicateKeyInALargeObject(repeating position: Int) throws {
        let members = (0..<20).map { "\"k\($0)\": \($0)" } + ["\"k\(position)\": 0"]
        let text = "{" + members.joined(separator: ",") + "}"
        let error = try #require(throws: JSONError.self) { try JSONReader.parse(text) }
        #expect(error.message == "duplicate key \"k\(position)\"")
        #expect(error.span.start == text.utf8.count - 1 - "\"k\(position)\": 0".utf8.count)
        let firstKey = 1 + members[..<position].reduce(0) { $0 + $1.utf8.count + 1 }
        #expect(error.related == Span(start: firstKey, end: firstKey + "\"k\(position)\"".utf8.count))
    }

    @Test func rendersWithLineColumnAndCaret() throws {
        let text = "{\n  \"a\": 1,\n  \"a\": 2\n}"
        let error = try #require(throws: JSONError.self) { try JSONReader.parse(text) }
        let source = SourceText(name: "t.json", text: text)
        let rendered = DiagnosticRenderer.render(error.diagnostic(in: source), in: source)
        #expect(
            rendered == """
                t.json:3:3: error: duplicate key "a"
                  3 |   "a": 2
                    |   ^~~
                  note: "a" first appears at 2:3

                """)
    }

    @Test func lineBreakInStringPointsBackAtItsStart() throws {
        let error = try #require(throws: JSONError.self) { try JSONReader.parse("[\"abc\n]") }
        #expect(error.span == Span(start: 5, end: 6))
        #expect(error.related == Span(start: 1, end: 2))
    }

    @Test func unexpectedEndIsAPointAtTheEnd() throws {
        let error = try #require(throws: JSONError.self) { try JSONReader.parse("[1, 2") }
        #expect(error.span == .point(5))
    }
}
