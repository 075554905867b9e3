/// The byte-level steps of the fast path. Each one reads exactly what the
/// validating decoder would accept there, or gives up.
extension FastTimelineDecoder {
    /// The keys an object may hold, packed for matching with two 64-bit compares.
    struct KeyTable {
        private let keys: [(low: UInt64, high: UInt64, length: Int)]

        init(_ names: [String]) {
            keys = names.map { name in
                let bytes = Array(name.utf8)
                var (low, high): (UInt64, UInt64) = (0, 0)
                for (i, byte) in bytes.enumerated() {
                    if i < 8 {
                        low |= UInt64(byte) << (8 * UInt64(i))
                    } else {
                        high |= UInt64(byte) << (8 * UInt64(i - 8))
                    }
                }
                return (low, high, bytes.count)
            }
        }

        /// The position of the key written in these bytes (plain ASCII, at most 16 bytes).
        /// The search starts at `expected` and wraps: objects written by `timeline` (and
        /// most others) give their keys in one order, optional ones left out, so the key
        /// is nearly always the expected one or just after it.
        func position(_ start: UnsafePointer<UInt8>, _ length: Int, expected: Int = 0) -> Int? {
            guard length <= 16 else { return nil }
            let (low, high) = LabelTable.words(start, length)
            var position = expected
            for _ in keys.indices {
                if position >= keys.count { position = 0 }
                if keys[position].low == low && keys[position].high == high && keys[position].length == length {
                    return position
                }
                position += 1
            }
            return nil
        }
    }

    // MARK: - Structure

    /// Skips whitespace; gives up at the end of input.
    @inline(__always)
    mutating func skipWhitespace() throws(GiveUp) {
        reader.skipWhitespace()
        guard reader.index < count else { throw GiveUp() }
    }

    /// Reads `{`; false when the object is empty.
    mutating func openObject() throws(GiveUp) -> Bool {
        try open(UInt8(ascii: "{"), closing: UInt8(ascii: "}"))
    }

    /// Reads `[`; false when the array is empty.
    mutating func openArray() throws(GiveUp) -> Bool {
        try open(UInt8(ascii: "["), closing: UInt8(ascii: "]"))
    }

    private mutating func open(_ byte: UInt8, closing: UInt8) throws(GiveUp) -> Bool {
        try skipWhitespace()
        guard base[reader.index] == byte else { throw GiveUp() }
        reader.index += 1
        try skipWhitespace()
        if base[reader.index] == closing {
            reader.index += 1
            return false
        }
        return true
    }

    /// After a member: true at `,`, false at `}`.
    mutating func moreMembers() throws(GiveUp) -> Bool { try more(closing: UInt8(ascii: "}")) }

    /// After an element: true at `,`, false at `]`.
    mutating func moreElements() throws(GiveUp) -> Bool { try more(closing: UInt8(ascii: "]")) }

    @inline(__always)
    private mutating func more(closing: UInt8) throws(GiveUp) -> Bool {
        try skipWhitespace()
        let byte = base[reader.index]
        reader.index += 1
        if byte == UInt8(ascii: ",") { return true }
        if byte == closing { return false }
        throw GiveUp()
    }

    /// Reads a key and its colon; the key's position in `table`.
    mutating func key(_ table: KeyTable, expected: Int = 0) throws(GiveUp) -> Int {
        let (start, length) = try plainString()
        guard let position = table.position(start, length, expected: expected) else { throw GiveUp() }
        try skipWhitespace()
        guard base[reader.index] == UInt8(ascii: ":") else { throw GiveUp() }
        reader.index += 1
        return position
    }

    /// A string of plain ASCII without escapes, as its bytes; gives up on anything else.
    @inline(__always)
    mutating func plainString() throws(GiveUp) -> (UnsafePointer<UInt8>, Int) {
        try skipWhitespace()
        guard base[reader.index] == UInt8(ascii: "\""), let end = plainStringEnd() else { throw GiveUp() }
        let start = reader.index + 1
        reader.index = end + 1
        return (base + start, end - start)
    }

    /// The offset of the closing quote of the string whose opening quote is at the reader,
    /// when the string is plain ASCII without escapes (and within the length limit); nil otherwise.
    @inline(__always)
    private func plainStringEnd() -> Int? {
        let start = reader.index + 1
        let end = reader.nextSpecialStringByte(from: start)
        guard end < count, base[end] == UInt8(ascii: "\""), end - start <= JSONReader.Limits.maxStringBytes else {
            return nil
        }
        return end
    }

    // MARK: - Values

    /// Any string, decoded exactly as the validating reader decodes it.
    mutating func string() throws(GiveUp) -> String {
        try skipWhitespace()
        guard base[reader.index] == UInt8(ascii: "\"") else { throw GiveUp() }
        do {
            return try reader.readString()
        } catch {
            throw GiveUp()
        }
    }

    /// A string that many events may repeat word for word (a date note such as "the source
    /// names only the year"): one `String` is made for each distinct plain (ASCII, unescaped)
    /// text and shared, as labels are; any other, or once ``maximumRepeatedStrings`` are
    /// held, is made as ``string()`` makes it. A note repeated by every event of a million
    /// took 80 MB as a string each.
    mutating func repeatedString() throws(GiveUp) -> String {
        try skipWhitespace()
        guard base[reader.index] == UInt8(ascii: "\"") else { throw GiveUp() }
        let start = reader.index + 1
        guard let end = plainStringEnd(), end - start <= Self.maximumRepeatedLength else { return try string() }
        if let shared = dateNotes.value(base + start, end - start) {
            reader.index = end + 1
            return shared
        }
        guard dateNotes.count < Self.maximumRepeatedStrings else { return try string() }
        let value = String(decoding: UnsafeBufferPointer(start: base + start, count: end - start), as: UTF8.self)
        _ = dateNotes.insert(base + start, end - start, value: value)
        reader.index = end + 1
        return value
    }

    /// How many distinct texts ``repeatedString()`` shares, and how long each may be.
    static var maximumRepeatedStrings: Int { 4096 }
    static var maximumRepeatedLength: Int { 256 }

    /// A string that is not empty once spaces are trimmed (``ObjectReader/text(_:)``).
    mutating func text() throws(GiveUp) -> String {
        let value = try string()
        // Any ASCII byte but space and tab is kept by the trim; otherwise ask Foundation, as the slow path does.
        let kept = value.utf8.contains { $0 < 0x80 && $0 != 0x20 && $0 != 0x09 }
        guard kept || !ObjectReader.isBlank(value) else { throw GiveUp() }
        return value
    }

    /// A title or summary (``text()``), as read: its bytes in the input when it is plain
    /// (ASCII, unescaped: nearly every one), to be copied into a ``TextBlock`` from there.
    mutating func prose() throws(GiveUp) -> Prose {
        try skipWhitespace()
        guard base[reader.index] == UInt8(ascii: "\"") else { throw GiveUp() }
        guard let end = plainStringEnd() else { return .decoded(try text()) }
        let start = reader.index + 1
        // Plain text (ASCII, no byte below 0x20: no tab) is blank, as ``text()`` judges it, when all spaces.
        guard (start..<end).contains(where: { base[$0] != 0x20 }) else { throw GiveUp() }
        reader.index = end + 1
        return .plain(base + start, end - start)
    }

    /// A slug (`[a-z0-9]+(-[a-z0-9]+)*`), as an id is.
    mutating func slug() throws(GiveUp) -> String {
        let (start, length) = try plainString()
        guard Self.isSlug(start, length) else { throw GiveUp() }
        return String(decoding: UnsafeBufferPointer(start: start, count: length), as: UTF8.self)
    }

    /// An array of any strings.
    mutating func strings() throws(GiveUp) -> [String] {
        var result: [String] = []
        guard try openArray() else { return result }
        repeat { result.append(try string()) } while try moreElements()
        return result
    }

    mutating func number() throws(GiveUp) -> JSONNumber {
        try skipWhitespace()
        let byte = base[reader.index]
        guard byte == UInt8(ascii: "-") || (byte &- UInt8(ascii: "0")) < 10 else { throw GiveUp() }
        do {
            guard case .number(let number) = try reader.readNumber().value else { throw GiveUp() }
            return number
        } catch {
            throw GiveUp()
        }
    }

    mutating func bool() throws(GiveUp) -> Bool {
        try skipWhitespace()
        let byte = base[reader.index]
        guard byte == UInt8(ascii: "t") || byte == UInt8(ascii: "f") else { throw GiveUp() }
        do {
            guard case .bool(let value) = try reader.readLiteral().value else { throw GiveUp() }
            return value
        } catch {
            throw GiveUp()
        }
    }

    /// A date, parsed and checked once per distinct text by ``ObjectReader/date(_:)`` itself.
    /// A date and whether it is a plain day (which needs no `dateNote`); each
    /// distinct text is parsed once.
    mutating func date() throws(GiveUp) -> (date: FuzzyDate, isPlainDay: Bool) {
        let (start, length) = try plainString()
        if let position = dateTexts.find(start, length) { return dates[position] }
        let text = String(decoding: UnsafeBufferPointer(start: start, count: length), as: UTF8.self)
        do {
            let date = try ObjectReader.date(JSONNode(.string(text), span: .point(0)))
            _ = dateTexts.insert(start, length, value: text)
            dates.append((date, date.isPlainDay))
            return (date, date.isPlainDay)
        } catch {
            throw GiveUp()
        }
    }

    // MARK: - Sub-documents

    /// A value decoded by the validating reader from its own bytes; for the small parts of a document.
    mutating func subDocument() throws(GiveUp) -> JSONNode {
        let start = reader.index
        let end = try skipValue()
        do {
            return try JSONReader.parse(UnsafeBufferPointer(start: base + start, count: end - start))
        } catch {
            throw GiveUp()
        }
    }

    /// An array read by ``subDocument()``; its elements.
    mutating func subDocumentArray() throws(GiveUp) -> [JSONNode] {
        guard case .array(let items) = try subDocument().value else { throw GiveUp() }
        return items
    }

    /// Moves past the value at the current position by matching brackets and
    /// quotes, without checking it; returns where it ends. Whoever skips a
    /// value reads it properly later and checks that it ends there.
    mutating func skipValue() throws(GiveUp) -> Int {
        try skipWhitespace()
        var depth = 0
        var i = reader.index
        repeat {
            guard i < count else { throw GiveUp() }
            switch base[i] {
            case UInt8(ascii: "\""):
                i += 1
                while true {
                    guard i < count else { throw GiveUp() }
                    let byte = base[i]
                    if byte == UInt8(ascii: "\"") { break }
                    i += byte == UInt8(ascii: "\\") ? 2 : 1
                }
                i += 1
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                depth += 1
                i += 1
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                depth -= 1
                i += 1
            case UInt8(ascii: ","), UInt8(ascii: ":"):
                guard depth > 0 else { throw GiveUp() }
                i += 1
            default:
                i += 1
                if depth == 0 {
                    // A scalar at the top: runs to the next structural byte or whitespace.
                    while i < count,
                        ![UInt8(ascii: ","), UInt8(ascii: "}"), UInt8(ascii: "]"), 0x20, 0x0A, 0x0D, 0x09]
                            .contains(base[i])
                    {
                        i += 1
                    }
                }
            }
        } while depth > 0
        reader.index = i
        return i
    }

    /// `[a-z0-9]+(-[a-z0-9]+)*` (``ObjectReader/checkSlug(_:at:what:)``).
    static func isSlug(_ start: UnsafePointer<UInt8>, _ length: Int) -> Bool {
        guard length > 0, start[0] != UInt8(ascii: "-"), start[length - 1] != UInt8(ascii: "-") else { return false }
        var previous: UInt8 = 0
        for i in 0..<length {
            let byte = start[i]
            let isLower = byte &- UInt8(ascii: "a") < 26
            let isDigit = byte &- UInt8(ascii: "0") < 10
            if byte == UInt8(ascii: "-") {
                if previous == byte { return false }
            } else if !isLower && !isDigit {
                return false
            }
            previous = byte
        }
        return true
    }
}
