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

/// `body` over `0..<count`, in two halves side by side when `count` is at least
/// `threshold` (and 2): the first half's result, then the second's; below it, over the
/// whole on the calling thread, with no second result.
package func sideBySide<Part>(
    halvesOf count: Int, from threshold: Int, _ body: @escaping @Sendable (Range<Int>) -> Part
) -> (Part, Part?) {
    guard count >= threshold, count > 1 else { return (body(0..<count), nil) }
    let middle = count / 2
    let (first, second) = sideBySide({ body(0..<middle) }, { body(middle..<count) })
    return (first, second)
}

/// A buffer both threads of ``sideBySide(_:_:)`` read while the caller holds it and
/// changes nothing (events while the store finds their order, a file's bytes while they
/// are hashed): a buffer pointer is not `Sendable`, and handing an array itself to the
/// other thread would leave a second reference behind for as long as the thread's
/// closure lives, so that the caller's next change copied the whole array.
package struct SharedBuffer<Element>: @unchecked Sendable {
    package let buffer: UnsafeBufferPointer<Element>

    package init(_ buffer: UnsafeBufferPointer<Element>) { self.buffer = buffer }
}

/// What the other thread of ``sideBySide(_:_:)`` made: written by it before it leaves the
/// group, read by the caller only after `wait()`, so the group orders the two accesses.
private final class SecondResult<Value>: @unchecked Sendable {
    var value: Value?
}
