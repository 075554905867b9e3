import TimelineCore

/// The front end of the command language: one line in, one ``Command`` or one
/// ``TimelineCore/Diagnostic`` out.
///
/// ```swift
/// do {
///     let command = try CommandParser.parse("list tag:arrests from 2025-01-20 limit 5")
///     // .list(ListCommand(filter: .and([.field(…), .date(…)]), limit: 5))
/// } catch {
///     print(DiagnosticRenderer.render(error, in: SourceText(name: "<command 1>", text: line)))
/// }
/// ```
public enum CommandParser {
    /// Parses one command line.
    ///
    /// - Parameters:
    ///   - line: the command, without its newline (continuation lines joined with `\n` are fine).
    ///   - vocabulary: `field:value` words the loaded timeline knows (`tag:arrests`,
    ///     `kind:briefing`), used only to suggest a fix for a bare word in a filter:
    ///     `list arests` → "did you mean 'tag:arrests'?".
    /// - Throws: a ``TimelineCore/Diagnostic`` whose span points into `line`.
    /// - Complexity: O(*n*) in the length of the line (plus the suggestion search on error).
    public static func parse(
        _ line: String, vocabulary: [String] = [], context: ParserContext = ParserContext()
    ) throws(Diagnostic) -> Command {
        var parser = Parser(line, context: context)
        do {
            return try parser.parseCommand()
        } catch {
            throw diagnostic(for: error, in: line, vocabulary: vocabulary)
        }
    }

    /// Whether `line` needs a continuation line (open quote, `[` or `(`, or a trailing backslash).
    ///
    /// See ``Parser/isIncomplete(_:)``.
    public static func isIncomplete(_ line: String) -> Bool {
        Parser.isIncomplete(line)
    }
}
