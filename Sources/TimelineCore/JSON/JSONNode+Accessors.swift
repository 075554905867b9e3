extension JSONNode {
    /// The value of member `key` when this node is an object that has it.
    ///
    /// ```swift
    /// let root = try JSONReader.parse(#"{"title": "Budget"}"#)
    /// root["title"]?.stringValue    // "Budget"
    /// root["missing"]               // nil
    /// ```
    ///
    /// - Complexity: O(*n*) in the number of members.
    public subscript(key: String) -> JSONNode? {
        guard case .object(let members) = value else { return nil }
        return members.first { $0.key == key }?.value
    }

    /// The member named `key`, with its key's span, when this node is an object that has it.
    public func member(_ key: String) -> JSONMember? {
        guard case .object(let members) = value else { return nil }
        return members.first { $0.key == key }
    }

    /// The string, when this node is a string.
    public var stringValue: String? {
        guard case .string(let string) = value else { return nil }
        return string
    }

    /// The number, when this node is a number.
    public var numberValue: JSONNumber? {
        guard case .number(let number) = value else { return nil }
        return number
    }

    /// The Boolean, when this node is `true` or `false`.
    public var boolValue: Bool? {
        guard case .bool(let bool) = value else { return nil }
        return bool
    }

    /// Whether this node is `null`.
    public var isNull: Bool { value == .null }

    /// The elements, when this node is an array.
    public var arrayValue: [JSONNode]? {
        guard case .array(let elements) = value else { return nil }
        return elements
    }

    /// The members in document order, when this node is an object.
    public var objectValue: [JSONMember]? {
        guard case .object(let members) = value else { return nil }
        return members
    }

    /// The kind of value, for messages: `null`, `boolean`, `number`, `string`, `array` or `object`.
    ///
    /// ```swift
    /// let node = try JSONReader.parse("12")
    /// "expected a string, found a \(node.kindName)"   // "… found a number"
    /// ```
    public var kindName: String { value.kindName }

    /// The kind with its article: `null`, `a boolean`, `a number`, `a string`, `an array`, `an object`.
    public var kindPhrase: String { value.kindPhrase }
}
