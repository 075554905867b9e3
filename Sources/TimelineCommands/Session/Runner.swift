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
    }

    public var session: Session
    /// Report an error and carry on with the next line instead of stopping.
    public var keepGoing = false
    /// Terminal width for tables, or nil when output is not a terminal.
    public var width: Int?
    let output: (String) -> Void
    let errors: (String) -> Void
    /// `field:value` words of the loaded timeline, for "did you mean 'tag:arrests'?".
    private var vocabulary: [String] = []

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
        let source = SourceText(name: name, text: line, firstLine: lineNumber)
        do {
            let start = ContinuousClock.now
            let command = try CommandParser.parse(line, vocabulary: vocabulary, context: session.parserContext)
            let result = try session.execute(command)
            if case .quit = result { return .quit }
            switch session.options.format {
            case .table: output(TableRenderer(width: width).render(result))
            case .json: output(JSONRenderer.render(result))
            }
            if session.options.timer { output(Self.timing(ContinuousClock.now - start)) }
            if case .check(let report) = result, report.failsStrict {
                let errorCount = report.count(.error)
                errors("check --strict: \(errorCount) error-level finding\(errorCount == 1 ? "" : "s")\n")
                return .failed
            }
            return .success
        } catch {
            errors(DiagnosticRenderer.render(error, in: source))
            return .failed
        }
    }

    /// `Time: 0.412 ms`, as psql's `\\timing` prints it.
    static func timing(_ duration: Duration) -> String {
        let (seconds, attoseconds) = duration.components
        let milliseconds = Double(seconds) * 1000 + Double(attoseconds) / 1e15
        return "Time: \(NumberText.grouped(milliseconds, decimals: 3)) ms\n"
    }

    /// Runs a script's lines in order; stops at the first error unless ``keepGoing``.
    public mutating func runScript<S: Sequence>(lines: S, name: String) -> Outcome where S.Element == String {
        var failed = false
        for (index, line) in lines.enumerated() {
            switch runLine(line, name: name, lineNumber: index + 1) {
            case .success: continue
            case .quit: return failed ? .failed : .quit
            case .failed:
                failed = true
                if !keepGoing { return .failed }
            }
        }
        return failed ? .failed : .success
    }
}
