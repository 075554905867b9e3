import FuzzSupport
import TimelineCore

/// libFuzzer target: one input is one CSV file, read by ``CSVImporter``.
/// An imported timeline goes into a store and must load back once saved; a
/// rejected file's diagnostic must render.
enum FuzzCSV {
    static func run(_ bytes: [UInt8]) {
        do {
            FuzzCheck.roundTrip(try CSVImporter.decode(bytes), from: "CSV")
        } catch {
            FuzzCheck.render(error, in: bytes)
        }
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzerTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzCSV.run(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}

#if !FUZZING
    @main
    enum Replay {
        static func main() { FuzzCheck.replay(CommandLine.arguments.dropFirst(), FuzzCSV.run) }
    }
#endif
