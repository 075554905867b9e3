import Foundation
import LineEditor
import TimelineCommands
import TimelineCore

/// The interactive loop: prompt, continuation lines, history, paging, and
/// errors that never end the session. Like lua.c's, it reads a line, asks the
/// parser whether the command is complete, runs it, and carries on.
struct Repl {
    var runner: Runner
    let reader: LineReader
    /// Told of new named selections, so `$` completes them.
    let completion: CompletionAdapter?
    /// Collects what the runner prints, so long output can go through the pager.
    let buffer: OutputBuffer
    let terminal: TerminalFacts

    /// Set once the user has been told about unsaved changes; a second quit then leaves.
    private(set) var warnedUnsaved = false

    /// Runs until `quit` or end of input (each warning once about unsaved changes).
    mutating func run() {
        let reader = self.reader
        runner.confirm = { question in
            guard case .line(let answer) = reader.read(prompt: "\(question) [y/N] ") else { return false }
            return answer.trimmingCharacters(in: .whitespaces).lowercased().hasPrefix("y")
        }
        while true {
            guard var entry = readEntry() else {
                if mayLeave() { return }
                continue
            }
            if entry.text.trimmingCharacters(in: .whitespaces).lowercased() == "add" {
                guard let form = GuidedAdd(reader: reader, session: runner.session).ask() else { continue }
                entry = (form, 1)
            }
            // One history entry per command: continuation lines joined by spaces, so Up recalls it whole.
            let oneLine = entry.text.split(separator: "\n").joined(separator: " ")
            reader.addHistory(oneLine.trimmingCharacters(in: .whitespaces))
            runner.session.history = reader.history
            let outcome = runner.runLine(entry.text, name: "<input>", lineNumber: entry.firstLine)
            flush()
            completion?.update(selections: runner.session.selections.keys.sorted())
            if runner.session.document.unsavedChanges == 0 { warnedUnsaved = false }
            if outcome == .quit && mayLeave() { return }
        }
    }

    /// False (after a warning) the first time the user tries to leave with unsaved changes.
    private mutating func mayLeave() -> Bool {
        let changes = runner.session.document.unsavedChanges
        guard changes > 0, !warnedUnsaved else { return true }
        warnedUnsaved = true
        let target = runner.session.document.path.map { "save (to \($0))" } ?? "save PATH"
        Output.standardError(
            "timeline: \(changes) unsaved change\(changes == 1 ? "" : "s"): \(target) to keep them, "
                + "or leave again (quit or Ctrl-D) to discard them\n")
        return false
    }

    /// The prompt: which timeline, and how many events the session holds.
    var prompt: String {
        let store = runner.session.store
        let name = store.origins.count == 1 ? Self.shortName(store.origins[0]) : "\(store.origins.count) files"
        return "\(name) (\(store.count) events)> "
    }

    /// One command, joining continuation lines while the parser says it is incomplete.
    private func readEntry() -> (text: String, firstLine: Int)? {
        var lines: [String] = []
        while true {
            let shown = lines.isEmpty ? prompt : Self.continuationPrompt(width: prompt.count)
            switch reader.read(prompt: shown) {
            case .end:
                if !lines.isEmpty { Output.standardOutput("\n") }
                return nil
            case .interrupt:
                lines = []
            case .line(let line):
                var text = line
                let incomplete = CommandParser.isIncomplete((lines + [line]).joined(separator: "\n"))
                if incomplete, text.hasSuffix("\\") { text.removeLast() }
                lines.append(text)
                if !incomplete {
                    let joined = lines.joined(separator: "\n")
                    if joined.allSatisfy(\.isWhitespace) { lines = [] } else { return (joined, 1) }
                }
            }
        }
    }

    /// Prints what the last command produced: through the pager when it is
    /// longer than the screen and paging is on, straight to stdout otherwise.
    private func flush() {
        let text = buffer.take()
        guard !text.isEmpty else { return }
        if runner.session.options.pager, terminal.outputIsTerminal, let rows = terminal.rows,
            Pager.needsPaging(text, rows: rows, columns: terminal.columns)
        {
            Pager.show(text, command: terminal.pagerCommand)
        } else {
            Output.standardOutput(text)
        }
    }

    static func continuationPrompt(width: Int) -> String {
        String(repeating: " ", count: max(0, width - 5)) + "...> "
    }

    /// `data/extra.json` → `extra`; `built-in` stays as it is.
    static func shortName(_ origin: String) -> String {
        let last = origin.split(separator: "/").last.map(String.init) ?? origin
        return last.hasSuffix(".json") ? String(last.dropLast(5)) : last
    }
}

/// Text written by the runner, held until the REPL decides where it goes.
final class OutputBuffer: @unchecked Sendable {
    private var text = ""
    // Only the REPL's thread appends and takes; the class exists to share it with the runner's closure.
    func append(_ more: String) { text += more }
    func take() -> String {
        defer { text = "" }
        return text
    }
}
