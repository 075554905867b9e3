import Foundation
import Testing

@testable import LineEditor

@Suite struct HistoryFileTests {
    @Test func roundTripKeepsMultiLineAndBackslashEntries() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let file = HistoryFile(url: directory.file("history"))
        let entries = [
            "list tag:arrests",
            "show 12\nwhere date > 2020",
            #"find "C:\path\n" \\ done"#,
            "trailing backslash \\",
            "café “quotes” 日本",
            "# looks like a comment",
            "carriage\r\nreturn",
        ]
        for entry in entries { try file.append(entry) }
        #expect(file.load() == entries)
        let text = try String(contentsOf: file.url, encoding: .utf8)
        #expect(text.hasPrefix("# timeline history v1\n"))
        #expect(text.split(separator: "\n").count == entries.count + 1)
        #expect(text.contains(#"show 12\nwhere date > 2020"#))
    }

    @Test func consecutiveDuplicatesAreKeptOnce() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let file = HistoryFile(url: directory.file("history"))
        for entry in ["a", "a", "b", "a", "a", "", "b"] { try file.append(entry) }
        #expect(file.load() == ["a", "b", "a", "b"])
    }

    @Test func appendTrimsToTheNewestLimitEntries() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let file = HistoryFile(url: directory.file("history"), limit: 3)
        for number in 1...7 { try file.append("entry \(number)") }
        #expect(file.load() == ["entry 5", "entry 6", "entry 7"])
    }

    @Test func appendCreatesMissingDirectoriesPrivately() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let file = HistoryFile(url: directory.file("state/timeline/history"))
        try file.append("x")
        #expect(file.load() == ["x"])
        let attributes = try FileManager.default.attributesOfItem(atPath: directory.file("state/timeline").path)
        #expect((attributes[.posixPermissions] as? Int).map { $0 & 0o077 } == 0)
        #expect(FileManager.default.fileExists(atPath: directory.file("state/timeline/history.lock").path))
    }

    @Test func missingFileLoadsNothing() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        #expect(HistoryFile(url: directory.file("nope")).load() == [])
    }

    @Test func appendReportsWhereItFailed() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try Data("not a directory".utf8).write(to: directory.file("blocker"))
        let file = HistoryFile(url: directory.file("blocker/history"))
        #expect(throws: HistoryFileError.self) { try file.append("x") }
        do {
            try file.append("x")
        } catch {
            #expect(error.description.hasPrefix("cannot lock '\(directory.file("blocker/history.lock").path)': "))
        }
    }

    @Test func garbledFileLoadsWhatItCan() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        var bytes = Array("# timeline history v1\nfirst\nbad \\q escape\n".utf8)
        bytes += [0x66, 0xFF, 0xFE, 0x0A]  // invalid UTF-8
        bytes += Array("\n\nsecond\\nline\r\nends in backslash\\\nlast".utf8)
        let url = directory.file("history")
        try Data(bytes).write(to: url)
        let file = HistoryFile(url: url)
        #expect(file.load() == ["first", "second\nline", "last"])
        // Appending rewrites the file with only what could be read.
        try file.append("new")
        #expect(file.load() == ["first", "second\nline", "last", "new"])
    }

    @Test func fileWithoutHeaderStillLoads() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let url = directory.file("history")
        try Data("one\ntwo\n".utf8).write(to: url)
        #expect(HistoryFile(url: url).load() == ["one", "two"])
    }

    @Test func twoWritersAtOnceLoseNothing() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let url = directory.file("history")
        let perWriter = 200
        let failures = Failures()
        DispatchQueue.concurrentPerform(iterations: 2) { writer in
            // Each writer has its own HistoryFile value and so its own lock descriptor per append,
            // exactly as two processes would.
            let file = HistoryFile(url: url, limit: 10_000)
            for number in 0..<perWriter {
                do { try file.append("writer \(writer) entry \(number)") } catch { failures.add("\(error)") }
            }
        }
        #expect(failures.all.isEmpty, "\(failures.all.prefix(3))")
        let loaded = HistoryFile(url: url).load()
        #expect(loaded.count == 2 * perWriter)
        for writer in 0..<2 {
            let mine = loaded.filter { $0.hasPrefix("writer \(writer) ") }
            #expect(mine == (0..<perWriter).map { "writer \(writer) entry \($0)" })
        }
        let text = try String(contentsOf: url, encoding: .utf8)
        #expect(text.split(separator: "\n").count == 2 * perWriter + 1)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory.url.path)
        #expect(leftovers.sorted() == ["history", "history.lock"])
    }
}

/// Errors collected from several threads.
private final class Failures: @unchecked Sendable {
    private let lock = NSLock()
    private var messages: [String] = []
    func add(_ message: String) { lock.withLock { messages.append(message) } }
    var all: [String] { lock.withLock { messages } }
}
