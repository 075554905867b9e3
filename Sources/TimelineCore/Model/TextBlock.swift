/// A block of UTF-8 bytes holding the titles and summaries of events (``EventText``):
/// one allocation for the texts of thousands of events read from a file, instead of
/// two `String`s an event.
///
/// Bytes are written once, by the one thread that fills the block (``TextBlockWriter``),
/// before any event pointing into them is handed on, and never changed after: every
/// range an ``EventText`` names is read-only for the block's life. That is why texts
/// in it may be shared between threads (``EventText`` is `@unchecked Sendable`): what
/// is read is never written again, and what is still being written is named by no
/// event yet.
final class TextBlock: ManagedBuffer<Void, UInt8> {
    /// A block with room for at least `capacity` bytes (at least one).
    static func make(capacity: Int) -> TextBlock {
        // `create` makes an instance of the class it is called on; the cast cannot fail.
        unsafeDowncast(create(minimumCapacity: max(capacity, 1)) { _ in }, to: TextBlock.self)
    }

    /// Runs `body` on the bytes `start..<start + count`.
    @inline(__always)
    func withBytes<Result>(
        from start: Int, count: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> Result
    ) rethrows -> Result {
        try withUnsafeMutablePointerToElements { try body(UnsafeBufferPointer(start: $0 + start, count: count)) }
    }

    /// Copies `bytes` to `start` (within the room asked for; nothing written there is named by an event yet).
    @inline(__always)
    func write(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) {
        guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
        withUnsafeMutablePointerToElements { ($0 + start).update(from: source, count: bytes.count) }
    }
}
