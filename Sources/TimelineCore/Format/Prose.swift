/// A title or summary as the fast decoder read it (``FastTimelineDecoder/prose()``):
/// where its bytes are in the input when the text is plain, else the decoded string.
/// The input's bytes are read before the reader moves past the event.
enum Prose {
    case plain(UnsafePointer<UInt8>, Int)
    case decoded(String)

    /// Runs `body` on the text's UTF-8 bytes.
    @inline(__always)
    func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        switch self {
        case .plain(let start, let count): return body(UnsafeBufferPointer(start: start, count: count))
        case .decoded(var string): return string.withUTF8(body)
        }
    }
}
