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

    /// A big JSON or JSONL timeline file (by its name) read through a mapping
    /// (``MappedFile``) by the fast reader, which lets the file's pages go as it
    /// passes them: its digest and timeline. Nil when that way does not apply (a
    /// small file, another format, not mappable) or the fast reader gave up on the
    /// file: the caller then reads it the usual way, whose reader says what is wrong.
    /// A ``ProgressLine`` shows on a terminal.
    /// - Throws: ``Diagnostic/interrupted`` on Ctrl-C (nothing loaded); an error
    ///   when the file was shortened by another program while it was read.
    /// - Parameter minimum: smaller files are left to the usual way (tests map small files).
    public static func loadMapped(_ path: String, at span: Span? = nil, minimum: Int = MappedFile.threshold)
        throws(Diagnostic) -> (digest: String, timeline: Timeline)?
    {
        let expanded = AtomicFile.expand(path)
        let format = TimelineFormat.byExtension(of: expanded)
        guard format == .json || format == .jsonl, let file = MappedFile(expanded, minimum: minimum) else {
            return nil
        }
        // The digest first: it reads every page, which the reader then reads and lets go.
        let digest = SessionDocument.digest(file.bytes)
        let line = ProgressLine.forLoad(name: path, total: file.bytes.count)
        defer { line?.finish() }
        let outcome =
            format == .json
            ? FastTimelineDecoder.decode(mappedFile: file.bytes, progress: line?.progress)
            : FastTimelineDecoder.decodeJSONL(mappedFile: file.bytes, progress: line?.progress)
        if file.changedWhileRead {
            throw .error("'\(path)' changed while it was read (another program shortened it); load it again", at: span)
        }
        switch outcome {
        case .decoded(let timeline): return (digest, timeline)
        case .stopped: throw .interrupted
        case .needsValidation: return nil
        }
    }

    /// Loads bigger than this show a ``ProgressLine`` (on a terminal): a
    /// smaller file loads in well under the line's quarter-second delay.
    public static let progressThreshold = 8 << 20

    /// A file's digest (``SessionDocument/digest(_:)``) and timeline. A big file shows a
    /// ``ProgressLine`` on a terminal, and Ctrl-C stops it (``Diagnostic/interrupted``, nothing loaded).
    /// A big JSON or JSONL file is read through a mapping (``loadMapped(_:at:)``).
    public static func load(_ path: String, at span: Span? = nil, mapping: [String: String] = [:]) throws(Diagnostic)
        -> (digest: String, timeline: Timeline)
    {
        if mapping.isEmpty, let loaded = try loadMapped(path, at: span) { return loaded }
        let bytes = try read(path, at: span)
        let line = ProgressLine.forLoad(name: path, total: bytes.count)
        defer { line?.finish() }
        let timeline = try decode(bytes, path: path, mapping: mapping, progress: line?.progress)
        return (SessionDocument.digest(bytes), timeline)
    }
}
