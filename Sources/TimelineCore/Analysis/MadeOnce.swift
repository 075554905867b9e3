import Synchronization

/// A value made the first time it is asked for, then kept: a class, so that the value
/// types that hold one (``ConflictIndex``) share it between copies; the first caller makes
/// it under a lock, so concurrent callers wait rather than make it twice.
///
/// ```swift
/// let index = MadeOnce<[Int]>()
/// index.value { expensive() }  // made
/// index.value { expensive() }  // kept
/// ```
final class MadeOnce<Value: Sendable>: Sendable {
    private let made = Mutex<Value?>(nil)

    init() {}

    /// The value, made by `make` on the first call.
    func value(_ make: () -> Value) -> Value {
        made.withLock { made in
            if let made { return made }
            let value = make()
            made = value
            return value
        }
    }
}
