import Foundation
import TimelineCore

/// Where the executable writes: standard output and standard error, unbuffered
/// for errors so they interleave correctly with results.
enum Output {
    static func standardOutput(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static func standardError(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// Where rendered diagnostics go: standard error, coloured when it is a
    /// terminal and neither `NO_COLOR` nor `TERM=dumb` says otherwise.
    static func errorSink(environment: [String: String] = ProcessInfo.processInfo.environment) -> (String) -> Void {
        let colour = isatty(STDERR_FILENO) == 1 && environment["NO_COLOR"] == nil && environment["TERM"] != "dumb"
        guard colour else { return { standardError($0) } }
        return { standardError(DiagnosticRenderer.colourized($0)) }
    }
}
