import Foundation
import Testing

@testable import TimelineCommands

/// Files are read whole, pipes as they come, and both are refused past the limit.
struct FileReaderTests {
    static func temporaryFile(_ bytes: [UInt8]) throws -> String {
        let path = NSTemporaryDirectory() + "file-reader-\(UUID().uuidString)"
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test(arguments: [0, 1, 65_535, 65_536, 200_001])
    func regularFilesAreReadWhole(_ size: Int) throws {
        let bytes = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        let path = try Self.temporaryFile(bytes)
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(try FileReader.read(path) == bytes)
    }

    @Test
    func filesOverTheLimitAreRefused() throws {
        let path = try Self.temporaryFile([UInt8](repeating: 65, count: 1000))
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(throws: FileReader.Failure.tooBig(limit: 999)) { try FileReader.read(path, limit: 999) }
        #expect(try FileReader.read(path, limit: 1000).count == 1000)
    }

    @Test
    func pipesAreReadToTheirEndAndStoppedAtTheLimit() throws {
        for (size, limit) in [(300_000, 1 << 20), (300_000, 100_000)] {
            let pipe = Pipe()
            let writer = Thread {
                let chunk = Data(repeating: 66, count: 1000)
                for _ in 0..<(size / 1000) { try? pipe.fileHandleForWriting.write(contentsOf: chunk) }
                try? pipe.fileHandleForWriting.close()
            }
            writer.start()
            let path = "/dev/fd/\(pipe.fileHandleForReading.fileDescriptor)"
            if size <= limit {
                #expect(try FileReader.read(path, limit: limit).count == size)
            } else {
                #expect(throws: FileReader.Failure.tooBig(limit: limit)) { try FileReader.read(path, limit: limit) }
                // Drain, so the writer ends.
                _ = pipe.fileHandleForReading.readDataToEndOfFile()
            }
        }
    }

    @Test
    func missingFilesAndDirectoriesAreNamed() {
        #expect(throws: FileReader.Failure.missing) { try FileReader.read("/no/such/file") }
        #expect(throws: FileReader.Failure.unreadable("it is a directory")) { try FileReader.read("/tmp") }
    }
}
