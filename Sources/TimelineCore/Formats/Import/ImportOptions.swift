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

    public init(mapping: [String: String] = [:], title: String? = nil) {
        self.mapping = mapping
        self.title = title
    }
}
