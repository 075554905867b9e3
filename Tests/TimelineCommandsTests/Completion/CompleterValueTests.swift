import Testing
import TimelineCore

@testable import TimelineCommands

/// Values that need quoting, case fallback, and speed at scale, over vocabularies
/// given directly (the built-in timeline has only one-word slugs).
struct CompleterValueTests {
    static let awkward = ["o'brien", "say \"hi\"", "back\\slash", "white house", "white-house", "1990s"]

    static func completer(actors: [String]) -> Completer {
        Completer(vocabularies: [.actor: actors.sorted(), .tag: ["Border", "border-czar", "ice"]])
    }

    @Test func valuesThatAreNotOneTokenComeQuoted() {
        let completer = Self.completer(actors: Self.awkward)
        #expect(completer.complete("list actor:wh").candidates == ["actor:\"white house\"", "actor:white-house"])
        #expect(completer.complete("list actor:o").candidates == ["actor:\"o'brien\""])
        #expect(completer.complete("list actor:1").candidates == ["actor:1990s"])
    }

    @Test func anOpenQuoteIsKeptAndClosed() {
        let completer = Self.completer(actors: Self.awkward)
        #expect(
            completer.complete("list actor:\"white h")
                == (word: "actor:\"white h", candidates: ["actor:\"white house\""]))
        #expect(completer.complete("list actor:'o").candidates == ["actor:'o\\'brien'"])
        #expect(completer.complete("list \"white h").candidates == [])
    }

    /// Every candidate lexes back to `field`, `:` and the value itself.
    @Test(arguments: awkward)
    func quotedCandidatesLexBackToTheValue(_ value: String) {
        let completer = Self.completer(actors: Self.awkward)
        for prefix in ["actor:", "actor:\"", "actor:'"] {
            let candidates = completer.complete("list " + prefix).candidates
            #expect(
                candidates.contains { $0.hasPrefix(prefix) && (try? lexedValue($0)) == value },
                "no candidate of '\(prefix)' lexes back to \(value) in \(candidates)")
        }
    }

    private func lexedValue(_ candidate: String) throws -> String? {
        let tokens = try Lexer.tokenize(candidate)
        guard tokens.count == 3, tokens[1].kind == .colon else { return nil }
        return tokens[2].text
    }

    @Test func exactCaseWinsAndCaseIsIgnoredOnlyWhenNothingMatches() {
        let completer = Self.completer(actors: [])
        #expect(completer.complete("list tag:b").candidates == ["tag:border-czar"])
        #expect(completer.complete("list tag:B").candidates == ["tag:Border"])
        #expect(completer.complete("list tag:IC").candidates == ["tag:ice"])
    }

    /// Tags and actors come from cached sorted lists: a thousand values, or a
    /// hundred thousand ids, complete far inside the 10 ms budget.
    @Test func completionAtScaleIsFast() {
        let tags = (0..<1_000).map { "tag-\($0)" }.sorted()
        let ids = (0..<100_000).map { "event-\($0)" }.sorted()
        let completer = Completer(vocabularies: [.tag: tags, .actor: tags, .id: ids, .metric: []])
        #expect(completer.complete("list tag:tag-99").candidates.count == 11)
        #expect(completer.complete("show event-9999").candidates.count == 11)
        let clock = ContinuousClock()
        let rounds = 50
        let elapsed = clock.measure {
            for _ in 0..<rounds {
                _ = completer.complete("list tag:arrests and (actor:tag-12")
                _ = completer.complete("show event-123")
            }
        }
        #expect(elapsed / (2 * rounds) < .milliseconds(10))
    }
}
