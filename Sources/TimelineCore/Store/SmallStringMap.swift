/// A map from strings to values for the common case of a few keys looked up
/// very often: up to ``linearLimit`` keys it compares along an array, then it
/// hashes.
///
/// Along the array it first looks for the very same string (the same two
/// words: the same storage, or the same short string), which is what a
/// decoder that shares its labels hands over; comparing unequal long strings
/// by their text cost most of building the indexes of a million events.
struct SmallStringMap<Value: Sendable>: Sendable {
    static var linearLimit: Int { 32 }
    private var keys: [String] = []
    /// Each key's two words, as ``words(of:)`` reads them.
    private var keyWords: [Words] = []
    private var values: [Value] = []
    private var hashed: [String: Value] = [:]

    private typealias Words = (UInt64, UInt64)

    /// A string's representation: equal words mean equal strings (not the converse).
    private static func words(of string: String) -> Words {
        unsafeBitCast(string, to: Words.self)
    }

    /// Every key, in no order.
    var allKeys: [String] { keys.count < Self.linearLimit ? keys : Array(hashed.keys) }

    subscript(key: String) -> Value? {
        get {
            if keys.count < Self.linearLimit {
                let words = Self.words(of: key)
                for i in keyWords.indices where keyWords[i] == words { return values[i] }
                for i in keys.indices where keys[i] == key { return values[i] }
                return nil
            }
            return hashed[key]
        }
        set {
            guard let newValue else { return }  // never removed
            if keys.count < Self.linearLimit {
                if let i = keys.firstIndex(of: key) {
                    values[i] = newValue
                    return
                }
                keys.append(key)
                keyWords.append(Self.words(of: key))
                values.append(newValue)
                if keys.count == Self.linearLimit { hashed = Dictionary(uniqueKeysWithValues: zip(keys, values)) }
            } else {
                hashed[key] = newValue
            }
        }
    }
}
