/// An event's title and summary: their UTF-8 bytes, side by side in a ``TextBlock``
/// shared with other events' texts.
///
/// A file of a million events holds two million titles and summaries; as `String`s
/// each was a heap allocation of its own (~220 MB at a million events, and a
/// `malloc` and `free` each). Read from a file, they are copied into blocks of a
/// megabyte; made from `String`s (``init(title:summary:)``), they share one exact
/// block. ``Event/title`` and ``Event/summary`` make a `String` when asked; writers
/// and search read the bytes in place.
///
/// Two texts are equal when their titles and summaries are equal as `String`s are
/// (canonically equivalent), as the two `String` fields they replace were.
///
/// `@unchecked Sendable`: the block's bytes a text names are written before the text
/// exists and never after (``TextBlock``), so reading them from any thread is safe.
public struct EventText: @unchecked Sendable {
    let block: TextBlock
    /// Where the title starts in ``block``; the summary follows it.
    let start: UInt32
    let titleCount: UInt32
    let summaryCount: UInt32

    /// Texts whose bytes are already in `block` at `start` (``TextBlockWriter``).
    init(block: TextBlock, start: Int, titleCount: Int, summaryCount: Int) {
        self.block = block
        self.start = UInt32(start)
        self.titleCount = UInt32(titleCount)
        self.summaryCount = UInt32(summaryCount)
    }

    /// Texts in a block of their own.
    public init(title: String, summary: String) {
        var title = title
        var summary = summary
        let titleCount = title.utf8.count
        let block = TextBlock.make(capacity: titleCount + summary.utf8.count)
        title.withUTF8 { block.write($0, at: 0) }
        summary.withUTF8 { block.write($0, at: titleCount) }
        self.init(block: block, start: 0, titleCount: titleCount, summaryCount: summary.utf8.count)
    }

    public var title: String { withTitleBytes { String(decoding: $0, as: UTF8.self) } }
    public var summary: String { withSummaryBytes { String(decoding: $0, as: UTF8.self) } }

    /// True when the summary is empty (no `String` made).
    public var isSummaryEmpty: Bool { summaryCount == 0 }

    /// Runs `body` on the title's UTF-8 bytes, in place.
    @inline(__always)
    func withTitleBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        try block.withBytes(from: Int(start), count: Int(titleCount), body)
    }

    /// Runs `body` on the summary's UTF-8 bytes, in place.
    @inline(__always)
    func withSummaryBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        try block.withBytes(from: Int(start) + Int(titleCount), count: Int(summaryCount), body)
    }
}

extension EventText: Hashable {
    public static func == (a: EventText, b: EventText) -> Bool {
        if a.block === b.block && a.start == b.start && a.titleCount == b.titleCount
            && a.summaryCount == b.summaryCount
        {
            return true
        }
        let sameBytes =
            a.titleCount == b.titleCount && a.summaryCount == b.summaryCount
            && a.withTitleBytes { x in b.withTitleBytes { x.elementsEqual($0) } }
            && a.withSummaryBytes { x in b.withSummaryBytes { x.elementsEqual($0) } }
        // Different bytes may still be the same text (`é` precomposed or not), as for `String`.
        return sameBytes || (a.title == b.title && a.summary == b.summary)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(title)
        hasher.combine(summary)
    }
}

extension EventText: CustomDebugStringConvertible {
    /// `EventText(title: "…", summary: "…")`: the texts, not where they are kept.
    public var debugDescription: String {
        "EventText(title: \(title.debugDescription), summary: \(summary.debugDescription))"
    }
}
