import BuiltinData
import Testing

@testable import TimelineCore

@Suite struct JSONReaderValueTests {
    static let documents: [(text: String, value: JSON)] = [
        ("null", nil),
        ("true", true),
        ("false", false),
        ("0", 0),
        ("-0", .double(-0.0)),
        ("42", 42),
        ("-17", -17),
        ("1.5", 1.5),
        ("-12e3", -12000.0),
        ("1E+2", 100.0),
        ("25e-1", 2.5),
        ("1e-400", 0.0),
        ("12345678901234567890", .double(12_345_678_901_234_567_168)),
        (#""""#, ""),
        (#""plain text""#, "plain text"),
        (#""\"\\\/\b\f\n\r\t""#, "\"\\/\u{8}\u{C}\n\r\t"),
        (#""\u00e9\u20AC\uD83D\uDE00\u0000""#, "é€😀\u{0}"),
        ("\"é€😀 raw\"", "é€😀 raw"),
        (
            "\"a long string that crosses several eight-byte words, then ends\"",
            "a long string that crosses several eight-byte words, then ends"
        ),
        ("\"0123456\\n89abcdef\u{7F}\"", "0123456\n89abcdef\u{7F}"),
        ("[]", []),
        ("{}", [:]),
        ("[[[]]]", [[[]]]),
        ("[1,[2,[3]],{}]", [1, [2, [3]], [:]]),
        (#"{"b":1,"a":{"c":[true,null]}}"#, ["b": 1, "a": ["c": [true, nil]]]),
        (" \t\n\r[ 1 ,\n\t2 ]\r\n ", [1, 2]),
        ("\u{FEFF}{\"bom\": true}", ["bom": true]),
        (#"{"":"empty key","é":1}"#, ["": "empty key", "é": 1]),
    ]

    @Test(arguments: documents)
    func readsValue(_ text: String, _ expected: JSON) throws {
        #expect(JSON(try JSONReader.parse(text)) == expected)
        #expect(JSON(try JSONReader.parse(Array(text.utf8))) == expected)
    }

    /// (text, int, double): what a number reads as.
    static let numbers: [(String, Int?, Double)] = [
        ("0", 0, 0),
        ("7", 7, 7),
        ("9223372036854775807", Int.max, 0x1p63),
        ("-9223372036854775808", Int.min, -0x1p63),
        ("9223372036854775808", nil, 0x1p63),
        ("-9223372036854775809", nil, -0x1p63),
        ("12345678901234567890123", nil, 1.2345678901234568e22),
        ("99999999999999999999", nil, 1e20),  // 20 digits: past UInt64, must not wrap
        ("9007199254740993", 9_007_199_254_740_993, 9_007_199_254_740_992),
        ("1.0", nil, 1),
        ("1e2", nil, 100),
        ("0.1", nil, 0.1),
        ("-0.0", nil, -0.0),
        ("2.2250738585072014e-308", nil, 2.2250738585072014e-308),
        ("4.9e-324", nil, .leastNonzeroMagnitude),
        ("1.7976931348623157e308", nil, .greatestFiniteMagnitude),
    ]

    @Test(arguments: numbers)
    func readsNumber(_ text: String, _ int: Int?, _ double: Double) throws {
        let number = try #require(JSONNumber(text))
        #expect(number.text == text)
        #expect(number.int == int)
        #expect(number.double == double)
        #expect(number.double.sign == double.sign)
    }

    @Test func negativeZeroKeepsItsSign() throws {
        let number = try #require(JSONNumber("-0"))
        #expect(number.int == 0)
        #expect(number.double.sign == .minus)
    }

    @Test(arguments: [" 1", "1 ", "01", "1e999", "x", ""])
    func numberInitRejects(_ text: String) {
        #expect(JSONNumber(text) == nil)
    }

    @Test func spansCoverEachValueAndKey() throws {
        //          0123456789012345678901234567
        let text = #"{"id": "x", "n": [1, 22.5]}"#
        let root = try JSONReader.parse(text)
        #expect(root.span == Span(start: 0, end: 27))
        let members = try #require(root.objectValue)
        #expect(members.map(\.key) == ["id", "n"])
        #expect(members.map(\.keySpan) == [Span(start: 1, end: 5), Span(start: 12, end: 15)])
        #expect(root["id"]?.span == Span(start: 7, end: 10))
        let list = try #require(root["n"])
        #expect(list.span == Span(start: 17, end: 26))
        #expect(list.arrayValue?.map(\.span) == [Span(start: 18, end: 19), Span(start: 21, end: 25)])
    }

    @Test func spansCountTheByteOrderMarkAndMultibyteCharacters() throws {
        let root = try JSONReader.parse("\u{FEFF}[\"é\", true]")
        #expect(root.span == Span(start: 3, end: 15))
        #expect(root.arrayValue?.map(\.span) == [Span(start: 4, end: 8), Span(start: 10, end: 14)])
    }

    @Test func accessorsAnswerOnlyForTheirKind() throws {
        let root = try JSONReader.parse(#"{"s": "x", "n": 1, "b": true, "z": null, "a": [], "o": {}}"#)
        #expect(root["s"]?.stringValue == "x")
        #expect(root["n"]?.numberValue?.int == 1)
        #expect(root["b"]?.boolValue == true)
        #expect(root["z"]?.isNull == true)
        #expect(root["a"]?.arrayValue == [])
        #expect(root["o"]?.objectValue == [])
        #expect(root["n"]?.stringValue == nil)
        #expect(root["s"]?.numberValue == nil)
        #expect(root["s"]?.boolValue == nil)
        #expect(root["s"]?.isNull == false)
        #expect(root["o"]?.arrayValue == nil)
        #expect(root["a"]?.objectValue == nil)
        #expect(root["missing"] == nil)
        #expect(root["a"]?["s"] == nil)
        #expect(root.member("n")?.keySpan == Span(start: 11, end: 14))
        let kinds = try #require(root.objectValue).map { "\($0.value.kindName)/\($0.value.kindPhrase)" }
        #expect(
            kinds == [
                "string/a string", "number/a number", "boolean/a boolean", "null/null", "array/an array",
                "object/an object",
            ])
    }

    @Test func readsTheBuiltInTimeline() throws {
        let root = try JSONReader.parse(BuiltinData.bytes)
        #expect(root.kindName == "object")
        #expect(root["events"]?.arrayValue != nil)
    }

    @Test func readsFromABufferWithoutKeepingIt() throws {
        let bytes = Array(#"["kept"]"#.utf8)
        let node = try bytes.withUnsafeBufferPointer { (buffer) throws(JSONError) in try JSONReader.parse(buffer) }
        #expect(JSON(node) == ["kept"])
    }
}
