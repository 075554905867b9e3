#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The formats a timeline can be read from, and how to tell them apart.
///
/// ```swift
/// let format = TimelineFormat.detect(path: "story.json", bytes: bytes)   // .json or .timelineJS
/// let timeline = try format.decode(bytes, options: ImportOptions())
/// ```
public enum TimelineFormat: String, CaseIterable, Hashable, Sendable {
    /// The project's own JSON (docs/data-format.md).
    case json
    /// A header line, then one event a line (``JSONLImporter``).
    case jsonl
    /// Knight Lab TimelineJS3 JSON (``TimelineJSImporter``).
    case timelineJS = "timelinejs"
    /// A header row, then one event a row (``CSVImporter``).
    case csv

    /// The format a file's name says, before its content is looked at: `.jsonl` and
    /// `.ndjson` JSONL, `.csv` CSV, `.json` JSON (which ``detect(path:bytes:)`` may
    /// still find to be TimelineJS); nil for any other name.
    public static func byExtension(of path: String) -> TimelineFormat? {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let ext = name.contains(".") ? String(name.split(separator: ".").last ?? "").lowercased() : ""
        switch ext {
        case "jsonl", "ndjson": return .jsonl
        case "csv": return .csv
        case "json": return .json
        default: return nil
        }
    }

    /// The format of a file, from its extension and, for JSON, a look at its content.
    ///
    /// `.jsonl` and `.ndjson` are JSONL, `.csv` is CSV. A `.json` file is
    /// TimelineJS when its top-level `events` start with an event that has a
    /// `start_date`, else the project's JSON. Any other extension is judged by
    /// the content alone: an object first is JSON (or TimelineJS, or JSONL when
    /// the first line is a whole object with `schemaVersion` and more lines
    /// follow), anything else CSV.
    ///
    /// - Complexity: O(*n*) when the file mentions `"start_date"` (it is then
    ///   parsed), else O(1) for `.json` and O(*n*) at worst otherwise.
    public static func detect(path: String, bytes: [UInt8]) -> TimelineFormat {
        switch byExtension(of: path) {
        case .jsonl: return .jsonl
        case .csv: return .csv
        case .json, .timelineJS: return isTimelineJS(bytes) ? .timelineJS : .json
        case nil: break
        }
        // The first two lines tell: splitting every line of a big file was wasted.
        let lines = JSONLImporter.nonBlankLines(bytes, upTo: 2)
        guard let first = lines.first, bytes[first].first(where: { $0 > 0x20 && $0 < 0x80 }) == UInt8(ascii: "{")
        else { return .csv }
        if isTimelineJS(bytes) { return .timelineJS }
        let firstLine = bytes[first].withUnsafeBufferPointer { try? JSONReader.parse($0) }
        return lines.count > 1 && firstLine?["schemaVersion"] != nil ? .jsonl : .json
    }

    /// Reads `bytes` in this format.
    public func decode(_ bytes: [UInt8], options: ImportOptions = .init()) throws(Diagnostic) -> Timeline {
        switch self {
        case .json: return try TimelineDecoder.decode(bytes)
        case .jsonl: return try JSONLImporter.decode(bytes, options: options)
        case .timelineJS: return try TimelineJSImporter.decode(bytes, options: options)
        case .csv: return try CSVImporter.decode(bytes, options: options)
        }
    }

    /// Top-level `events` whose first item has a `start_date`. A cheap scan
    /// for the key comes first; only a file that has it is parsed.
    static func isTimelineJS(_ bytes: [UInt8]) -> Bool {
        guard contains(bytes, #""start_date""#), let root = try? JSONReader.parse(bytes),
            let first = root["events"]?.arrayValue?.first
        else { return false }
        return first["start_date"] != nil
    }

    /// Whether `text` occurs in `bytes`: `memchr` finds each place its pivot
    /// byte (its first `_`, rare in JSON, or else its first byte) could be.
    /// - Complexity: O(*n*·*k*) at worst, a vectorised scan in practice.
    static func contains(_ bytes: [UInt8], _ text: String) -> Bool {
        let key = Array(text.utf8)
        let pivot = key.firstIndex(of: UInt8(ascii: "_")) ?? 0
        guard !key.isEmpty, bytes.count >= key.count else { return key.isEmpty }
        return bytes.withUnsafeBufferPointer { haystack in
            guard let base = haystack.baseAddress else { return false }
            var from = pivot
            let last = haystack.count - key.count + pivot  // the last place the pivot can be
            while from <= last, let found = memchr(base + from, Int32(key[pivot]), last + 1 - from) {
                let at = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                if memcmp(base + at - pivot, key, key.count) == 0 { return true }
                from = at + 1
            }
            return false
        }
    }
}
