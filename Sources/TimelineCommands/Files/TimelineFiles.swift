import Foundation
import TimelineCore

/// Reading timeline files of every supported format. Problems come back as
/// diagnostics that carry the file's text (``Diagnostic/file``), so they print
/// as `file:line:column` with a caret whatever command asked.
public enum TimelineFiles {
    /// The bytes of a file.
    public static func read(_ path: String, at span: Span? = nil) throws(Diagnostic) -> [UInt8] {
        do {
            return try FileReader.read(AtomicFile.expand(path))
        } catch {
            switch error {
            case .missing: throw .error("no such file: '\(path)'", at: span)
            case .unreadable(let reason): throw .error("cannot read '\(path)': \(reason)", at: span)
            case .tooBig(let limit):
                throw .error(
                    "'\(path)' is larger than \(limit >> 20) MiB, the most a timeline file may hold; "
                        + "split it, or select what you need with another tool first", at: span)
            }
        }
    }

    /// A timeline from a file's bytes, in the format its name and content say.
    /// - Parameter progress: told how far a JSON read has got; may stop it.
    public static func decode(
        _ bytes: [UInt8], path: String, mapping: [String: String] = [:], progress: LoadProgress? = nil
    ) throws(Diagnostic) -> Timeline {
        do {
            let options = ImportOptions(mapping: mapping)
            switch TimelineFormat.detect(path: path, bytes: bytes) {
            case .json: return try TimelineDecoder.decode(bytes, progress: progress)
            case .jsonl: return try JSONLImporter.decode(bytes, options: options, progress: progress)
            case .timelineJS: return try TimelineJSImporter.decode(bytes, options: options)
            case .csv: return try CSVImporter.decode(bytes, options: options)
            }
        } catch  where error.isInterruption {
            throw error
        } catch {
            throw error.located(in: SourceText(name: path, text: String(decoding: bytes, as: UTF8.self)))
        }
    }

    /// Loads bigger than this show a ``ProgressLine`` (on a terminal): a
    /// smaller file loads in well under the line's quarter-second delay.
    public static let progressThreshold = 8 << 20

    /// A file's bytes and timeline. A big file shows a ``ProgressLine`` on a
    /// terminal, and Ctrl-C stops it (``Diagnostic/interrupted``, nothing loaded).
    public static func load(_ path: String, at span: Span? = nil, mapping: [String: String] = [:]) throws(Diagnostic)
        -> (bytes: [UInt8], timeline: Timeline)
    {
        let bytes = try read(path, at: span)
        let line = ProgressLine.forLoad(name: path, total: bytes.count)
        defer { line?.finish() }
        return (bytes, try decode(bytes, path: path, mapping: mapping, progress: line?.progress))
    }
}
