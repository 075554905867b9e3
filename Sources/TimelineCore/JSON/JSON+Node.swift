extension JSON {
    /// The value of a node read by ``JSONReader``, without its spans: to pass
    /// read data through to output, or to compare structure in tests.
    ///
    /// A number becomes `.int` when ``JSONNumber/int`` has a value, and
    /// `.double` otherwise (so `1.50` is written back as `1.5`, and `-0` as `-0`).
    ///
    /// ```swift
    /// let node = try JSONReader.parse(#"{"a": [1, 2.5]}"#)
    /// JSON(node) == ["a": [1, 2.5]]    // true
    /// ```
    ///
    /// - Complexity: O(*n*) in the number of nodes.
    public init(_ node: JSONNode) {
        switch node.value {
        case .null: self = .null
        case .bool(let value): self = .bool(value)
        case .number(let number):
            // `-0` stays a double so that it is written back as `-0`.
            if let int = number.int, int != 0 || number.double.sign == .plus {
                self = .int(int)
            } else {
                self = .double(number.double)
            }
        case .string(let value): self = .string(value)
        case .array(let items): self = .array(items.map(JSON.init))
        case .object(let members): self = .object(members.map { Member($0.key, JSON($0.value)) })
        }
    }
}
