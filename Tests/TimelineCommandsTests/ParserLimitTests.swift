import Testing
import TimelineCore

@testable import TimelineCommands

/// Hostile input to the parser ends in an error, never a stack overflow.
struct ParserLimitTests {
    @Test(arguments: [
        String(repeating: "(", count: 100_000) + "kind:tally" + String(repeating: ")", count: 100_000),
        String(repeating: "not ", count: 100_000) + "kind:tally",
        String(repeating: "(not ", count: 50_000) + "kind:tally" + String(repeating: ")", count: 50_000),
    ])
    func deepFiltersAreErrors(filter: String) {
        #expect {
            _ = try CommandParser.parse("list " + filter)
        } throws: { error in
            (error as? Diagnostic)?.message == "the filter nests more than 200 levels deep"
        }
    }

    @Test func nestingUpToTheLimitParses() throws {
        let depth = Parser.maximumDepth - 1
        let line = "list " + String(repeating: "(", count: depth) + "kind:tally" + String(repeating: ")", count: depth)
        #expect(throws: Never.self) { _ = try CommandParser.parse(line) }
    }
}
