import Foundation
import Testing
import TimelineCore

@testable import TimelineCommands

/// Every example command in docs/grammar.md parses, so the reference cannot drift from the parser.
struct GrammarDocTests {
    static func exampleLines() throws -> [String] {
        let docs = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("docs/grammar.md")
        let text = try String(contentsOf: docs, encoding: .utf8)
        var open = false
        var inBlock = false
        var lines: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("```") {
                // Plain blocks hold examples; ```ebnf does not. A fence closes whatever is open.
                inBlock = !open && line == "```"
                open.toggle()
                continue
            }
            guard inBlock, let first = line.split(separator: " ").first,
                CommandSpec.named(String(first)) != nil
            else { continue }
            // "  -- …" after an example is commentary in the docs, not part of the language.
            let command = line.components(separatedBy: "  --").first ?? String(line)
            lines.append(command.trimmingCharacters(in: .whitespaces))
        }
        return lines
    }

    @Test func docsHaveExamplesForEveryCommandWord() throws {
        let lines = try Self.exampleLines()
        #expect(lines.count > 30)
        for word in ["list", "count", "sources"] {
            #expect(lines.contains { $0.hasPrefix(word + " ") })
        }
    }

    @Test func everyExampleParses() throws {
        for line in try Self.exampleLines() {
            let context = ParserContext(today: Day(year: 2025, month: 2, day: 5))
            #expect(throws: Never.self, "\(line)") { try CommandParser.parse(line, context: context) }
        }
    }
}
