extension JSONReader {
    /// An array or object that has been opened and not yet closed.
    ///
    /// Its elements (or members) so far sit at the end of one stack shared by
    /// all open containers, from ``first`` on; when it closes they are copied
    /// into an array of exactly the right size. That saves the repeated
    /// growing of one array per container.
    struct Container {
        /// Offset of the `[` or `{`.
        let start: Int
        let isObject: Bool
        /// Where this container's elements (or members) begin in the shared stack.
        let first: Int
        /// The key whose value is being read (objects only).
        var key = ""
        var keySpan = Span.point(0)
        /// Where each key is, once the object is too big for a linear search.
        private var keyIndex: [String: Span] = [:]

        /// Objects with fewer members are searched linearly for duplicates.
        private static let linearSearchLimit = 12

        init(start: Int, isObject: Bool, first: Int) {
            self.start = start
            self.isObject = isObject
            self.first = first
        }

        /// Where `key` first appears in this object, if it does; `members` is the shared stack.
        func span(ofKey key: String, in members: [JSONMember]) -> Span? {
            if members.count - first <= Self.linearSearchLimit {
                for member in members[first...] where member.key == key { return member.keySpan }
                return nil
            }
            return keyIndex[key]
        }

        /// Pushes the pending key with `value` onto the shared stack `members`.
        mutating func appendMember(value: JSONNode, to members: inout [JSONMember]) {
            members.append(JSONMember(key: key, keySpan: keySpan, value: value))
            if members.count - first > Self.linearSearchLimit {
                if keyIndex.isEmpty {
                    for member in members[first...] { keyIndex[member.key] = member.keySpan }
                } else {
                    keyIndex[key] = keySpan
                }
            }
        }
    }
}
