import Foundation

/// The folded search text of a store's events, made once on the first
/// free-text search rather than at load (folding goes through Foundation and
/// costs more than reading the file).
///
/// A class so that ``TimelineStore`` stays a value type whose copies share the
/// work: a store makes a new cache whenever its events change, so a cache only
/// ever holds the text of the events of the stores that share it. The first
/// call fills it under a lock, so concurrent readers of one store (there are
/// none today: sessions run on one thread) would wait rather than race.
final class SearchTextCache: @unchecked Sendable {
    private let lock = NSLock()
    private var texts: [String]?

    /// The cached texts, made by `make` on the first call.
    func texts(_ make: () -> [String]) -> [String] {
        lock.lock()
        defer { lock.unlock() }
        if let texts { return texts }
        let made = make()
        texts = made
        return made
    }
}
