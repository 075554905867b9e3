import Foundation
import LineEditor
import TimelineCommands
import TimelineCore

/// `add` alone in the REPL: asks for each field in turn and builds the
/// one-line form (`add id=… date=… …`), which then runs, and goes into history,
/// like any typed command. Ctrl-C or an empty answer to a required field stops it.
struct GuidedAdd {
    let reader: LineReader
    let session: Session

    /// The one-line command, or nil when the user gave up.
    func ask() -> String? {
        Output.standardOutput("New event (Ctrl-C stops; Enter skips an optional field).\n")
        let kinds = TimelineDecoder.kinds.joined(separator: ", ")
        let sources = session.store.sources.map(\.id).joined(separator: ", ")
        let questions: [(field: String, prompt: String, required: Bool)] = [
            ("id", "id (lowercase-with-hyphens)", true),
            ("date", "date (EDTF: 2025-02-06, 2025-02, [2025-01-26,2025-02-02] …)", true),
            ("dateNote", "how the date was read (needed unless it is a plain day)", false),
            ("kind", "kind (\(kinds))", true),
            ("title", "title", true),
            ("summary", "summary, in your own words", true),
            ("sources", "sources, comma-separated (\(sources))", true),
            ("actors", "actors, comma-separated", false),
            ("tags", "tags, comma-separated", false),
        ]
        var parts = ["add"]
        for question in questions {
            while true {
                guard case .line(let answer) = reader.read(prompt: "  \(question.prompt): ") else { return nil }
                let value = answer.trimmingCharacters(in: .whitespaces)
                if value.isEmpty {
                    if question.required {
                        Output.standardOutput("  (\(question.field) is required; Ctrl-C stops)\n")
                        continue
                    }
                    break
                }
                parts.append("\(question.field)=\(Self.quoted(value))")
                break
            }
        }
        return parts.joined(separator: " ")
    }

    /// A value as one shell word: quoted when it holds spaces or quotes.
    static func quoted(_ value: String) -> String {
        let plain = value.allSatisfy { !$0.isWhitespace && $0 != "\"" && $0 != "'" && $0 != "\\" }
        guard !plain else { return value }
        return "\"" + value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            + "\""
    }
}
