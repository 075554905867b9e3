/// The built-in timeline: the bytes of `data/timeline.json`, embedded in the
/// binary at build time (SwiftPM's `embedInCode`), so `timeline` works from
/// any directory and data/ stays the single source of truth.
public enum BuiltinData {
    /// The name the built-in timeline goes by in messages and prompts.
    public static let name = "built-in"
    /// The JSON text of the built-in timeline.
    public static var bytes: [UInt8] { PackageResources.timeline_json }
}
