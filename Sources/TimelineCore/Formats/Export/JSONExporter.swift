/// Writes a timeline slice in the project's own format (docs/data-format.md),
/// losslessly: ``TimelineDecoder`` reads the bytes back to an equal ``Timeline``.
///
/// The output is pretty-printed with two-space indents, keys in a stable order
/// (see docs/export-formats.md), and ends with a newline. A slice with a
/// ``Timeline/provenance`` carries it as `"provenance"` after the title and
/// description, so a file handed on says how it was cut.
///
/// ```swift
/// let bytes = JSONExporter.export(slice)
/// try TimelineDecoder.decode(bytes) == slice   // true
/// ```
///
/// - Complexity: O(*n*) in the size of the output.
public enum JSONExporter {
    /// The slice as a UTF-8 JSON document.
    public static func export(_ slice: Timeline) -> [UInt8] {
        var output = JSONWriter.bytes(TimelineJSONEncoding.document(slice), pretty: true)
        output.append(UInt8(ascii: "\n"))
        return output
    }
}
