import Testing
import TimelineCore

@testable import TimelineCommands

/// Inputs the fuzz targets (Sources/Fuzz, `make fuzz`) found, each with the
/// clear error it must now give.
struct FuzzRegressionTests {
    /// The session's error for `line`, rendered as the REPL shows it.
    static func error(of line: String) throws -> String {
        var session = try SessionTests.session()
        let error = #expect(throws: Diagnostic.self) { try session.execute(try CommandParser.parse(line)) }
        let diagnostic = try #require(error)
        #expect(session.document.unsavedChanges == 0)
        return DiagnosticRenderer.render(diagnostic, in: SourceText(name: "<command 1>", text: line))
    }

    /// fuzz-csv found a one-of set out of order that the CSV importer took and
    /// the JSON decoder refuses; `add` and `edit` took it too, and `save` then
    /// wrote a file `load` refused.
    @Test func addRefusesASetOutOfOrder() throws {
        let line =
            "add id=x date=[2025-02-02,2025-01-26] dateNote=s kind=assessment title=T summary=S sources=seed-article"
        #expect(
            try Self.error(of: line) == """
                <command 1>:1:15: error: members of the one-of set '[2025-02-02,2025-01-26]' must be in increasing order and must not overlap
                  1 | add id=x date=[2025-02-02,2025-01-26] dateNote=s kind=assessment title=T summary=S sources=seed-article
                    |               ^~~~~~~~~~~~~~~~~~~~~~~

                """)
    }

    @Test func editRefusesOverlappingMembers() throws {
        let line = "edit ice-sunday-tally-announcement date=[2025-01,2025-01-26]"
        #expect(
            try Self.error(of: line) == """
                <command 1>:1:41: error: members of the one-of set '[2025-01,2025-01-26]' must be in increasing order and must not overlap
                  1 | edit ice-sunday-tally-announcement date=[2025-01,2025-01-26]
                    |                                         ^~~~~~~~~~~~~~~~~~~~

                """)
    }
}
