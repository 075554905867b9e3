/// How an exported slice was made: which tool, when, from which filter, out of what.
///
/// Written by `export json` (and the other formats that can say so) and kept
/// when such a file is loaded, so a slice handed on says where it came from.
public struct Provenance: Hashable, Sendable {
    /// The tool and its version: `timeline 0.1.0`.
    public var tool: String
    /// When it was written, ISO 8601 UTC: `2026-11-29T13:40:00Z`.
    public var exportedAt: String
    /// The filter as typed (empty for every event).
    public var filter: String
    /// The filter as understood, in canonical form.
    public var normalizedFilter: String
    /// What the session had loaded: `built-in`, file paths.
    public var origins: [String]

    public init(tool: String, exportedAt: String, filter: String, normalizedFilter: String, origins: [String] = []) {
        self.tool = tool
        self.exportedAt = exportedAt
        self.filter = filter
        self.normalizedFilter = normalizedFilter
        self.origins = origins
    }
}
