/// Short ASCII labels (ids, tags, kinds) found by their bytes, without making
/// a `String` to look one up: the fast decoder's interning table.
///
/// Open addressing; a slot holds an entry's position, and an entry keeps the
/// label's first sixteen bytes as two words, so a label of up to sixteen bytes
/// is matched with two 64-bit compares. Bytes past the sixteenth are hashed
/// too: longer texts that share a beginning (date notes: "the source names
/// only the year", "… only the month") would otherwise all land in one run of
/// slots. Each label's `String` is made once and shared by every event that
/// names it.
///
/// - Complexity: lookup and insert O(1) expected, O(*length*) for the bytes.
struct LabelTable {
    // One entry per label, in parallel arrays so a probe copies no reference.
    private var lows: [UInt64] = []
    private var highs: [UInt64] = []
    private var lengths: [Int] = []
    private var hashes: [Int] = []
    private var bytes: [[UInt8]] = []
    private var values: [String] = []
    /// Entry positions; -1 marks an empty slot. The count is a power of two.
    private var slots = [Int](repeating: -1, count: 16)

    init() {}

    /// How many labels it holds.
    var count: Int { values.count }

    /// A table holding `labels`.
    init(_ labels: [String]) {
        for label in labels {
            let bytes = Array(label.utf8)
            bytes.withUnsafeBufferPointer { buffer in
                guard let base = buffer.baseAddress, find(base, buffer.count) == nil else { return }
                _ = insert(base, buffer.count, value: label)
            }
        }
    }

    /// The string stored for these bytes, if any.
    @inline(__always)
    func value(_ start: UnsafePointer<UInt8>, _ length: Int) -> String? {
        find(start, length).map { values[$0] }
    }

    /// The position of the entry for these bytes, if any.
    func find(_ start: UnsafePointer<UInt8>, _ length: Int) -> Int? {
        let (low, high) = Self.words(start, length)
        let mask = slots.count - 1
        var slot = Self.hash(low, high, start, length) & mask
        while true {
            let position = slots[slot]
            if position < 0 { return nil }
            if lows[position] == low && highs[position] == high && lengths[position] == length
                && (length <= 16 || bytes[position].withUnsafeBufferPointer { equal($0, start, length) })
            {
                return position
            }
            slot = (slot + 1) & mask
        }
    }

    /// Adds a label not yet held; returns its entry position.
    mutating func insert(_ start: UnsafePointer<UInt8>, _ length: Int, value: String) -> Int {
        if (values.count + 1) * 2 > slots.count { grow() }
        let (low, high) = Self.words(start, length)
        let position = values.count
        lows.append(low)
        highs.append(high)
        lengths.append(length)
        hashes.append(Self.hash(low, high, start, length))
        bytes.append(Array(UnsafeBufferPointer(start: start, count: length)))
        values.append(value)
        place(position)
        return position
    }

    /// The string of the entry at `position`.
    func value(at position: Int) -> String { values[position] }

    private mutating func place(_ position: Int) {
        let mask = slots.count - 1
        var slot = hashes[position] & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = position
    }

    private mutating func grow() {
        slots = [Int](repeating: -1, count: slots.count * 2)
        for position in values.indices { place(position) }
    }

    private func equal(_ stored: UnsafeBufferPointer<UInt8>, _ start: UnsafePointer<UInt8>, _ length: Int) -> Bool {
        for i in 16..<length where stored[i] != start[i] { return false }
        return true
    }

    /// The first sixteen bytes, zero-padded, as two little-endian words; reads no byte
    /// outside `start..<start + length` (overlapping loads for the tail, not a byte loop).
    @inline(__always)
    static func words(_ start: UnsafePointer<UInt8>, _ length: Int) -> (UInt64, UInt64) {
        let raw = UnsafeRawPointer(start)
        func word(_ offset: Int) -> UInt64 {
            UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
        }
        if length >= 16 { return (word(0), word(8)) }
        if length > 8 { return (word(0), word(length - 8) >> UInt64(8 * (16 - length))) }
        if length == 8 { return (word(0), 0) }
        if length >= 4 {
            let head = UInt64(UInt32(littleEndian: raw.loadUnaligned(as: UInt32.self)))
            let tail = UInt64(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: length - 4, as: UInt32.self)))
            return (head | (tail >> UInt64(8 * (8 - length))) << 32, 0)
        }
        var low: UInt64 = 0
        for i in 0..<length { low |= UInt64(start[i]) << (8 * UInt64(i)) }
        return (low, 0)
    }

    @inline(__always)
    private static func hash(_ low: UInt64, _ high: UInt64, _ start: UnsafePointer<UInt8>, _ length: Int) -> Int {
        var mixed = (low ^ (high &* 0x9E37_79B9_7F4A_7C15) ^ UInt64(length)) &* 0xBF58_476D_1CE4_E5B9
        if length > 16 {
            for i in 16..<length { mixed = (mixed ^ UInt64(start[i])) &* 0x100_0000_01B3 }
            mixed = (mixed ^ (mixed >> 29)) &* 0xBF58_476D_1CE4_E5B9
        }
        return Int(truncatingIfNeeded: mixed >> 17)
    }
}
