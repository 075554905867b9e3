/// The value of a ``JSONNode``: one of the six kinds of JSON value.
///
/// Arrays and objects hold child nodes, so each child keeps its own span.
/// Object members stay in document order (duplicate keys are rejected by
/// ``JSONReader``).
///
/// ```swift
/// switch try JSONReader.parse("[1, true]").value {
/// case .array(let items): print(items.count)   // 2
/// default: break
/// }
/// ```
///
/// Not `indirect`: the recursion goes through `Array`, which is already a
/// reference to heap storage, so a box per value would only cost an allocation.
public enum JSONValue: Hashable, Sendable {
    case null
    case bool(Bool)
    case number(JSONNumber)
    case string(String)
    case array([JSONNode])
    case object([JSONMember])
}
