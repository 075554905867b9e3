/// A named piece of text that diagnostics point into: a command line, a script
/// line, or a whole data file.
///
/// `firstLine` lets a script hand over one line at a time while errors still
/// name the line in the file (`report.tl:12:7`).
public struct SourceText: Hashable, Sendable {
    /// What the user knows this text as: a path, `<stdin>`, `<command 1>`.
    public var name: String
    public var text: String
    /// The line number of the first line of `text` within the named file (1-based).
    public var firstLine: Int

    public init(name: String, text: String, firstLine: Int = 1) {
        self.name = name
        self.text = text
        self.firstLine = firstLine
    }

    /// Line and column (both 1-based; the column counts characters) of a byte offset.
    ///
    /// - Complexity: O(*n*) in the offset.
    public func location(of offset: Int) -> (line: Int, column: Int) {
        let bytes = Array(text.utf8)
        let clamped = min(max(0, offset), bytes.count)
        var line = firstLine
        var lineStart = 0
        for i in 0..<clamped where bytes[i] == UInt8(ascii: "\n") {
            line += 1
            lineStart = i + 1
        }
        let prefix = String(decoding: bytes[lineStart..<clamped], as: UTF8.self)
        return (line, prefix.count + 1)
    }

    /// The full text of the line holding `offset`, without its newline, and the
    /// byte offset where that line starts.
    public func line(containing offset: Int) -> (text: String, start: Int) {
        let bytes = Array(text.utf8)
        let clamped = min(max(0, offset), bytes.count)
        var start = clamped
        while start > 0 && bytes[start - 1] != UInt8(ascii: "\n") { start -= 1 }
        var end = clamped
        while end < bytes.count && bytes[end] != UInt8(ascii: "\n") { end += 1 }
        var lineBytes = bytes[start..<end]
        if lineBytes.last == UInt8(ascii: "\r") { lineBytes = lineBytes.dropLast() }
        return (String(decoding: lineBytes, as: UTF8.self), start)
    }
}
