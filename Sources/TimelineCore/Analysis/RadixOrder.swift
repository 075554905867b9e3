/// The order of a list of keys, by a stable least-significant-digit radix sort: a byte
/// a pass, with every byte's counts taken in one read of the keys, and a pass skipped
/// when its byte is the same in every key; keys already in order are not sorted.
///
/// `check`'s sweep orders each group's figures four times (by first day, last day, low
/// and high value): comparison sorts of (key, position) pairs had been three quarters
/// of the sweep at a million events. Keys are made order-preserving from integers and
/// floating-point values by ``key(_:)-(Int)`` and ``key(_:)-(Double)``.
///
/// ```swift
/// RadixOrder.positions([3, 1, 2].map(RadixOrder.key))  // [1, 2, 0]
/// ```
enum RadixOrder {
    /// The positions of `keys` in ascending order of key, equal keys in their order.
    /// - Complexity: O(*n*) (at most eight passes over the keys).
    static func positions(_ keys: [UInt64]) -> [Int] {
        let n = keys.count
        // Keys already in order are common: figures take their event's date, and a store's
        // events are in order of first day.
        guard n > 1, zip(keys, keys.dropFirst()).contains(where: { $0 > $1 }) else { return Array(0..<n) }
        var counts = [Int](repeating: 0, count: 8 * 256)
        counts.withUnsafeMutableBufferPointer { counts in
            for key in keys {
                for byte in 0..<8 { counts[byte << 8 | Int(truncatingIfNeeded: key >> (byte * 8)) & 0xFF] += 1 }
            }
        }
        var (keys, otherKeys) = (keys, [UInt64](repeating: 0, count: n))
        var (positions, otherPositions) = (Array(0..<n), [Int](repeating: 0, count: n))
        var offsets = [Int](repeating: 0, count: 256)
        for byte in 0..<8 {
            let shift = UInt64(byte * 8)
            let first = Int(truncatingIfNeeded: keys[0] >> shift) & 0xFF
            guard counts[byte << 8 | first] < n else { continue }  // the same byte in every key
            var sum = 0
            for digit in 0..<256 {
                offsets[digit] = sum
                sum += counts[byte << 8 | digit]
            }
            keys.withUnsafeBufferPointer { keys in
                positions.withUnsafeBufferPointer { positions in
                    otherKeys.withUnsafeMutableBufferPointer { otherKeys in
                        otherPositions.withUnsafeMutableBufferPointer { otherPositions in
                            offsets.withUnsafeMutableBufferPointer { offsets in
                                for k in 0..<n {
                                    let digit = Int(truncatingIfNeeded: keys[k] >> shift) & 0xFF
                                    otherKeys[offsets[digit]] = keys[k]
                                    otherPositions[offsets[digit]] = positions[k]
                                    offsets[digit] += 1
                                }
                            }
                        }
                    }
                }
            }
            swap(&keys, &otherKeys)
            swap(&positions, &otherPositions)
        }
        return positions
    }

    /// A key in the order of the integers.
    static func key(_ value: Int) -> UInt64 { UInt64(bitPattern: Int64(value)) ^ (1 << 63) }

    /// A key in the order of the values (`-0.0` just before `0.0`; no NaN is ordered).
    static func key(_ value: Double) -> UInt64 {
        let bits = value.bitPattern
        return bits & (1 << 63) != 0 ? ~bits : bits | (1 << 63)
    }
}
