/// Reads a Knight Lab TimelineJS3 JSON file
/// (`{"title": {…}, "events": [{"start_date": {…}, "text": {…}, …}]}`) into a
/// ``Timeline``.
///
/// Each event becomes one event of this format:
/// - id: `unique_id` made a slug, else a slug of the headline (`-2`, `-3` … when taken);
/// - date: EDTF from the parts of `start_date` (and `end_date`, as an interval),
///   with a date note saying how it was read and keeping any `display_date`;
/// - kind: `group` when it names an event kind, else `context` (the group is then a tag);
/// - title and summary: headline and text without HTML;
/// - sources: the one catalogue source ``sourceID``, since TimelineJS does not say who stated what.
///
/// Media, eras, backgrounds and times of day are not read (docs/import-formats.md).
///
/// ```swift
/// let timeline = try TimelineJSImporter.decode(bytes)
/// ```
///
/// - Complexity: O(*n*) in the size of the file.
public enum TimelineJSImporter {
    /// The source every imported event cites.
    public static let sourceID = "timelinejs-import"
    /// The title of an event with no headline.
    static let untitled = "Untitled TimelineJS event"

    /// Decodes a whole TimelineJS file; `options.title` names it when it has no title slide.
    public static func decode(_ bytes: [UInt8], options: ImportOptions = .init()) throws(Diagnostic) -> Timeline {
        let root: JSONNode
        do {
            root = try JSONReader.parse(bytes)
        } catch {
            throw error.diagnostic(in: SourceText(name: "", text: String(decoding: bytes, as: UTF8.self)))
        }
        guard case .object = root.value else {
            throw .error("expected an object for the TimelineJS file, found \(root.kindName)", at: root.span)
        }
        let reader = ObjectReader(root, context: "the TimelineJS file", allowed: [])
        var timeline = Timeline(title: options.title ?? "Imported TimelineJS timeline")
        if let titleSlide = reader.node("title") {
            let (headline, text) = try TimelineJSSlide.texts(of: titleSlide)
            if !headline.isEmpty { timeline.title = headline }
            timeline.description = text
        }
        var slides: [TimelineJSSlide] = []
        var ids: [String?] = []
        var taken: [String: String] = [:]  // id → the unique_id that gave it
        for node in try reader.array("events", optional: false) {
            try options.checkRoom(after: slides.count, at: node.span)
            let slide = try TimelineJSSlide(node)
            ids.append(try uniqueID(of: slide, taken: &taken))
            slides.append(slide)
        }
        var used = Set(taken.keys)
        timeline.sources = [
            Source(
                id: sourceID, name: "imported TimelineJS file", kind: "import",
                note: "TimelineJS does not say who stated what: every imported event cites this file.")
        ]
        for (slide, id) in zip(slides, ids) {
            let title = slide.headline.isEmpty ? untitled : slide.headline
            let group = slide.group.map { ImportSlug.make($0) } ?? ""
            let isKind = TimelineDecoder.kinds.contains(group)
            var event = Event(
                id: id ?? ImportSlug.unique(ImportSlug.make(title).nonEmpty ?? "event", taken: &used),
                date: slide.date, dateNote: slide.dateNote, kind: isKind ? group : "context",
                title: title, summary: slide.text.isEmpty ? title : slide.text, sources: [sourceID])
            if !isKind, !group.isEmpty { event.tags = [group] }
            timeline.events.append(event)
        }
        return timeline
    }

    /// The id a slide's `unique_id` gives, or nil when it has none (or one with no letter or digit).
    private static func uniqueID(of slide: TimelineJSSlide, taken: inout [String: String]) throws(Diagnostic)
        -> String?
    {
        guard let (text, span) = slide.uniqueID, let id = ImportSlug.make(text, maxLength: 120).nonEmpty else {
            return nil
        }
        if let earlier = taken[id] {
            let note = earlier == text ? "an earlier event has it too" : "an earlier event's '\(earlier)' gives it too"
            throw .error("duplicate unique_id '\(text)': the event id '\(id)' is taken", at: span, notes: [note])
        }
        taken[id] = text
        return id
    }
}

extension String {
    /// Self, or nil when empty.
    fileprivate var nonEmpty: String? { isEmpty ? nil : self }
}
