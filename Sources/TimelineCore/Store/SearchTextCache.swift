import Foundation

/// The folded search text of a store's events, made once on the first
/// free-text search rather than at load.
///
/// A class so that ``TimelineStore`` stays a value type whose copies share the
/// work: a store makes a new cache whenever its events change, so a cache only
/// ever holds the text of the events of the stores that share it. The first
/// call fills it under a lock, so concurrent readers of one store (there are
/// none today: sessions run on one thread) would wait rather than race.
final class SearchTextCache: @unchecked Sendable {
    private let lock = NSLock()
    private var made: SearchText?

    /// The cached text, made by `make` on the first call.
    func text(_ make: () -> SearchText) -> SearchText {
        lock.lock()
        defer { lock.unlock() }
        if let made { return made }
        let text = make()
        made = text
        return text
    }
}

/// What a matcher looks up once per select rather than once per event: the
/// folded needles, and the store's search text (whose getter takes a lock).
final class NeedleCache: @unchecked Sendable {
    // Used by one matcher on one thread at a time (a matcher lives for one select).
    private var folded: [String: [UInt8]] = [:]
    private var text: SearchText?

    func searchText(of store: TimelineStore) -> SearchText {
        if let text { return text }
        let made = store.searchText
        text = made
        return made
    }

    func folded(_ text: String) -> [UInt8] {
        if let known = folded[text] { return known }
        let bytes = Array(TextFolding.fold(text).utf8)
        folded[text] = bytes
        return bytes
    }
}
