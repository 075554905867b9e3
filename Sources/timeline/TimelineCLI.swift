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
            65 a data file is invalid, 66 a file could not be read, 130 interrupted (Ctrl-C).
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

    @Flag(
        name: .long,
        help: "Safe mode: no file writes, reads only of files named here, no pager, history or init file.")
    var safe = false

    @Flag(name: .long, help: "Do not run the init file ($XDG_CONFIG_HOME/timeline/init.tl) at start.")
    var noInit = false

    func run() throws {
        // A file-size limit makes a write fail with an error (reported, the old file kept), not kill us.
        signal(SIGXFSZ, SIG_IGN)
        // A closed pipe shows up as a failed write (Output ends quietly), not a kill.
        signal(SIGPIPE, SIG_IGN)
        // Ctrl-C stops the load of a big file (status 130), then the running command (the REPL
        // then prompts again; a script exits 130), removing any half-written temporary file.
        Interruption.install()
        var session = try loadSession()
        let store = session.store
        session.options.format = format
        session.today = today?.day ?? Self.systemToday()
        for parameter in parameters { session.variables[parameter.name] = parameter.value }
        if safe { session.enterSafeMode(allowing: data + (file.map { [$0] } ?? [])) }
        if command.isEmpty && file == nil && Terminal.isTerminal(STDIN_FILENO) {
            return runInteractive(session)
        }
        var runner = Runner(session: session, output: Output.standardOutput, errors: Output.errorSink())
        runner.outputBytes = { Output.standardOutput(bytes: $0) }
        runner.keepGoing = keepGoing
        runner.width = Terminal.outputWidth()

        var outcome = Runner.Outcome.success
        for (index, text) in command.enumerated() {
            if Interruption.isRequested {
                Interruption.take()
                Output.standardError("interrupted\n")
                finish(.interrupted)
            }
            outcome = merge(outcome, runner.runLine(text, name: "<command \(index + 1)>"))
            if outcome == .quit || outcome == .interrupted || (outcome == .failed && !keepGoing) {
                finish(outcome)
            }
        }
        if let file {
            guard let text = try? String(contentsOfFile: file, encoding: .utf8) else {
                Output.standardError("timeline: cannot read script '\(file)'\n")
                throw ExitCode(66)
            }
            outcome = merge(outcome, runner.runScript(lines: Runner.lines(of: text), name: file))
        } else if command.isEmpty {
            outcome = merge(outcome, runStandardInput(&runner, title: store.title, count: store.count))
        }
        // Ctrl-C after the last command started (or while waiting for input that never came).
        if outcome != .interrupted && Interruption.isRequested {
            Interruption.take()
            Output.standardError("interrupted\n")
            outcome = .interrupted
        }
        finish(outcome)
    }

    private func merge(_ a: Runner.Outcome, _ b: Runner.Outcome) -> Runner.Outcome {
        if a == .interrupted || b == .interrupted { return .interrupted }
        if b == .quit { return a == .failed ? .failed : .quit }
        return a == .failed || b == .failed ? .failed : .success
    }

    /// Ends the process with the outcome's status. Output is written unbuffered
    /// (``Output``), so nothing is pending; exiting here skips tearing down the
    /// session, which for a million events took ~6 % of a whole `-c` run.
    private func finish(_ outcome: Runner.Outcome) -> Never {
        switch outcome {
        case .failed: Glibc.exit(1)
        case .interrupted: Glibc.exit(130)
        case .success, .quit: Glibc.exit(0)
        }
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
        runner.interruptedMessage = "\ninterrupted\n"
        runner.width = terminal.outputIsTerminal ? terminal.columns ?? 80 : nil
        if !noInit, !session.safe, let initFile = InitFile.url(),
            let text = try? String(contentsOf: initFile, encoding: .utf8)
        {
            _ = runner.runScript(lines: Runner.lines(of: text), name: initFile.path)
            Output.standardOutput(buffer.take())
        }
        let store = session.store
        Output.standardOutput(
            "timeline \(Self.configuration.version): \(store.title) (\(store.count) events)\n"
                + "Type 'help' for commands, Tab to complete, Ctrl-D or 'quit' to leave.\n")
        if session.safe { runner.session.options.pager = false }
        let (reader, completion) = LineReaders.interactive(
            store: store, settings: session.options.all, keepsHistory: !session.safe)
        var repl = Repl(runner: runner, reader: reader, completion: completion, buffer: buffer, terminal: terminal)
        repl.run()
    }

    /// The built-in timeline, or the `--data` files in any supported format, merged.
    /// A file that cannot be read exits 66; one that is not a valid timeline, 65.
    private func loadSession() throws -> Session {
        guard !data.isEmpty else {
            let timeline = try decodeOrExit(BuiltinData.bytes, name: BuiltinData.name)
            var session = Session(store: try storeOrExit(timeline, origins: [BuiltinData.name]))
            session.document = SessionDocument(isBuiltIn: true)
            return session
        }
        var merged: Timeline?
        // The first file's path and digest (not its bytes, nor its events: a big file's bytes are
        // let go before the store is built, and the store's events stand for the file's).
        var first: (path: String, digest: String)?
        for path in data {
            let timeline: Timeline
            if let (digest, mapped) = try loadMappedOrExit(path) {
                timeline = mapped
                if first == nil { first = (path, digest) }
            } else {
                let bytes: [UInt8]
                do {
                    bytes = try TimelineFiles.read(path)
                } catch {
                    Output.standardError("timeline: \(error.message)\n")
                    throw ExitCode(66)
                }
                timeline = try decodeOrExit(
                    bytes, name: path, progress: ProgressLine.forLoad(name: path, total: bytes.count))
                if first == nil { first = (path, SessionDocument.digest(bytes)) }
            }
            if var whole = merged {
                whole.events += timeline.events
                whole.metrics += timeline.metrics.filter { m in !whole.metrics.contains { $0.id == m.id } }
                whole.actors += timeline.actors.filter { a in !whole.actors.contains { $0.id == a.id } }
                whole.sources += timeline.sources.filter { s in !whole.sources.contains { $0.id == s.id } }
                merged = whole
            } else {
                merged = timeline
            }
        }
        guard let whole = merged.take(), let first else { throw ExitCode(66) }
        // Handed over, not copied: the store sorts the only array of the events in place.
        var session = Session(store: try storeOrExit(whole, origins: data))
        if data.count == 1 {
            session.document = SessionDocument(path: first.path, digest: first.digest, saved: session.store)
        }
        return session
    }

    /// A big JSON or JSONL file through a mapping (``TimelineFiles/loadMapped(_:at:)``), or nil
    /// for the usual way. Ctrl-C exits 130; a file shortened while it was read, 66.
    private func loadMappedOrExit(_ path: String) throws -> (digest: String, timeline: Timeline)? {
        do {
            return try TimelineFiles.loadMapped(path)
        } catch {
            if error.isInterruption { throw interruptedLoad() }
            Output.standardError("timeline: \(error.message)\n")
            throw ExitCode(66)
        }
    }

    /// Ctrl-C stopped a load at start: taken, said, and the status to exit with.
    private func interruptedLoad() -> ExitCode {
        Interruption.take()
        Output.standardError("interrupted\n")
        return ExitCode(130)
    }

    private func decodeOrExit(_ bytes: [UInt8], name: String, progress line: ProgressLine? = nil) throws -> Timeline {
        defer { line?.finish() }
        do {
            return try TimelineFiles.decode(bytes, path: name, progress: line?.progress)
        } catch {
            line?.finish()
            if error.isInterruption { throw interruptedLoad() }
            Output.standardError(DiagnosticRenderer.render(error, in: nil))
            throw ExitCode(65)
        }
    }

    private func storeOrExit(_ timeline: consuming Timeline, origins: [String]) throws -> TimelineStore {
        do {
            return try TimelineStore(timeline, origins: origins)
        } catch {
            Output.standardError("timeline: \(error.message)\n")
            throw ExitCode(65)
        }
    }
}

extension OutputFormat: ExpressibleByArgument {}

extension TimelineCLI {
    /// Today in the local time zone, as a calendar day.
    static func systemToday() -> Day? {
        // The C library's local time (TZ, else /etc/localtime), always Gregorian like `Day`:
        // Foundation's `Calendar.current` took ~1 ms of a 12 ms start-up to set up a calendar,
        // a time zone and a locale for three numbers, and follows a locale's own calendar.
        var now = time(nil)
        var parts = tm()
        guard localtime_r(&now, &parts) != nil else { return nil }
        return Day(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))
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
