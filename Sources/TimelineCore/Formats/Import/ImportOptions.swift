/// Choices the user makes when importing a file in another format.
///
/// ```swift
/// // `load events.csv --map headline=title --map when=date`
/// let options = ImportOptions(mapping: ["headline": "title", "when": "date"])
/// let timeline = try CSVImporter.decode(bytes, options: options)
/// ```
public struct ImportOptions: Hashable, Sendable {
    /// CSV only: file column → event field (`--map column=field`). An explicit
    /// mapping wins over a column that would match the field by its name.
    public var mapping: [String: String]
    /// The timeline's title when the file has none of its own (CSV always;
    /// TimelineJS without a title slide).
    public var title: String?
    /// The most events one file may hold (tests lower it; see ``maximumEventsPerFile``).
    public var maximumEvents = Self.maximumEventsPerFile

    /// The documented limit of events in one file: 50 million, well above the million-event
    /// goal and below what the store's 32-bit positions and a machine's memory can take.
    public static let maximumEventsPerFile = 50_000_000

    public init(mapping: [String: String] = [:], title: String? = nil) {
        self.mapping = mapping
        self.title = title
    }

    /// Refuses one more event when the file already gave ``maximumEvents``.
    func checkRoom(after count: Int, at span: Span) throws(Diagnostic) {
        guard count >= maximumEvents else { return }
        throw .error(
            "too many events: more than \(NumberText.grouped(Double(maximumEvents), decimals: 0)) in one file",
            at: span, notes: ["split the file, or load a filtered export of it"])
    }
}
