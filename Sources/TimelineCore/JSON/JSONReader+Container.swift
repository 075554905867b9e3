extension JSONReader {
    /// An array or object that has been opened and not yet closed.
    struct Container {
        /// Offset of the `[` or `{`.
        let start: Int
        let isObject: Bool
        /// The elements so far (arrays only).
        var elements: [JSONNode] = []
        /// The members so far (objects only).
        var members: [JSONMember] = []
        /// The key whose value is being read (objects only).
        var key = ""
        var keySpan = Span.point(0)
        /// Where each key is, once the object is too big for a linear search.
        private var keyIndex: [String: Span] = [:]

        /// Objects with fewer members are searched linearly for duplicates.
        private static let linearSearchLimit = 12

        init(start: Int, isObject: Bool) {
            self.start = start
            self.isObject = isObject
        }

        /// Where `key` first appears in this object, if it does.
        func span(ofKey key: String) -> Span? {
            if members.count <= Self.linearSearchLimit {
                for member in members where member.key == key { return member.keySpan }
                return nil
            }
            return keyIndex[key]
        }

        /// Adds the pending key with `value`.
        mutating func appendMember(value: JSONNode) {
            members.append(JSONMember(key: key, keySpan: keySpan, value: value))
            if members.count > Self.linearSearchLimit {
                if keyIndex.isEmpty {
                    for member in members { keyIndex[member.key] = member.keySpan }
                } else {
                    keyIndex[key] = keySpan
                }
            }
        }
    }
}
