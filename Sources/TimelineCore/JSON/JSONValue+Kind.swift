extension JSONValue {
    /// The kind of value, for messages: `null`, `boolean`, `number`, `string`, `array` or `object`.
    ///
    /// ```swift
    /// JSONValue.string("x").kindName   // "string"
    /// ```
    public var kindName: String {
        switch self {
        case .null: "null"
        case .bool: "boolean"
        case .number: "number"
        case .string: "string"
        case .array: "array"
        case .object: "object"
        }
    }

    /// The kind with its article, to finish "expected a string, found …":
    /// `null`, `a boolean`, `a number`, `a string`, `an array`, `an object`.
    ///
    /// ```swift
    /// "expected a string, found \(JSONValue.array([]).kindPhrase)"   // "… found an array"
    /// ```
    public var kindPhrase: String {
        switch self {
        case .null: "null"
        case .array, .object: "an \(kindName)"
        default: "a \(kindName)"
        }
    }
}
