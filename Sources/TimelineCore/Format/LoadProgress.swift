/// Told how far a long read has got, and asked whether to go on: how a big
/// load shows a progress line and how Ctrl-C stops it.
///
/// The decoder calls ``report(bytes:events:)`` every ``interval`` events from
/// one thread only; when it returns false the read stops and the decode throws
/// ``Diagnostic/interrupted``, leaving nothing half-loaded.
///
/// ```swift
/// let progress = LoadProgress { bytes, events in
///     drawLine(bytes, events)
///     return !interrupted
/// }
/// let timeline = try TimelineDecoder.decode(bytes, progress: progress)
/// ```
public struct LoadProgress {
    /// Events between two reports (a power of two).
    public let interval: Int
    private let callback: (_ bytes: Int, _ events: Int) -> Bool

    /// - Parameters:
    ///   - interval: events between two reports, rounded up to a power of two;
    ///     at the default a million-event load reports about 60 times.
    ///   - callback: receives the bytes read and events decoded so far;
    ///     returns false to stop.
    public init(every interval: Int = 16_384, _ callback: @escaping (_ bytes: Int, _ events: Int) -> Bool) {
        var power = 1
        while power < interval { power <<= 1 }
        self.interval = power
        self.callback = callback
    }

    /// True when `decoded` events call for a report.
    @inline(__always)
    func isDue(_ decoded: Int) -> Bool { decoded & (interval - 1) == 0 }

    /// Passes on how far the read has got; false when it should stop.
    func report(bytes: Int, events: Int) -> Bool { callback(bytes, events) }
}
