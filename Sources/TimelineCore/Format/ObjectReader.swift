import Foundation

/// Reads one JSON object field by field, turning every mismatch into a
/// ``Diagnostic`` that points at the offending value.
struct ObjectReader {
    let node: JSONNode
    var context: String
    let allowed: [String]
    private let members: [JSONMember]

    init(_ node: JSONNode, context: String, allowed: [String]) {
        self.node = node
        self.context = context
        self.allowed = allowed
        if case .object(let members) = node.value { self.members = members } else { self.members = [] }
    }

    /// The node is an object and holds no unknown keys.
    func checkKeys() throws(Diagnostic) {
        guard case .object = node.value else {
            throw .error("expected an object for \(context), found \(node.kindName)", at: node.span)
        }
        for member in members where !allowed.contains(member.key) {
            throw Diagnostic.error("unknown field '\(member.key)' in \(context)", at: member.keySpan)
                .suggesting(Suggestion.nearest(to: member.key, in: allowed))
        }
    }

    /// The object's `schemaVersion` is the one this version of timeline reads.
    func checkSchemaVersion() throws(Diagnostic) {
        let versionNode = try required("schemaVersion")
        guard case .number(let number) = versionNode.value, let version = number.int else {
            throw .error("schemaVersion must be a whole number", at: versionNode.span)
        }
        guard version == Timeline.schemaVersion else {
            throw .error(
                "schemaVersion \(version) is not supported", at: versionNode.span,
                notes: ["this version of timeline reads schemaVersion \(Timeline.schemaVersion)"])
        }
    }

    func node(_ key: String) -> JSONNode? {
        guard let member = members.first(where: { $0.key == key }) else { return nil }
        if case .null = member.value.value { return nil }
        return member.value
    }

    func required(_ key: String) throws(Diagnostic) -> JSONNode {
        guard let value = node(key) else {
            throw .error("missing required field '\(key)' in \(context)", at: Span.point(node.span.start))
        }
        return value
    }

    func string(_ key: String) throws(Diagnostic) -> String {
        try Self.string(try required(key), what: "'\(key)'")
    }

    /// A required string that is not empty.
    func text(_ key: String) throws(Diagnostic) -> String {
        let node = try required(key)
        let value = try Self.string(node, what: "'\(key)'")
        guard !Self.isBlank(value) else {
            throw .error("'\(key)' must not be empty in \(context)", at: node.span)
        }
        return value
    }

    /// True when the value holds only spaces and tabs, or nothing: Unicode `Zs`, tab and the
    /// zero-width space, what Foundation's `CharacterSet.whitespaces` holds (BlankTextTests
    /// compares the two). Read scalar by scalar, stopping at the first other one: trimming a
    /// copy through Foundation was a quarter of decoding the built-in timeline at start-up.
    static func isBlank(_ value: String) -> Bool {
        value.unicodeScalars.allSatisfy {
            $0 == "\t" || $0 == "\u{200B}" || $0.properties.generalCategory == .spaceSeparator
        }
    }

    func optionalString(_ key: String) throws(Diagnostic) -> String? {
        guard let value = node(key) else { return nil }
        return try Self.string(value, what: "'\(key)'")
    }

    func optionalBool(_ key: String) throws(Diagnostic) -> Bool? {
        guard let value = node(key) else { return nil }
        guard case .bool(let b) = value.value else {
            throw .error("expected true or false for '\(key)', found \(value.kindName)", at: value.span)
        }
        return b
    }

    func slug(_ key: String) throws(Diagnostic) -> String {
        let value = try required(key)
        let text = try Self.string(value, what: "'\(key)'")
        try Self.checkSlug(text, at: value.span, what: key)
        return text
    }

    func date(_ key: String) throws(Diagnostic) -> FuzzyDate {
        try Self.date(try required(key))
    }

    func optionalDate(_ key: String) throws(Diagnostic) -> FuzzyDate? {
        guard let value = node(key) else { return nil }
        return try Self.date(value)
    }

    func array(_ key: String, optional: Bool) throws(Diagnostic) -> [JSONNode] {
        guard let value = optional ? node(key) : try required(key) else { return [] }
        guard case .array(let items) = value.value else {
            throw .error("expected an array for '\(key)', found \(value.kindName)", at: value.span)
        }
        return items
    }

    func strings(_ key: String) throws(Diagnostic) -> [String] {
        try stringsWithSpans(key).map(\.0)
    }

    func stringsWithSpans(_ key: String) throws(Diagnostic) -> [(String, Span)] {
        var result: [(String, Span)] = []
        for item in try array(key, optional: true) {
            result.append((try Self.string(item, what: "an item of '\(key)'"), item.span))
        }
        return result
    }

    static func string(_ node: JSONNode, what: String) throws(Diagnostic) -> String {
        guard case .string(let s) = node.value else {
            throw .error("expected a string for \(what), found \(node.kindName)", at: node.span)
        }
        return s
    }

    static func number(_ node: JSONNode, what: String) throws(Diagnostic) -> Double {
        guard case .number(let n) = node.value else {
            throw .error("expected a number for '\(what)', found \(node.kindName)", at: node.span)
        }
        return n.double
    }

    static func date(_ node: JSONNode) throws(Diagnostic) -> FuzzyDate {
        let text = try string(node, what: "a date")
        let date: FuzzyDate
        do {
            date = try FuzzyDate.parse(text)
        } catch {
            // Point inside the string when it holds no escapes (its bytes are then the text's bytes).
            let plain = node.span.end - node.span.start == text.utf8.count + 2
            let span = plain ? error.span.shifted(by: node.span.start + 1) : node.span
            throw .error("invalid date '\(text)': \(error.message)", at: span)
        }
        guard date.hasOrderedMembers else { throw .error(FuzzyDate.unorderedMembersMessage(text), at: node.span) }
        return date
    }

    /// Ids, tags and kinds are lowercase slugs: `[a-z0-9]+(-[a-z0-9]+)*`.
    static func checkSlug(_ text: String, at span: Span, what: String) throws(Diagnostic) {
        let bytes = Array(text.utf8)
        let valid =
            !bytes.isEmpty && bytes.first != UInt8(ascii: "-") && bytes.last != UInt8(ascii: "-")
            && !zip(bytes, bytes.dropFirst()).contains { $0 == UInt8(ascii: "-") && $1 == UInt8(ascii: "-") }
            && bytes.allSatisfy { (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) || $0 == 0x2D }
        guard valid else {
            throw .error(
                "'\(text)' is not a valid \(what)", at: span,
                notes: [
                    "\(what)s are lowercase letters and digits joined by single hyphens, e.g. 'daily-arrest-target'"
                ])
        }
    }
}
