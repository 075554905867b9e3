import Testing

@testable import TimelineCore

/// A small file in an import format with one mistake, and exactly what the user sees.
struct ImportErrorCase: CustomTestStringConvertible, Sendable {
    var name: String
    var text: String
    var rendered: String
    var mapping: [String: String]

    init(_ name: String, _ text: String, _ rendered: String, mapping: [String: String] = [:]) {
        (self.name, self.text, self.rendered, self.mapping) = (name, text, rendered, mapping)
    }

    var testDescription: String { name }

    /// Decodes `text` with `decode` and renders the error it must raise against a file named `file`.
    func render(
        file: String, _ decode: ([UInt8], ImportOptions) throws(Diagnostic) -> Timeline
    ) throws -> String {
        let error = #expect(throws: Diagnostic.self) { try decode(Array(text.utf8), ImportOptions(mapping: mapping)) }
        let diagnostic = try #require(error)
        return DiagnosticRenderer.render(diagnostic, in: SourceText(name: file, text: text))
    }
}
