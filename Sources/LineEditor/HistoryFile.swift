#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The persistent history: a small text file that several sessions may append to at once.
///
/// The file lives at ``defaultURL(environment:)`` unless you pass another; see ``HistoryFormat``
/// (internal) for the layout: a `# timeline history v1` header, then one entry per line with
/// `\\`, `\n` and `\r` escapes, oldest first.
///
/// ``append(_:)`` is safe against crashes and against other processes: it takes an exclusive
/// `flock` on a sibling lock file (`history.lock` next to `history`, never deleted), re-reads the
/// file, adds the entry, trims to the newest ``limit`` entries, writes a temporary file in the same
/// directory, `fsync`s it and renames it over the file. A reader therefore sees either the old or
/// the new file, never a half-written one, and two sessions appending at once lose nothing.
///
/// ```swift
/// if let url = HistoryFile.defaultURL() {
///     let file = HistoryFile(url: url)
///     try file.append("list tag:arrests")
///     print(file.load().last ?? "")   // list tag:arrests
/// }
/// ```
public struct HistoryFile: Equatable, Sendable {
    /// The history file.
    public var url: URL
    /// How many entries the file keeps; older ones are dropped on ``append(_:)``.
    public var limit: Int

    /// A history file at `url` keeping the newest `limit` entries.
    public init(url: URL, limit: Int = 1000) {
        self.url = url
        self.limit = max(0, limit)
    }

    /// Where the history lives, from the environment:
    ///
    /// 1. `$TIMELINE_HISTORY` when set; set but empty means "keep no history" (nil);
    /// 2. else `$XDG_STATE_HOME/timeline/history` when that is an absolute path;
    /// 3. else `$HOME/.local/state/timeline/history`;
    /// 4. else nil (no home directory).
    ///
    /// Missing parent directories are created (mode 0700) by ``append(_:)``, not here.
    public static func defaultURL(
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> URL? {
        if let explicit = environment["TIMELINE_HISTORY"] {
            return explicit.isEmpty ? nil : URL(fileURLWithPath: explicit)
        }
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            return URL(fileURLWithPath: state).appendingPathComponent("timeline/history")
        }
        if let home = environment["HOME"], !home.isEmpty {
            return URL(fileURLWithPath: home).appendingPathComponent(".local/state/timeline/history")
        }
        return nil
    }

    /// The lock file `append` holds: the history file's name plus `.lock`, in the same directory.
    public var lockURL: URL {
        url.deletingLastPathComponent().appendingPathComponent(url.lastPathComponent + ".lock")
    }

    /// The entries, oldest first; empty when the file is missing or unreadable. Garbled lines are
    /// skipped. Takes no lock: `append` replaces the file atomically.
    public func load() -> [String] {
        guard let bytes = try? PosixFile.readAll(path: url.path) else { return [] }
        return HistoryFormat.decode(bytes)
    }

    /// Adds `entry` as the newest entry, unless it is empty or equal to the newest one, keeping
    /// the newest ``limit`` entries. See the type's description for how it stays safe.
    ///
    /// - Throws: ``HistoryFileError`` when a directory, the lock, or the file cannot be made.
    /// - Complexity: O(n) in the size of the file, which is read and rewritten.
    public func append(_ entry: String) throws(HistoryFileError) {
        guard !entry.isEmpty else { return }
        let directory = url.deletingLastPathComponent().path
        try PosixFile.makeDirectories(directory)
        let lock = try PosixFile.lockExclusively(path: lockURL.path)
        defer { PosixFile.unlock(lock) }

        var entries = HistoryFormat.decode(try PosixFile.readAll(path: url.path) ?? [])
        if entries.last != entry { entries.append(entry) }
        if entries.count > limit { entries.removeFirst(entries.count - limit) }
        try PosixFile.replace(path: url.path, with: HistoryFormat.encode(entries), directory: directory)
    }
}

/// Why the history file could not be written.
public struct HistoryFileError: Error, Equatable, Sendable, CustomStringConvertible {
    /// What was being done: "create directory", "lock", "read", "write", "rename".
    public var operation: String
    /// The path it was done to.
    public var path: String
    /// The `errno` value.
    public var code: Int32

    public init(operation: String, path: String, code: Int32) {
        self.operation = operation
        self.path = path
        self.code = code
    }

    /// `cannot lock '/home/x/.local/state/timeline/history.lock': Permission denied`
    public var description: String {
        "cannot \(operation) '\(path)': \(PosixFile.message(for: code))"
    }
}
