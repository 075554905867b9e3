import Testing

@testable import TimelineCore

@Suite struct JSONReaderLimitTests {
    static let depth = JSONReader.Limits.maxDepth

    @Test func acceptsArraysNestedToTheLimit() throws {
        let text = String(repeating: "[", count: Self.depth) + String(repeating: "]", count: Self.depth)
        var node = try JSONReader.parse(text)
        var levels = 1
        while let inner = node.arrayValue?.first {
            node = inner
            levels += 1
        }
        #expect(levels == Self.depth)
    }

    @Test func rejectsArraysNestedOnePastTheLimit() throws {
        let text = String(repeating: "[", count: Self.depth + 1) + String(repeating: "]", count: Self.depth + 1)
        let error = try #require(throws: JSONError.self) { try JSONReader.parse(text) }
        #expect(error.message == "nesting too deep: more than 512 levels of arrays and objects")
        #expect(error.span == Span(start: 512, end: 513))
    }

    @Test func rejectsObjectsNestedOnePastTheLimit() throws {
        let text =
            String(repeating: #"{"a":"#, count: Self.depth + 1) + "1" + String(repeating: "}", count: Self.depth + 1)
        let error = try #require(throws: JSONError.self) { try JSONReader.parse(text) }
        #expect(error.message == "nesting too deep: more than 512 levels of arrays and objects")
        #expect(error.span.start == 5 * Self.depth)
        let allowed = String(repeating: #"{"a":"#, count: Self.depth) + "1" + String(repeating: "}", count: Self.depth)
        #expect(try JSONReader.parse(allowed).kindName == "object")
    }

    @Test func acceptsAStringOfTheLongestLength() throws {
        let text = "\"" + String(repeating: "a", count: JSONReader.Limits.maxStringBytes) + "\""
        #expect(try JSONReader.parse(text).stringValue?.utf8.count == JSONReader.Limits.maxStringBytes)
    }

    @Test func rejectsAStringOneBytePastTheLimit() throws {
        let text = "[\"" + String(repeating: "é", count: JSONReader.Limits.maxStringBytes / 2) + "a\"]"
        let error = try #require(throws: JSONError.self) { try JSONReader.parse(text) }
        #expect(error.message == "string too long: more than 1048576 bytes")
        #expect(error.span == Span(start: 1, end: text.utf8.count - 1))
    }
}
