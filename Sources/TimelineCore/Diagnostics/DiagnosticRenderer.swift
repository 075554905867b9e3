/// Lays out a ``Diagnostic`` as text: `name:line:col: error: message`, the
/// source line, a caret line under the span, then the notes.
///
/// Pure: the same diagnostic and source give the same text, so tests assert it exactly.
public enum DiagnosticRenderer {
    /// Renders `diagnostic` against `source` (or without location when `source` is nil).
    public static func render(_ diagnostic: Diagnostic, in source: SourceText?) -> String {
        let source = diagnostic.file ?? source
        var out = ""
        guard let source, let span = diagnostic.span else {
            if let source { out += "\(source.name): " }
            out += "\(diagnostic.severity.rawValue): \(diagnostic.message)\n"
            for note in diagnostic.notes { out += "  \(noteLabel(note)) \(note)\n" }
            return out
        }
        let (line, column) = source.location(of: span.start)
        out += "\(source.name):\(line):\(column): \(diagnostic.severity.rawValue): \(diagnostic.message)\n"
        let (lineText, lineStart) = source.line(containing: span.start)
        let gutter = String(line)
        let pad = String(repeating: " ", count: gutter.count)
        out += "  \(gutter) | \(sanitized(lineText))\n"
        let lineBytes = Array(lineText.utf8)
        let startInLine = min(span.start - lineStart, lineBytes.count)
        let endInLine = min(max(span.end - lineStart, startInLine), lineBytes.count)
        let before = String(decoding: lineBytes[0..<startInLine], as: UTF8.self).count
        let width = max(1, String(decoding: lineBytes[startInLine..<endInLine], as: UTF8.self).count)
        out +=
            "  \(pad) | " + String(repeating: " ", count: before) + "^"
            + String(repeating: "~", count: width - 1) + "\n"
        for note in diagnostic.notes { out += "  \(noteLabel(note)) \(note)\n" }
        return out
    }

    private static func noteLabel(_ note: String) -> String {
        note.hasPrefix("did you mean") ? "help:" : "note:"
    }

    /// Tabs become spaces (so the caret lines up); control characters become visible.
    static func sanitized(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x09: out += " "
            case 0..<0x20, 0x7F: out += "?"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
