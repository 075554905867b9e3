import Foundation
import TimelineCore

/// Where the executable writes: standard output and standard error, unbuffered
/// so errors interleave correctly with results.
///
/// A reader that goes away (`timeline -c list | head -1`) is not an error: when
/// standard output is a closed pipe the process ends quietly with status 0.
enum Output {
    static func standardOutput(_ text: String) {
        if !write(text, to: STDOUT_FILENO) { exit(0) }
    }

    static func standardError(_ text: String) {
        _ = write(text, to: STDERR_FILENO)
    }

    /// Bytes as they are (an export) to standard output.
    static func standardOutput(bytes: [UInt8]) {
        if !bytes.withUnsafeBufferPointer({ write($0, to: STDOUT_FILENO) }) { exit(0) }
    }

    /// Writes all of `text`; false when the other end of a pipe has gone.
    private static func write(_ text: String, to fd: Int32) -> Bool {
        // In place: a copy of a big export's text first was one more pass over it.
        if let written = text.utf8.withContiguousStorageIfAvailable({ write($0, to: fd) }) { return written }
        return Array(text.utf8).withUnsafeBufferPointer { write($0, to: fd) }
    }

    /// Writes all of `bytes`; false when the other end of a pipe has gone.
    private static func write(_ bytes: UnsafeBufferPointer<UInt8>, to fd: Int32) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let n = Glibc.write(fd, bytes.baseAddress?.advanced(by: offset), bytes.count - offset)
            if n < 0 {
                if errno == EINTR { continue }
                return errno != EPIPE
            }
            offset += n
        }
        return true
    }

    /// Where rendered diagnostics go: standard error, coloured when it is a
    /// terminal and neither `NO_COLOR` nor `TERM=dumb` says otherwise.
    static func errorSink(environment: [String: String] = ProcessInfo.processInfo.environment) -> (String) -> Void {
        let colour = isatty(STDERR_FILENO) == 1 && environment["NO_COLOR"] == nil && environment["TERM"] != "dumb"
        guard colour else { return { standardError($0) } }
        return { standardError(DiagnosticRenderer.colourized($0)) }
    }
}
