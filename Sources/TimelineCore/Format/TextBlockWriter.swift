/// Copies events' titles and summaries into ``TextBlock``s as a decoder reads them: one
/// block after another, each up to a megabyte (the first few smaller, so a small file
/// takes little), every text whole in one block.
///
/// A writer belongs to one thread: two copies of one writer would write into the same
/// block at the same place, so a decoder copied for a second thread starts it afresh.
struct TextBlockWriter {
    private var block: TextBlock?
    private var used = 0
    private var room = 0
    /// The next block's size, doubled up to ``largest``.
    private var nextRoom = 4 << 10

    static let largest = 1 << 20

    init() {}

    /// The two texts, copied in (a text is never split between blocks).
    mutating func append(title: UnsafeBufferPointer<UInt8>, summary: UnsafeBufferPointer<UInt8>) -> EventText {
        let needed = title.count + summary.count
        if block == nil || room - used < needed {
            let size = max(needed, nextRoom)
            block = TextBlock.make(capacity: size)
            (used, room) = (0, size)
            nextRoom = min(nextRoom * 2, Self.largest)
        }
        let block = self.block.unsafelyUnwrapped
        block.write(title, at: used)
        block.write(summary, at: used + title.count)
        let text = EventText(block: block, start: used, titleCount: title.count, summaryCount: summary.count)
        used += needed
        return text
    }
}
