/// Short ASCII labels (ids, tags, kinds) found by their bytes, without making
/// a `String` to look one up: the fast decoder's interning table.
///
/// Open addressing. A slot holds an entry's position beside 32 bits of its hash,
/// so a probe that meets another label's slot mostly stops there; an entry keeps
/// the label's first sixteen bytes as two words, its length and where the rest of
/// its bytes are, all in one 32-byte record, so a label of up to sixteen bytes is
/// matched with two 64-bit compares and a longer one with one more read of a
/// shared pool of bytes. (Entries as parallel arrays and a byte array per label
/// made a lookup five or six dependent reads; with the decoder streaming hundreds
/// of megabytes through the caches, each was a miss.) Bytes past the sixteenth are
/// hashed too: longer texts that share a beginning (date notes: "the source names
/// only the year", "… only the month") would otherwise all land in one run of
/// slots. Each label's `String` is made once and shared by every event that names it.
///
/// - Complexity: lookup and insert O(1) expected, O(*length*) for the bytes.
struct LabelTable {
    /// 28 bytes, 32 with padding: two records to a cache line (a 40-byte record, with
    /// the hash, straddled lines and took 15 % more of the lookups' samples).
    private struct Entry {
        var low: UInt64
        var high: UInt64
        /// Where the bytes past the sixteenth start in ``pool``.
        var rest: Int
        /// At most a JSON string's limit (``JSONReader/Limits/maxStringBytes``).
        var length: Int32
    }

    private var entries: [Entry] = []
    /// Each entry's hash, for growing the slots.
    private var hashes: [Int] = []
    /// The bytes past the sixteenth of every label longer than that, one after another.
    private var pool: [UInt8] = []
    private var values: [String] = []
    /// The hash's upper half, then the entry position + 1; 0 marks an empty slot.
    /// The count is a power of two.
    private var slots = [UInt64](repeating: 0, count: 16)

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
        let hash = Self.hash(low, high, start, length)
        let tag = Self.tag(hash)
        return slots.withUnsafeBufferPointer { slots in
            entries.withUnsafeBufferPointer { entries in
                let mask = slots.count - 1
                var slot = hash & mask
                while true {
                    let held = slots[slot]
                    if held == 0 { return nil }
                    if held >> 32 == tag {
                        let position = Int(truncatingIfNeeded: held & 0xFFFF_FFFF) - 1
                        let entry = entries[position]
                        if entry.low == low && entry.high == high && Int(entry.length) == length
                            && (length <= 16 || restMatches(entry, start, length))
                        {
                            return position
                        }
                    }
                    slot = (slot + 1) & mask
                }
            }
        }
    }

    /// Adds a label not yet held; returns its entry position.
    mutating func insert(_ start: UnsafePointer<UInt8>, _ length: Int, value: String) -> Int {
        if (values.count + 1) * 2 > slots.count { grow() }
        let (low, high) = Self.words(start, length)
        let position = values.count
        let entry = Entry(low: low, high: high, rest: pool.count, length: Int32(clamping: length))
        hashes.append(Self.hash(low, high, start, length))
        if length > 16 { pool.append(contentsOf: UnsafeBufferPointer(start: start + 16, count: length - 16)) }
        entries.append(entry)
        values.append(value)
        place(position)
        return position
    }

    /// The string of the entry at `position`.
    func value(at position: Int) -> String { values[position] }

    private func restMatches(_ entry: Entry, _ start: UnsafePointer<UInt8>, _ length: Int) -> Bool {
        pool.withUnsafeBufferPointer { pool in
            let rest = entry.rest
            for i in 16..<length where pool[rest + i - 16] != start[i] { return false }
            return true
        }
    }

    private static func tag(_ hash: Int) -> UInt64 { UInt64(truncatingIfNeeded: hash) >> 32 }

    private mutating func place(_ position: Int) {
        let mask = slots.count - 1
        let hash = hashes[position]
        var slot = hash & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = Self.tag(hash) << 32 | UInt64(position + 1)
    }

    private mutating func grow() {
        slots = [UInt64](repeating: 0, count: slots.count * 2)
        for position in values.indices { place(position) }
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
