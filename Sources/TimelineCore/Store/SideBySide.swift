import Dispatch

/// Runs `here` on the calling thread and `there` on another, and returns both results
/// once both are done: the store's two-part work (index parts, halves of a search) on
/// the machine's two cores, and `check`'s and `count by`'s.
package func sideBySide<Here, There>(_ here: () -> Here, _ there: @escaping @Sendable () -> There) -> (Here, There) {
    let result = SecondResult<There>()
    let group = DispatchGroup()
    DispatchQueue.global().async(group: group) { result.value = there() }
    let mine = here()
    group.wait()
    return (mine, result.value ?? there())
}

/// What the other thread of ``sideBySide(_:_:)`` made: written by it before it leaves the
/// group, read by the caller only after `wait()`, so the group orders the two accesses.
private final class SecondResult<Value>: @unchecked Sendable {
    var value: Value?
}
