/// A problem found in user input, as data: what went wrong, where, and what
/// might help.
///
/// Every phase raises its own errors; they are turned into a `Diagnostic` in
/// one place, and ``DiagnosticRenderer`` prints it:
///
/// ```
/// report.tl:3:1: error: unknown command 'lst'
///     3 | lst tag:arrests
///       | ^~~
///   help: did you mean 'list'?
/// ```
public struct Diagnostic: Error, Hashable, Sendable {
    public enum Severity: String, Hashable, Sendable {
        case error, warning, note
    }

    public var severity: Severity
    public var message: String
    /// Where in the source the problem is; `nil` when it is about the input as a whole.
    public var span: Span?
    /// Extra lines: "expected one of: …", "did you mean 'list'?".
    public var notes: [String]
    /// The text the span points into, when it is not the input being run
    /// (a data file that `load` read, say).
    public var file: SourceText?

    public init(_ severity: Severity = .error, _ message: String, at span: Span? = nil, notes: [String] = []) {
        self.severity = severity
        self.message = message
        self.span = span
        self.notes = notes
    }

    /// An error-level diagnostic.
    public static func error(_ message: String, at span: Span? = nil, notes: [String] = []) -> Diagnostic {
        Diagnostic(.error, message, at: span, notes: notes)
    }

    /// The same diagnostic, pointing into `file`.
    public func located(in file: SourceText) -> Diagnostic {
        var copy = self
        copy.file = file
        return copy
    }

    /// The same diagnostic with its span moved by `delta` bytes.
    public func shifted(by delta: Int) -> Diagnostic {
        var copy = self
        copy.span = span?.shifted(by: delta)
        return copy
    }

    /// Adds "did you mean …?" when `suggestion` is not nil.
    public func suggesting(_ suggestion: String?) -> Diagnostic {
        guard let suggestion else { return self }
        var copy = self
        copy.notes.append("did you mean '\(suggestion)'?")
        return copy
    }
}
