import Foundation
import Testing

@testable import LineEditor

/// libedit on pipes (not a terminal): it reads lines without editing, which is enough to test
/// construction, UTF-8, end of input, history and the SIGINT handler. Serialized: the reader
/// takes over the process's SIGINT.
@Suite(.serialized) struct EditLineReaderTests {
    @Test func readsLinesFromAPipeUntilTheEnd() throws {
        let streams = try PipeStreams(input: "hello\ncafé “quotes” 日本\n\nlast without newline")
        defer { streams.closeAll() }
        let reader = try #require(streams.reader())
        #expect(reader.read(prompt: "> ") == .line("hello"))
        #expect(reader.read(prompt: "> ") == .line("café “quotes” 日本"))
        #expect(reader.read(prompt: "> ") == .line(""))
        #expect(reader.read(prompt: "> ") == .line("last without newline"))
        #expect(reader.read(prompt: "> ") == .end)
        #expect(reader.read(prompt: "> ") == .end)
    }

    @Test func historyKeepsEntriesWholeAndInOrder() throws {
        let streams = try PipeStreams(input: "")
        defer { streams.closeAll() }
        let reader = try #require(streams.reader())
        #expect(reader.history == [])
        for entry in ["first", "show 12\nwhere tag:x", "show 12\nwhere tag:x", "  ", "", "café", "first"] {
            reader.addHistory(entry)
        }
        #expect(reader.history == ["first", "show 12\nwhere tag:x", "café", "first"])
    }

    @Test func historyPersistsAndIsLoadedByTheNextReader() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let file = HistoryFile(url: directory.file("state/history"), limit: 3)
        do {
            let streams = try PipeStreams(input: "")
            defer { streams.closeAll() }
            let reader = try #require(streams.reader(history: file))
            for entry in ["one", "two\nlines", "three", "four \\ slash"] { reader.addHistory(entry) }
        }
        #expect(file.load() == ["two\nlines", "three", "four \\ slash"])
        let streams = try PipeStreams(input: "")
        defer { streams.closeAll() }
        let reader = try #require(streams.reader(history: file))
        #expect(reader.history == ["two\nlines", "three", "four \\ slash"])
        reader.addHistory("five")
        // libedit's in-memory history is bounded by the same limit.
        #expect(reader.history == ["three", "four \\ slash", "five"])
    }

    @Test func sigintSetsTheFlagWhileAReaderExistsAndTheHandlerIsRestoredAfter() throws {
        let before = currentSigintHandler()
        do {
            let streams = try PipeStreams(input: "")
            defer { streams.closeAll() }
            let reader = try #require(streams.reader())
            _ = EditLineReader.takeInterrupt()
            #expect(currentSigintHandler() != before)
            // Without the reader's handler this would end the test process. The test runner's
            // threads block SIGINT, so unblock it here: the signal is delivered before raise returns.
            var unblock = sigset_t()
            var mask = sigset_t()
            sigemptyset(&unblock)
            sigaddset(&unblock, SIGINT)
            pthread_sigmask(SIG_UNBLOCK, &unblock, &mask)
            raise(SIGINT)
            pthread_sigmask(SIG_SETMASK, &mask, nil)
            #expect(EditLineReader.takeInterrupt())
            #expect(!EditLineReader.takeInterrupt())
            _ = reader
        }
        #expect(currentSigintHandler() == before)
    }

    @Test func manyReadersComeAndGo() throws {
        for _ in 0..<50 {
            let streams = try PipeStreams(input: "x\n")
            let reader = try #require(streams.reader())
            #expect(reader.read(prompt: "") == .line("x"))
            streams.closeAll()
        }
    }
}

/// The address of the current SIGINT handler (0 for SIG_DFL).
private func currentSigintHandler() -> Int {
    var action = sigaction()
    sigaction(SIGINT, nil, &action)
    #if canImport(Glibc)
        return unsafeBitCast(action.__sigaction_handler.sa_handler, to: Int.self)
    #else
        return unsafeBitCast(action.__sigaction_u.__sa_handler, to: Int.self)
    #endif
}

/// An input stream holding `input`, and output and error streams going to /dev/null.
private struct PipeStreams {
    let input: UnsafeMutablePointer<FILE>
    let output: UnsafeMutablePointer<FILE>

    init(input text: String) throws {
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else { throw POSIXError(.EIO) }
        let bytes = Array(text.utf8)
        let written = bytes.withUnsafeBytes { write(fds[1], $0.baseAddress, $0.count) }
        close(fds[1])
        guard written == bytes.count, let input = fdopen(fds[0], "r"), let output = fopen("/dev/null", "w")
        else { throw POSIXError(.EIO) }
        self.input = input
        self.output = output
    }

    func reader(history: HistoryFile? = nil) -> EditLineReader? {
        EditLineReader(
            programName: "timeline-test", input: input, output: output, error: output,
            history: history, completion: nil)
    }

    func closeAll() {
        fclose(input)
        fclose(output)
    }
}
