/// Reads a timeline written as JSON Lines: a header object on the first line,
/// then one event per line, in the project's own shapes (docs/import-formats.md).
///
/// ```
/// {"schemaVersion":1,"title":"ICE arrests","sources":[{"id":"paper","name":"The Paper","kind":"newspaper"}]}
/// {"id":"call","date":"2025-01-25","kind":"briefing","title":"A call","summary":"…","sources":["paper"]}
/// ```
///
/// Each line is checked as ``TimelineDecoder`` checks the same object inside
/// a JSON file (fields, dates, kinds, references, duplicate ids); blank lines
/// are skipped. Spans are offsets into the whole file, so errors name the
/// right line.
///
/// ```swift
/// let timeline = try JSONLImporter.decode(bytes)
/// ```
///
/// - Complexity: O(*n*) in the size of the file.
public enum JSONLImporter {
    /// Header keys: the top level of a timeline file, without `events`.
    static let headerKeys = TimelineDecoder.topLevelKeys.filter { $0 != "events" }

    /// Decodes a whole JSONL file; `options` are not used by this format.
    ///
    /// A valid file is read by the fast path (``FastTimelineDecoder``); at the
    /// first problem the whole file is read again here, and this reader's
    /// diagnostic is thrown.
    /// - Parameter progress: told how far the read has got; may stop it
    ///   (``Diagnostic/interrupted``).
    public static func decode(
        _ bytes: [UInt8], options: ImportOptions = .init(), progress: LoadProgress? = nil
    ) throws(Diagnostic) -> Timeline {
        switch FastTimelineDecoder.decodeJSONL(bytes, progress: progress, maximumEvents: options.maximumEvents) {
        case .decoded(let timeline): return timeline
        case .stopped: throw .interrupted
        case .needsValidation: return try validatingDecode(bytes, options: options)
        }
    }

    /// The validating reader: every line checked, the first problem reported where it is.
    package static func validatingDecode(_ bytes: [UInt8], options: ImportOptions = .init()) throws(Diagnostic)
        -> Timeline
    {
        let lines = nonBlankLines(bytes)
        guard let headerLine = lines.first else {
            throw .error(
                "empty JSONL file: the first line must be the header object", at: .point(0),
                notes: [#"e.g. {"schemaVersion": 1, "title": "…", "sources": […]}"#])
        }
        var timeline = try header(try object(in: bytes, line: headerLine))
        var references = ReferenceChecker(timeline: timeline)
        for line in lines.dropFirst() {
            try options.checkRoom(after: timeline.events.count, at: Span(start: line.lowerBound, end: line.upperBound))
            timeline.events.append(
                try TimelineDecoder.event(try object(in: bytes, line: line), references: &references))
        }
        try references.checkRelated()
        return timeline
    }

    /// The header: the top-level fields of a timeline file, checked the same way.
    static func header(_ node: JSONNode) throws(Diagnostic) -> Timeline {
        if case .object = node.value, node["schemaVersion"] == nil {
            throw .error(
                "the first line must be the JSONL header, with 'schemaVersion'", at: .point(node.span.start),
                notes: [#"e.g. {"schemaVersion": 1, "title": "…", "sources": […]}; events follow, one a line"#])
        }
        let reader = ObjectReader(node, context: "the JSONL header", allowed: headerKeys)
        try reader.checkKeys()
        try reader.checkSchemaVersion()
        var timeline = Timeline(
            title: try reader.string("title"), description: try reader.optionalString("description") ?? "")
        let metrics = try reader.array("metrics", optional: true)
        let actors = try reader.array("actors", optional: true)
        let sources = try reader.array("sources", optional: true)
        timeline.metrics = try metrics.map(TimelineDecoder.metric)
        timeline.actors = try actors.map(TimelineDecoder.actor)
        timeline.sources = try sources.map(TimelineDecoder.source)
        let references = ReferenceChecker(timeline: timeline)
        try references.checkUnique(metrics, noun: "metric")
        try references.checkMetricRelations(metrics)
        try references.checkUnique(actors, noun: "actor")
        try references.checkSources(sources)
        if let node = reader.node("provenance") { timeline.provenance = try TimelineDecoder.provenance(node) }
        return timeline
    }

    /// The JSON value on one line, its spans placed in the whole file.
    private static func object(in bytes: [UInt8], line: Range<Int>) throws(Diagnostic) -> JSONNode {
        let parsed = bytes[line].withUnsafeBufferPointer { buffer in
            Result { () throws(JSONError) -> JSONNode in try JSONReader.parse(buffer) }
        }
        switch parsed {
        case .success(let node): return node.shifted(by: line.lowerBound)
        case .failure(var error):
            error.span = error.span.shifted(by: line.lowerBound)
            error.related = error.related?.shifted(by: line.lowerBound)
            throw error.diagnostic(in: SourceText(name: "", text: String(decoding: bytes, as: UTF8.self)))
        }
    }

    /// The byte ranges of the lines that hold more than whitespace, without their line feeds;
    /// no more than the first `limit` of them.
    static func nonBlankLines(_ bytes: [UInt8], upTo limit: Int = .max) -> [Range<Int>] {
        var lines: [Range<Int>] = []
        var start = 0
        var blank = true
        for index in 0...bytes.count {
            guard index < bytes.count, bytes[index] != UInt8(ascii: "\n") else {
                if !blank { lines.append(start..<index) }
                if lines.count == limit { break }
                start = index + 1
                blank = true
                continue
            }
            switch bytes[index] {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"): break
            default:
                // A byte order mark before the header is not content (JSONReader skips it).
                let inMark = index < 3 && bytes.starts(with: [0xEF, 0xBB, 0xBF])
                if !inMark { blank = false }
            }
        }
        return lines
    }
}
