import FuzzSupport
import TimelineCore

/// libFuzzer target: one input is one TimelineJS JSON file, read by ``TimelineJSImporter``.
/// An imported timeline goes into a store and must load back once saved; a
/// rejected file's diagnostic must render.
enum FuzzTimelineJS {
    static func run(_ bytes: [UInt8]) {
        do {
            FuzzCheck.roundTrip(try TimelineJSImporter.decode(bytes), from: "TimelineJS")
        } catch {
            FuzzCheck.render(error, in: bytes)
        }
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzerTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzTimelineJS.run(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}

#if !FUZZING
    @main
    enum Replay {
        static func main() { FuzzCheck.replay(CommandLine.arguments.dropFirst(), FuzzTimelineJS.run) }
    }
#endif
