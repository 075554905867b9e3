/// A growing run of bytes that writers append to through a pointer.
///
/// An append to a `[UInt8]` checks that the array is not shared and goes
/// through generic code, call by call; writing an event's JSON is some sixty
/// small appends, and those checks (with the retains around them) were a
/// third of exporting a slice. A buffer owns its memory alone — it cannot be
/// copied — so an append is one capacity test and a copy.
///
/// ```swift
/// var buffer = ByteBuffer()
/// buffer.append("[1,")
/// buffer.append(UInt8(ascii: "2"))
/// buffer.append("]")
/// buffer.bytes()   // Array("[1,2]".utf8)
/// ```
struct ByteBuffer: ~Copyable {
    private var base: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    /// The bytes written so far.
    private(set) var count = 0

    /// An empty buffer with room for `capacity` bytes before it first grows.
    init(capacity: Int = 256) {
        self.capacity = max(capacity, 16)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    /// Appends one byte.
    @inline(__always)
    mutating func append(_ byte: UInt8) {
        if count == capacity { grow(toHold: 1) }
        base[count] = byte
        count += 1
    }

    /// Appends a run of bytes.
    @inline(__always)
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress else { return }
        if capacity - count < bytes.count { grow(toHold: bytes.count) }
        (base + count).initialize(from: source, count: bytes.count)
        count += bytes.count
    }

    /// Appends the UTF-8 of a literal.
    @inline(__always)
    mutating func append(_ text: StaticString) {
        append(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// Appends bytes from an array.
    mutating func append(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { append($0) }
    }

    /// Appends the UTF-8 of `string`.
    mutating func append(utf8 string: String) {
        string.withUTF8Bytes { append($0) }
    }

    /// Appends `byte` `count` times.
    mutating func append(_ byte: UInt8, repeating count: Int) {
        guard count > 0 else { return }
        if capacity - self.count < count { grow(toHold: count) }
        (base + self.count).initialize(repeating: byte, count: count)
        self.count += count
    }

    /// The bytes written, as an array (copied once).
    consuming func bytes() -> [UInt8] {
        Array(UnsafeBufferPointer(start: base, count: count))
    }

    /// The bytes written, then those of `other`, as one array (each copied once).
    consuming func bytes(appending other: borrowing ByteBuffer) -> [UInt8] {
        Array(unsafeUninitializedCapacity: count + other.count) { buffer, initialized in
            guard let target = buffer.baseAddress else { return }
            target.initialize(from: base, count: count)
            (target + count).initialize(from: other.base, count: other.count)
            initialized = count + other.count
        }
    }

    /// Makes room for `extra` more bytes, at least doubling, so that appending
    /// *n* bytes one at a time copies O(*n*) bytes in all.
    @inline(never)
    private mutating func grow(toHold extra: Int) {
        let (needed, overflow) = count.addingReportingOverflow(extra)
        precondition(!overflow, "ByteBuffer: size overflow")
        let newCapacity = max(needed, capacity.multipliedReportingOverflow(by: 2).overflow ? needed : capacity * 2)
        let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newBase.initialize(from: base, count: count)
        base.deallocate()
        base = newBase
        capacity = newCapacity
    }
}
