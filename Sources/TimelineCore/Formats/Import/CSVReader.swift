/// One cell of a CSV file: its text, and where it is written.
struct CSVField: Hashable, Sendable {
    /// The value: quotes removed, doubled quotes made single.
    var text: String
    /// The cell in the file, its quotes included.
    var span: Span
    /// True when the cell was written in quotes.
    var isQuoted: Bool
    /// Where ``text``'s first byte is in the file, when its bytes stand there
    /// unchanged (no doubled quote inside); nil otherwise.
    var textStart: Int?

    /// The file span of bytes `range` of ``text``: exact when the text stands
    /// unchanged in the file, else the whole cell.
    func span(of range: Range<Int>) -> Span {
        guard let textStart else { return span }
        return Span(start: textStart + range.lowerBound, end: textStart + range.upperBound)
    }
}

/// One record: its cells, and the bytes it covers (without its line break).
struct CSVRecord: Hashable, Sendable {
    var fields: [CSVField]
    var span: Span

    /// A line with nothing on it, which readers of spreadsheets skip.
    var isBlank: Bool { fields.count == 1 && fields[0].text.isEmpty && !fields[0].isQuoted }
}

/// Reads CSV as RFC 4180 has it, keeping the exact place of every cell.
///
/// Fields are separated by commas; records end with CRLF or LF (a lone CR is
/// data). A field in double quotes may hold commas, line breaks and doubled
/// quotes (`""`). A quote inside an unquoted field, text after a closing
/// quote and a quote left open are errors. A leading UTF-8 byte order mark is
/// skipped (spans still count its bytes), and a line break at the end of the
/// file ends the last record rather than starting an empty one.
///
/// ```swift
/// let records = try CSVReader.read(Array("id,title\r\na,\"Say \"\"hi\"\"\"\r\n".utf8))
/// records[1].fields[1].text   // Say "hi"
/// records[1].fields[1].span   // Span(start: 12, end: 25)
/// ```
///
/// - Complexity: O(*n*) in the size of the file.
enum CSVReader {
    /// The longest field, in bytes: the same limit as a JSON string (``JSONReader``), so a
    /// file is not accepted as CSV that would be refused as JSON.
    static let maximumFieldBytes = 1 << 20

    private static func checkLength(_ count: Int, at start: Int) throws(Diagnostic) {
        guard count > maximumFieldBytes else { return }
        throw .error(
            "field too long: more than \(maximumFieldBytes) bytes", at: Span(start: start, end: start + 1),
            notes: ["is a quote missing its closing quote?"])
    }

    static func read(_ bytes: [UInt8]) throws(Diagnostic) -> [CSVRecord] {
        var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var records: [CSVRecord] = []
        while index < bytes.count {
            let start = index
            var fields: [CSVField] = []
            while true {
                fields.append(try field(bytes, at: &index))
                guard index < bytes.count, bytes[index] == UInt8(ascii: ",") else { break }
                index += 1
            }
            records.append(CSVRecord(fields: fields, span: Span(start: start, end: index)))
            if index < bytes.count, bytes[index] == UInt8(ascii: "\r") { index += 1 }
            if index < bytes.count, bytes[index] == UInt8(ascii: "\n") { index += 1 }
        }
        return records
    }

    /// Reads one field starting at `index`, leaving `index` at the comma, line break or end after it.
    private static func field(_ bytes: [UInt8], at index: inout Int) throws(Diagnostic) -> CSVField {
        let start = index
        guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
            while index < bytes.count, bytes[index] != UInt8(ascii: ","), !isLineEnd(bytes, index) {
                if bytes[index] == UInt8(ascii: "\"") {
                    throw .error(
                        "a '\"' inside an unquoted field", at: Span(start: index, end: index + 1),
                        notes: [#"put the whole field in quotes and double the quote: "say ""hi"""#])
                }
                index += 1
            }
            try checkLength(index - start, at: start)
            return CSVField(
                text: try text(bytes[start..<index], at: start), span: Span(start: start, end: index),
                isQuoted: false, textStart: start)
        }
        index += 1
        var content: [UInt8] = []
        var verbatim = true
        while true {
            guard index < bytes.count else {
                throw .error(
                    "unterminated quoted field: the closing '\"' is missing", at: Span(start: start, end: start + 1),
                    notes: ["a quoted field runs to the next quote that is not doubled, across line breaks"])
            }
            let byte = bytes[index]
            index += 1
            guard byte == UInt8(ascii: "\"") else {
                content.append(byte)
                if content.count > maximumFieldBytes { try checkLength(content.count, at: start) }
                continue
            }
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { break }
            content.append(byte)
            verbatim = false
            index += 1
        }
        guard index == bytes.count || bytes[index] == UInt8(ascii: ",") || isLineEnd(bytes, index) else {
            throw .error(
                "expected ',' or the end of the line after the closing quote", at: Span(start: index, end: index + 1),
                notes: [#"a quote inside a quoted field is written twice: "say ""hi"" now""#])
        }
        return CSVField(
            text: try text(content[...], at: start + 1), span: Span(start: start, end: index), isQuoted: true,
            textStart: verbatim ? start + 1 : nil)
    }

    /// LF, or CR before LF or at the end of the file.
    private static func isLineEnd(_ bytes: [UInt8], _ index: Int) -> Bool {
        bytes[index] == UInt8(ascii: "\n")
            || (bytes[index] == UInt8(ascii: "\r")
                && (index + 1 == bytes.count || bytes[index + 1] == UInt8(ascii: "\n")))
    }

    /// The field's bytes as text; invalid UTF-8 is an error at the first bad byte.
    private static func text(_ bytes: ArraySlice<UInt8>, at offset: Int) throws(Diagnostic) -> String {
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        var valid = bytes.count
        while valid > 0, String(validating: bytes.prefix(valid), as: UTF8.self) == nil { valid -= 1 }
        throw .error(
            "invalid UTF-8 in a field", at: Span(start: offset + valid, end: offset + valid + 1),
            notes: ["save the file as UTF-8"])
    }
}
