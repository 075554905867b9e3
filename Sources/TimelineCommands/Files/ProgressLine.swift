#if canImport(Glibc)
    import Glibc
#endif
import TimelineCore

/// The line a long load draws on standard error while it reads: the file, how
/// many bytes and events so far, and the rate. Drawn only on a terminal, only
/// once a load has taken a quarter of a second, redrawn at most ten times a
/// second, and erased when the load ends; never written to a pipe or a file.
/// Its reports are also where Ctrl-C stops a load.
///
/// ```
/// loading t1m.json: 212.4 of 421.7 MB (50 %), 503,808 events, 388 MB/s
/// ```
public final class ProgressLine {
    private let name: String
    private let total: Int
    private let start = ContinuousClock.now
    private var lastDrawn: ContinuousClock.Instant?
    /// Asked at each report: true stops the load (Ctrl-C).
    private let shouldStop: () -> Bool
    /// False when standard error is not a terminal: the load can still be stopped.
    private let draws: Bool

    /// Where the line goes: standard error, when it is a terminal.
    private static let descriptor: Int32 = 2

    /// The line for loading `name` of `total` bytes: nil for a small file
    /// (under ``TimelineFiles/progressThreshold``), which loads too fast to need
    /// either a line or a way to stop it. On a terminal it draws; anywhere it
    /// stops the load on Ctrl-C (``Interruption``).
    public static func forLoad(name: String, total: Int) -> ProgressLine? {
        guard total >= TimelineFiles.progressThreshold else { return nil }
        return ProgressLine(
            name: name, total: total, draws: isatty(descriptor) == 1, shouldStop: { Interruption.isRequested })
    }

    init(name: String, total: Int, draws: Bool, shouldStop: @escaping () -> Bool) {
        self.name = name
        self.total = total
        self.draws = draws
        self.shouldStop = shouldStop
    }

    /// What the decoder reports to.
    public var progress: LoadProgress {
        LoadProgress { [self] bytes, events in
            draw(bytes: bytes, events: events)
            return !shouldStop()
        }
    }

    /// Erases the line, if it was drawn.
    public func finish() {
        if lastDrawn != nil { Self.write("\r\u{1B}[K") }
        lastDrawn = nil
    }

    private func draw(bytes: Int, events: Int) {
        guard draws else { return }
        let now = ContinuousClock.now
        let elapsed = now - start
        guard elapsed >= .milliseconds(250) else { return }
        if let lastDrawn, now - lastDrawn < .milliseconds(100) { return }
        lastDrawn = now
        Self.write("\r\u{1B}[K" + Self.text(name: name, bytes: bytes, total: total, events: events, elapsed: elapsed))
    }

    /// The line's words, without the escape that erases the line before it.
    static func text(name: String, bytes: Int, total: Int, events: Int, elapsed: Duration) -> String {
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
        let percent = total > 0 ? min(100, bytes * 100 / total) : 0
        let rate = seconds > 0 ? Double(bytes) / 1e6 / seconds : 0
        return "loading \(name): \(megabytes(bytes)) of \(megabytes(total)) MB (\(percent) %), "
            + "\(grouped(events)) events, \(Int(rate.rounded())) MB/s"
    }

    private static func megabytes(_ bytes: Int) -> String {
        let tenths = (bytes + 50_000) / 100_000
        return "\(tenths / 10).\(tenths % 10)"
    }

    private static func grouped(_ number: Int) -> String {
        var digits = Array(String(number))
        var i = digits.count - 3
        while i > 0 {
            digits.insert(",", at: i)
            i -= 3
        }
        return String(digits)
    }

    private static func write(_ text: String) {
        var text = text
        text.withUTF8 { buffer in
            guard let base = buffer.baseAddress else { return }
            var offset = 0
            while offset < buffer.count {
                let n = Glibc.write(descriptor, base + offset, buffer.count - offset)
                if n <= 0 { return }
                offset += n
            }
        }
    }
}
