extension JSONError {
    /// The error as a ``Diagnostic`` against the document it was found in; the
    /// related place, if any, becomes a note with its line and column.
    ///
    /// ```swift
    /// // report.json:3:5: error: duplicate key "id"
    /// //   note: "id" first appears at 2:5
    /// let diagnostic = error.diagnostic(in: SourceText(name: "report.json", text: text))
    /// ```
    public func diagnostic(in source: SourceText) -> Diagnostic {
        var notes: [String] = []
        if let related, let relatedNote {
            let (line, column) = source.location(of: related.start)
            notes.append("\(relatedNote) at \(line):\(column)")
        }
        return .error(message, at: span, notes: notes)
    }
}
