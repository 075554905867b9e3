internal import CInterrupt

/// Ctrl-C for long commands: the process's SIGINT flag, and the cheap check that
/// long loops make to stop early.
///
/// The handler (plain C, in the `CInterrupt` target) only sets an atomic flag. Loops
/// over events call ``check()`` (or read ``isRequested``) every so many iterations
/// and stop by throwing ``Interrupted``; whoever reports the interruption calls
/// ``take()`` to clear the flag. The flag is the process's one global mutable state
/// besides the line editor's bridge; a signal handler can reach nothing else.
///
/// Polls see the flag only after ``arm()``: the command-line tool arms it, in-process
/// tests do not, so a test that raises SIGINT cannot stop another test's command.
///
/// A program that does not poll in time is not stuck: the third SIGINT that nobody
/// took removes the file registered with ``removeOnForcedExit(_:)`` and ends the
/// process with status 130.
///
/// ```swift
/// for (index, event) in events.enumerated() {
///     if index % Interruption.stride == 0 { try Interruption.check() }
///     render(event)
/// }
/// ```
public enum Interruption {
    /// How many iterations a loop may run between checks; a check costs a function
    /// call and a relaxed atomic load, so this is about keeping the cost invisible.
    public static let stride = 1024

    /// Installs the SIGINT handler for the rest of the process, unblocks SIGINT on the
    /// calling thread (a parent may have blocked it) and arms the flag. Until then SIGINT
    /// ends the process (status 130 by the default action).
    public static func install() {
        timeline_interrupt_install(1, nil)
        timeline_interrupt_unblock()
        arm()
    }

    /// Lets ``isRequested`` and ``check()`` see the flag.
    public static func arm() {
        timeline_interrupt_arm(1)
    }

    /// True when Ctrl-C arrived (and the flag is armed) and nobody took it yet.
    ///
    /// - Complexity: O(1): one relaxed atomic load.
    public static var isRequested: Bool {
        timeline_interrupt_pending() != 0
    }

    /// Throws ``Interrupted`` when Ctrl-C arrived; does not clear the flag, so every
    /// loop on the way out stops too.
    public static func check() throws(Interrupted) {
        if isRequested { throw Interrupted() }
    }

    /// For loops that cannot throw (exporters, renderers: pure functions): true at every
    /// ``stride``-th `index` when Ctrl-C arrived. The loop stops early and returns what it has;
    /// its caller must then call ``check()`` and throw the partial result away.
    ///
    /// ```swift
    /// for (index, event) in slice.events.enumerated() {
    ///     if Interruption.shouldStop(at: index) { break }
    ///     appendRecord(row(event), to: &output)
    /// }
    /// ```
    public static func shouldStop(at index: Int) -> Bool {
        index % stride == 0 && isRequested
    }

    /// The same check, for code whose errors are diagnostics: throws ``Diagnostic/interrupted``.
    public static func checkDiagnostic() throws(Diagnostic) {
        if isRequested { throw .interrupted }
    }

    /// Clears the flag; true when it was set.
    @discardableResult
    public static func take() -> Bool {
        timeline_interrupt_take() != 0
    }

    /// Sets the flag as Ctrl-C would (for a caller that is not the signal handler).
    public static func request() {
        timeline_interrupt_request()
    }

    /// The file a forced exit (the third unanswered Ctrl-C) removes first: a temporary
    /// file being written. nil for none.
    public static func removeOnForcedExit(_ path: String?) {
        if let path { timeline_interrupt_set_cleanup(path) } else { timeline_interrupt_set_cleanup(nil) }
    }
}

/// The error a long loop throws when Ctrl-C asked it to stop.
public struct Interrupted: Error, Equatable, Sendable {
    public init() {}
}

extension Diagnostic {
    /// What an interrupted command reports: the runner prints it as `interrupted`
    /// and, in a script, exits with status 130.
    public static let interrupted = Diagnostic(.error, "interrupted", notes: ["Ctrl-C"])

    /// True for ``interrupted``.
    public var isInterruption: Bool { self == .interrupted }
}
