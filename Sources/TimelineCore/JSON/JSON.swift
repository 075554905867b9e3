/// A JSON value to write: built by code, written by ``JSONWriter``.
///
/// Objects keep their keys in the order given, so output is stable. Literals
/// make building one read like the JSON it becomes:
///
/// ```swift
/// let event: JSON = [
///     "id": "e1",
///     "date": "2024-03-01",
///     "tags": ["budget", "health"],
///     "amount": 1.5,
///     "count": 3,
///     "draft": false,
///     "note": nil,
/// ]
/// JSONWriter.write(event)
/// // {"id":"e1","date":"2024-03-01","tags":["budget","health"],"amount":1.5,"count":3,"draft":false,"note":null}
/// ```
///
/// Keys are written as given: an object built with the same key twice is
/// written with it twice (which ``JSONReader`` would then reject).
///
/// Not `indirect`: the recursion goes through `Array`, which already stores
/// its elements on the heap.
public enum JSON: Hashable, Sendable {
    case null
    case bool(Bool)
    case int(Int)
    /// Written in the shortest form that reads back to the same `Double`;
    /// NaN and the infinities, which JSON cannot express, are written as `null`.
    case double(Double)
    case string(String)
    case array([JSON])
    case object([Member])

    /// One `"key": value` pair of an object.
    public struct Member: Hashable, Sendable {
        public var key: String
        public var value: JSON

        public init(_ key: String, _ value: JSON) {
            self.key = key
            self.value = value
        }
    }

    /// An object from key–value pairs, in the order written.
    ///
    /// ```swift
    /// let json = JSON.object(["id": .string("x"), "n": .int(1)])
    /// ```
    public static func object(_ pairs: KeyValuePairs<String, JSON>) -> JSON {
        .object(pairs.map { Member($0.key, $0.value) })
    }
}
