import ArgumentParser
import BuiltinData
import Foundation
import LineEditor
import TimelineCommands
import TimelineCore

/// The `timeline` command: wires arguments, data, the runner and line input.
@main
struct TimelineCLI: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "Query a timeline of policy events: what happened when, who said it, which figures disagree.",
        discussion: """
            With no -c or -f, reads commands from standard input: interactively on a terminal,
            as a script otherwise. Type 'help' for the command language.

            Exit status: 0 success, 1 a command failed, 64 usage error,
            65 a data file is invalid, 66 a file could not be read.
            """,
        version: "0.1.0")

    @Option(
        name: .long,
        help: ArgumentHelp("Load a timeline file instead of the built-in one (repeatable).", valueName: "path"))
    var data: [String] = []

    @Option(name: [.customShort("f"), .long], help: ArgumentHelp("Run the commands in a file.", valueName: "file"))
    var file: String?

    @Option(
        name: [.customShort("c"), .long],
        help: ArgumentHelp("Run a command (repeatable; before -f).", valueName: "command"))
    var command: [String] = []

    @Option(name: .long, help: "Output format: table or json.")
    var format: OutputFormat = .table

    @Flag(name: .long, help: "In a script, report each error and carry on instead of stopping.")
    var keepGoing = false

    @Option(
        name: [.customLong("set")],
        help: ArgumentHelp("Set a script parameter, read as $NAME (repeatable).", valueName: "name=value"))
    var parameters: [Parameter] = []

    @Option(help: ArgumentHelp("The day relative dates count from (default: the system's today).", valueName: "date"))
    var today: TodayOption?

    @Flag(name: .long, help: "Do not run the init file ($XDG_CONFIG_HOME/timeline/init.tl) at start.")
    var noInit = false

    func run() throws {
        let store = try loadStore()
        var session = Session(store: store)
        session.options.format = format
        session.today = today?.day ?? Self.systemToday()
        for parameter in parameters { session.variables[parameter.name] = parameter.value }
        if command.isEmpty && file == nil && Terminal.isTerminal(STDIN_FILENO) {
            return runInteractive(session)
        }
        var runner = Runner(session: session, output: Output.standardOutput, errors: Output.errorSink())
        runner.keepGoing = keepGoing
        runner.width = Terminal.outputWidth()

        var outcome = Runner.Outcome.success
        for (index, text) in command.enumerated() {
            outcome = merge(outcome, runner.runLine(text, name: "<command \(index + 1)>"))
            if outcome == .quit || (outcome == .failed && !keepGoing) { return try finish(outcome) }
        }
        if let file {
            guard let text = try? String(contentsOfFile: file, encoding: .utf8) else {
                Output.standardError("timeline: cannot read script '\(file)'\n")
                throw ExitCode(66)
            }
            outcome = merge(outcome, runner.runScript(lines: Self.lines(of: text), name: file))
        } else if command.isEmpty {
            outcome = merge(outcome, runStandardInput(&runner, title: store.title, count: store.count))
        }
        try finish(outcome)
    }

    private func merge(_ a: Runner.Outcome, _ b: Runner.Outcome) -> Runner.Outcome {
        if b == .quit { return a == .failed ? .failed : .quit }
        return a == .failed || b == .failed ? .failed : .success
    }

    private func finish(_ outcome: Runner.Outcome) throws {
        if outcome == .failed { throw ExitCode(1) }
    }

    /// Standard input that is not a terminal is a script.
    private func runStandardInput(_ runner: inout Runner, title: String, count: Int) -> Runner.Outcome {
        let reader = PlainLineReader()
        let lines = AnySequence {
            AnyIterator { () -> String? in
                if case .line(let text) = reader.read(prompt: "") { return text }
                return nil
            }
        }
        return runner.runScript(lines: lines, name: "<stdin>")
    }

    /// The REPL: init file, banner, then lines until quit or Ctrl-D. Errors never end it.
    private func runInteractive(_ session: Session) {
        let terminal = TerminalFacts.current()
        let buffer = OutputBuffer()
        var runner = Runner(session: session, output: { buffer.append($0) }, errors: Output.errorSink())
        runner.keepGoing = true
        runner.width = terminal.outputIsTerminal ? terminal.columns ?? 80 : nil
        if !noInit, let initFile = InitFile.url(), let text = try? String(contentsOf: initFile, encoding: .utf8) {
            _ = runner.runScript(lines: Self.lines(of: text), name: initFile.path)
            Output.standardOutput(buffer.take())
        }
        let store = session.store
        Output.standardOutput(
            "timeline \(Self.configuration.version): \(store.title) (\(store.count) events)\n"
                + "Type 'help' for commands, Tab to complete, Ctrl-D or 'quit' to leave.\n")
        let (reader, completion) = LineReaders.interactive(store: store, settings: session.options.all)
        var repl = Repl(runner: runner, reader: reader, completion: completion, buffer: buffer, terminal: terminal)
        repl.run()
    }

    private func loadStore() throws -> TimelineStore {
        var store = TimelineStore()
        let inputs: [(name: String, bytes: [UInt8])]
        if data.isEmpty {
            inputs = [(BuiltinData.name, BuiltinData.bytes)]
        } else {
            inputs = try data.map { path in
                guard let contents = FileManager.default.contents(atPath: path) else {
                    Output.standardError("timeline: cannot read data file '\(path)'\n")
                    throw ExitCode(66)
                }
                return (path, [UInt8](contents))
            }
        }
        for input in inputs {
            do {
                try store.add(try TimelineDecoder.decode(input.bytes), from: input.name)
            } catch let error as Diagnostic {
                let source = SourceText(name: input.name, text: String(decoding: input.bytes, as: UTF8.self))
                Output.standardError(DiagnosticRenderer.render(error, in: source))
                throw ExitCode(65)
            } catch let error as StoreError {
                Output.standardError("timeline: \(error.message)\n")
                throw ExitCode(65)
            }
        }
        return store
    }

    /// A file's lines, without a trailing empty line after the last newline.
    static func lines(of text: String) -> [String] {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
            $0.hasSuffix("\r") ? String($0.dropLast()) : String($0)
        }
        if lines.last == "" { lines.removeLast() }
        return lines
    }
}

extension OutputFormat: ExpressibleByArgument {}

extension TimelineCLI {
    /// Today in the local time zone, as a calendar day.
    static func systemToday() -> Day? {
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        guard let year = parts.year, let month = parts.month, let day = parts.day else { return nil }
        return Day(year: year, month: month, day: day)
    }
}

/// `--set NAME=VALUE`.
struct Parameter: ExpressibleByArgument {
    var name: String
    var value: String

    init?(argument: String) {
        guard let equals = argument.firstIndex(of: "="), equals != argument.startIndex else { return nil }
        name = String(argument[..<equals])
        value = String(argument[argument.index(after: equals)...])
        guard name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }) else { return nil }
    }
}

/// `--today YYYY-MM-DD`: a plain calendar day.
struct TodayOption: ExpressibleByArgument {
    var day: Day

    init?(argument: String) {
        guard let date = try? FuzzyDate.parse(argument), date.isPlainDay, let day = date.earliest else { return nil }
        self.day = day
    }
}
