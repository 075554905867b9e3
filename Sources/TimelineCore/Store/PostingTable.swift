/// Posting lists for one field: each label with the ascending positions of the
/// events that carry it.
///
/// A field has few distinct labels (tens of tags, actors, sources) met millions
/// of times, so while there are few a label is found by `==` along the list
/// (for interned or short strings a word compare), and hashed only beyond
/// that: hashing every label of a million events cost ~10 % of a load.
struct PostingTable: Sendable {
    private(set) var labels: [String] = []
    private(set) var lists: [[Int]] = []
    private var slots = SmallStringMap<Int>()

    /// The distinct labels, in no order.
    var keys: [String] { labels }

    subscript(label: String) -> [Int]? {
        slots[label].map { lists[$0] }
    }

    /// Appends `position` to `label`'s list.
    mutating func append(_ position: Int, to label: String) {
        if let slot = slots[label] {
            lists[slot].append(position)
        } else {
            slots[label] = labels.count
            labels.append(label)
            lists.append([position])
        }
    }
}

/// A map from strings to values for the common case of a few keys looked up
/// very often: up to ``linearLimit`` keys it compares along an array, then it
/// hashes.
struct SmallStringMap<Value: Sendable>: Sendable {
    static var linearLimit: Int { 32 }
    private var keys: [String] = []
    private var values: [Value] = []
    private var hashed: [String: Value] = [:]

    subscript(key: String) -> Value? {
        get {
            if keys.count < Self.linearLimit {
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
                values.append(newValue)
                if keys.count == Self.linearLimit { hashed = Dictionary(uniqueKeysWithValues: zip(keys, values)) }
            } else {
                hashed[key] = newValue
            }
        }
    }
}
