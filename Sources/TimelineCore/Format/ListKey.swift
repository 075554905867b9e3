/// The label positions of one short list (an event's tags, actors or
/// sources), packed into one word when they fit, so that a list seen before is
/// found without making an array: the key of the fast decoder's shared lists.
struct ListKey {
    /// The first four positions; all of them are in `overflow` once there are more.
    private var small: (Int, Int, Int, Int) = (0, 0, 0, 0)
    private var overflow: [Int] = []
    private(set) var count = 0
    private var packed: UInt64
    private var fits = true

    private static let positionBits: UInt64 = 14

    /// - Parameter catalogue: which table the positions are in; nil for tags.
    init(catalogue: FastTimelineDecoder.Catalogue?) {
        let tag: UInt64
        switch catalogue {
        case nil: tag = 1
        case .kinds: tag = 2
        case .actors: tag = 3
        case .sources: tag = 4
        case .metrics: tag = 5
        }
        packed = tag << 59
    }

    mutating func append(_ position: Int) {
        switch count {
        case 0: small.0 = position
        case 1: small.1 = position
        case 2: small.2 = position
        case 3: small.3 = position
        case 4: overflow = [small.0, small.1, small.2, small.3, position]
        default: overflow.append(position)
        }
        count += 1
        guard fits, count <= 4, position < 1 << Self.positionBits else {
            fits = false
            return
        }
        packed |= UInt64(position) << (Self.positionBits * UInt64(count - 1))
        packed = (packed & ~(UInt64(7) << 56)) | UInt64(count) << 56
    }

    /// The packed key, or nil when the list does not fit in one word.
    var key: UInt64? { fits ? packed : nil }

    /// The positions, in order, mapped.
    func map<T>(_ transform: (Int) -> T) -> [T] {
        if count > 4 { return overflow.map(transform) }
        var result: [T] = []
        result.reserveCapacity(count)
        if count > 0 { result.append(transform(small.0)) }
        if count > 1 { result.append(transform(small.1)) }
        if count > 2 { result.append(transform(small.2)) }
        if count > 3 { result.append(transform(small.3)) }
        return result
    }
}
