/// A timeline as read from a file: metadata, catalogues, and events.
///
/// This is the plain value that files decode to and encode from; queries go
/// through ``TimelineStore``, which keeps the events sorted and indexed.
public struct Timeline: Hashable, Sendable {
    public static let schemaVersion = 1

    public var title: String
    public var description: String
    public var metrics: [Metric]
    public var actors: [Actor]
    public var sources: [Source]
    public var events: [Event]
    /// How an exported slice was made, when the file is one.
    public var provenance: Provenance?

    public init(
        title: String, description: String = "", metrics: [Metric] = [], actors: [Actor] = [],
        sources: [Source] = [], events: [Event] = []
    ) {
        self.title = title
        self.description = description
        self.metrics = metrics
        self.actors = actors
        self.sources = sources
        self.events = events
    }
}
