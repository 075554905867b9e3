import TimelineCore

/// Runs command lines against a ``Session`` and sends rendered results and
/// rendered diagnostics to two sinks. Shared by scripts, `-c` and the REPL.
///
/// ```swift
/// var runner = Runner(session: session, output: { print($0, terminator: "") },
///                     errors: { FileHandle.standardError.write($0) })
/// let outcome = runner.runScript(text, name: "report.tl")
/// ```
public struct Runner {
    /// How a line or script ended.
    public enum Outcome: Equatable, Sendable {
        case success
        /// At least one command failed.
        case failed
        /// `quit` was run.
        case quit
        /// Ctrl-C stopped a command (reported as `interrupted`); a script stops here, exit 130.
        case interrupted
    }

    public var session: Session
    /// Report an error and carry on with the next line instead of stopping.
    public var keepGoing = false
    /// Terminal width for tables, or nil when output is not a terminal.
    public var width: Int?
    let output: (String) -> Void
    let errors: (String) -> Void
    /// Where an export's bytes go, when the output takes bytes as they are; without it
    /// they go to `output` as text. (Making the text checks every byte as UTF-8 again:
    /// a fifth of exporting a slice of a thousand events.)
    public var outputBytes: (([UInt8]) -> Void)?
    /// `field:value` words of the loaded timeline, for "did you mean 'tag:arrests'?".
    private var vocabulary: [String] = []
    /// Asks a yes/no question (the REPL's "replace slice.json?"); nil in scripts, where the answer is no.
    public var confirm: ((String) -> Bool)?
    /// What Ctrl-C during a command prints on the error sink. The REPL starts it with a newline,
    /// so that it does not run on from the `^C` the terminal echoed.
    public var interruptedMessage = "interrupted\n"
    /// How deep `run` files are nested now.
    private var runDepth = 0
    /// The deepest `run` may nest (a file that runs itself stops here).
    public static let maximumRunDepth = 8
    /// The longest command line, in UTF-8 bytes: far beyond any typed or pasted command, and
    /// short enough that lexing, parsing and printing an error for it stay instant.
    public static let maximumLineBytes = 256 * 1024

    public init(session: Session, output: @escaping (String) -> Void, errors: @escaping (String) -> Void) {
        self.session = session
        self.output = output
        self.errors = errors
        self.vocabulary = Self.vocabulary(of: session.store)
    }

    static func vocabulary(of store: TimelineStore) -> [String] {
        FieldTerm.Field.allCases.filter { $0 != .id }.flatMap { field in
            store.vocabulary(for: field).map { "\(field.rawValue):\($0)" }
        }
    }

    /// Runs one line. Blank lines and `#` comments do nothing.
    ///
    /// - Parameters:
    ///   - name: what errors call the input (`report.tl`, `<stdin>`, `<command 1>`).
    ///   - lineNumber: the line's number in that input.
    public mutating func runLine(_ line: String, name: String, lineNumber: Int = 1) -> Outcome {
        let trimmed = line.drop { $0 == " " || $0 == "\t" }
        if trimmed.isEmpty || trimmed.hasPrefix("#") { return .success }
        guard line.utf8.count <= Self.maximumLineBytes else {
            // No caret: the line itself is what is wrong, and printing it would flood the terminal.
            let bytes = NumberText.grouped(Double(line.utf8.count), decimals: 0)
            let limit = NumberText.grouped(Double(Self.maximumLineBytes), decimals: 0)
            errors(
                DiagnosticRenderer.render(
                    .error(
                        "command line too long: \(bytes) bytes (the limit is \(limit))",
                        notes: ["put long texts in a file and load it"]),
                    in: SourceText(name: "\(name):\(lineNumber)", text: "")))
            return .failed
        }
        let source = SourceText(name: name, text: line, firstLine: lineNumber)
        do {
            let start = ContinuousClock.now
            var command = try CommandParser.parse(line, vocabulary: vocabulary, context: session.parserContext)
            if case .run(let path, let span) = command { return try run(path, span: span) }
            command = confirmingOverwrite(command)
            let generation = session.document.undo.count + session.store.count
            let result = try session.execute(command)
            // Once a command has changed the session or written a file, it has happened: say so,
            // and let a Ctrl-C that came too late stop the next line instead. A query that was
            // interrupted is thrown away.
            let hasEffects = command.changesData || command.writesFile
            if !hasEffects { try Interruption.checkDiagnostic() }
            if session.document.undo.count + session.store.count != generation || command.changesData {
                vocabulary = Self.vocabulary(of: session.store)
            }
            if case .quit = result { return .quit }
            let text: String
            switch (session.options.format, result) {
            case (_, .raw(let bytes)):  // an export: its bytes, as its format defines them
                text = outputBytes == nil ? String(decoding: bytes, as: UTF8.self) : ""
            case (.table, _): text = TerminalText.visible(TableRenderer(width: width).render(result))
            case (.json, _): text = JSONRenderer.render(result)
            }
            // Renderers stop early on Ctrl-C; what they made so far is not shown.
            if !hasEffects { try Interruption.checkDiagnostic() }
            if case .raw(let bytes) = result, let outputBytes {
                outputBytes(bytes)
            } else {
                output(text)
            }
            if session.options.timer { output(Self.timing(ContinuousClock.now - start)) }
            if case .check(let report) = result, report.failsStrict {
                let errorCount = report.count(.error)
                errors("check --strict: \(errorCount) error-level finding\(errorCount == 1 ? "" : "s")\n")
                return .failed
            }
            return .success
        } catch  where error.isInterruption {
            Interruption.take()
            errors(interruptedMessage)
            return .interrupted
        } catch {
            errors(TerminalText.visible(DiagnosticRenderer.render(error, in: source)))
            return .failed
        }
    }

    /// `run FILE`: the file's commands, as a script (stopping at an error unless --keep-going).
    private mutating func run(_ path: String, span: Span) throws(Diagnostic) -> Outcome {
        try session.checkSafe("running '\(path)'", reading: path, at: span)
        guard runDepth < Self.maximumRunDepth else {
            throw .error(
                "run files nest more than \(Self.maximumRunDepth) deep", at: span, notes: ["does \(path) run itself?"])
        }
        let bytes = try TimelineFiles.read(path, at: span)
        runDepth += 1
        defer { runDepth -= 1 }
        let outcome = runScript(lines: Self.lines(of: String(decoding: bytes, as: UTF8.self)), name: path)
        return outcome
    }

    /// In the REPL, an export or save onto an existing file asks before replacing it.
    private func confirmingOverwrite(_ command: Command) -> Command {
        guard let confirm else { return command }
        switch command {
        case .export(var export) where !export.force:
            guard let path = export.path, AtomicFile.exists(path), confirm("replace \(path)?") else { return command }
            export.force = true
            return .export(export)
        case .save(let path?, let span, false) where path != session.document.path:
            guard AtomicFile.exists(path), confirm("replace \(path)?") else { return command }
            return .save(path: path, span: span, force: true)
        default:
            return command
        }
    }

    /// A file's lines, without a trailing empty line after the last newline.
    public static func lines(of text: String) -> [String] {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
            $0.hasSuffix("\r") ? String($0.dropLast()) : String($0)
        }
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    /// `Time: 0.412 ms`, as psql's `\\timing` prints it.
    static func timing(_ duration: Duration) -> String {
        let (seconds, attoseconds) = duration.components
        let milliseconds = Double(seconds) * 1000 + Double(attoseconds) / 1e15
        return "Time: \(NumberText.grouped(milliseconds, decimals: 3)) ms\n"
    }

    /// True when a comment line asks for safe mode: a `#` comment holding the word `--safe`
    /// (`# --safe`, `#!/usr/bin/env -S timeline --safe -f`).
    public static func asksForSafeMode(_ firstLine: String) -> Bool {
        firstLine.hasPrefix("#") && firstLine.split(separator: " ").contains("--safe")
    }

    /// Runs a script's lines in order; stops at the first error unless ``keepGoing``.
    /// A script's opening comment lines (its first line, usually) may ask for safe mode,
    /// which is then on before any command runs, and stays on.
    public mutating func runScript<S: Sequence>(lines: S, name: String) -> Outcome where S.Element == String {
        var failed = false
        var opening = true
        for (index, line) in lines.enumerated() {
            // Ctrl-C between two lines (or while the next was being read) stops the script.
            if Interruption.isRequested {
                Interruption.take()
                errors(interruptedMessage)
                return .interrupted
            }
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            if opening, trimmed.hasPrefix("#"), Self.asksForSafeMode(String(trimmed)) {
                session.enterSafeMode(allowing: [name])
            } else if !trimmed.isEmpty && !trimmed.hasPrefix("#") {
                opening = false
            }
            switch runLine(line, name: name, lineNumber: index + 1) {
            case .success: continue
            case .quit: return failed ? .failed : .quit
            case .interrupted: return .interrupted
            case .failed:
                failed = true
                if !keepGoing { return .failed }
            }
        }
        return failed ? .failed : .success
    }
}
