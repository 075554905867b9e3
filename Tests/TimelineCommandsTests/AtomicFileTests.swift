import Foundation
import Testing

@testable import TimelineCommands

/// `AtomicFile` interrupted part-way: the check between chunks is injected, so the
/// process's Ctrl-C flag (shared with every other test) is not touched.
struct AtomicFileTests {
    static func scratch() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("atomic-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test(arguments: [1, 2, 7])
    func anInterruptedWriteRemovesTheTemporaryFileAndKeepsTheOldOne(afterChunks: Int) throws {
        let dir = try Self.scratch()
        let target = dir.appendingPathComponent("out.json")
        try Data("old contents\n".utf8).write(to: target)
        var checks = 0
        let bytes = [UInt8](repeating: UInt8(ascii: "x"), count: 40)
        #expect(throws: AtomicFile.Failure.interrupted(target.path)) {
            try AtomicFile.write(bytes, to: target.path, replace: true, chunkSize: 4) {
                checks += 1
                return checks >= afterChunks
            }
        }
        #expect(checks == afterChunks, "the flag is looked at after every chunk")
        #expect(try String(contentsOf: target, encoding: .utf8) == "old contents\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["out.json"])
    }

    @Test func aCtrlCAfterTheLastChunkStillStopsBeforeTheRename() throws {
        let dir = try Self.scratch()
        let target = dir.appendingPathComponent("new.json")
        var checks = 0
        #expect(throws: AtomicFile.Failure.interrupted(target.path)) {
            // 8 bytes in chunks of 4: two checks after writing, the third before the rename.
            try AtomicFile.write(Array("12345678".utf8), to: target.path, replace: false, chunkSize: 4) {
                checks += 1
                return checks == 3
            }
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)
    }

    @Test func anUninterruptedChunkedWriteWritesEverything() throws {
        let dir = try Self.scratch()
        let target = dir.appendingPathComponent("whole.txt")
        let bytes = (0..<1000).map { UInt8($0 % 251) }
        try AtomicFile.write(bytes, to: target.path, replace: false, chunkSize: 7) { false }
        #expect(try [UInt8](Data(contentsOf: target)) == bytes)
    }
}
