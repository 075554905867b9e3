import BuiltinData
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

    /// Numbers and dates too large to hold are errors with a caret, not wrap-arounds or infinity.
    @Test(arguments: [
        (
            "list limit 99999999999999999999",
            """
            <input>:1:12: error: number too large: 99999999999999999999
              1 | list limit 99999999999999999999
                |            ^~~~~~~~~~~~~~~~~~~~
              note: the largest allowed here is 9,223,372,036,854,775,807

            """
        ),
        (
            "history 99999999999999999999",
            """
            <input>:1:9: error: number too large: 99999999999999999999
              1 | history 99999999999999999999
                |         ^~~~~~~~~~~~~~~~~~~~
              note: the largest allowed here is 9,223,372,036,854,775,807

            """
        ),
        (
            "list arrests > 1\(String(repeating: "0", count: 310))",
            """
            <input>:1:16: error: number too large: 1\(String(repeating: "0", count: 310))
              1 | list arrests > 1\(String(repeating: "0", count: 310))
                |                ^\(String(repeating: "~", count: 310))
              note: the largest allowed here is about 1.8 × 10^308

            """
        ),
        (
            "list in Y99999999999999999999",
            """
            <input>:1:10: error: years beyond nine digits are not supported
              1 | list in Y99999999999999999999
                |          ^~~~~~~~~~~~~~~~~~~~

            """
        ),
    ])
    func numbersTooLargeAreErrors(line: String, expected: String) {
        do {
            _ = try CommandParser.parse(line)
            Issue.record("\(line) parsed")
        } catch {
            #expect(DiagnosticRenderer.render(error, in: SourceText(name: "<input>", text: line)) == expected)
        }
    }

    @Test func theLargestCountParses() throws {
        guard case .list(let list) = try CommandParser.parse("list limit 9,223,372,036,854,775,807") else {
            Issue.record("not a list")
            return
        }
        #expect(list.limit == Int.max)
    }

    /// A command line beyond ``Runner/maximumLineBytes`` is refused at once, without echoing it.
    @Test func aCommandLineTooLongIsAnError() throws {
        let store = try TimelineStore(try TimelineDecoder.decode(BuiltinData.bytes), origin: "built-in")
        final class Sink: @unchecked Sendable { var text = "" }
        let errors = Sink()
        var runner = Runner(session: Session(store: store), output: { _ in }, errors: { errors.text += $0 })
        let line = "count \"" + String(repeating: "a", count: Runner.maximumLineBytes) + "\""
        #expect(runner.runLine(line, name: "long.tl", lineNumber: 3) == .failed)
        #expect(
            errors.text == """
                long.tl:3: error: command line too long: 262,152 bytes (the limit is 262,144)
                  note: put long texts in a file and load it

                """)
        errors.text = ""
        // At the limit the line is parsed (here into an error of its own: a quick one, since a
        // text search for a 256 KiB needle takes seconds).
        let longest = "set timer \"" + String(repeating: "a", count: Runner.maximumLineBytes - 12) + "\""
        #expect(longest.utf8.count == Runner.maximumLineBytes)
        _ = runner.runLine(longest, name: "long.tl")
        #expect(errors.text.hasPrefix("long.tl:1:11: error: "), "\(errors.text.prefix(80))")
    }
}
