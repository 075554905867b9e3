import TimelineCore

@testable import TimelineCommands

/// What the user sees for `line`: the rendered diagnostic, or the command if it parsed.
func rendered(_ line: String, vocabulary: [String] = []) -> String {
    do {
        let command = try CommandParser.parse(line, vocabulary: vocabulary)
        return "parsed: \(command)"
    } catch {
        return DiagnosticRenderer.render(error, in: SourceText(name: "<test>", text: line))
    }
}
