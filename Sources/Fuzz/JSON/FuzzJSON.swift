import FuzzSupport
import TimelineCore

/// libFuzzer target: one input is one file, read as a JSON timeline
/// (``TimelineDecoder/decode(_:)``, the public entry point) and as JSON Lines
/// (``JSONLImporter``). Differential checks: whatever the fast decoder accepts,
/// the validating decoder must accept too and give the same timeline, on one
/// thread or two; the same for the JSONL fast path and its validating reader. An
/// accepted timeline goes into a store and must load back once saved; a
/// rejected file's diagnostic must render.
enum FuzzJSON {
    static func run(_ bytes: [UInt8]) {
        let fast = FastTimelineDecoder.decode(bytes, parallelThreshold: .max).timeline
        // The two-thread path (forced at any size) must agree with the one-thread path.
        FuzzCheck.require(
            FastTimelineDecoder.decode(bytes, parallelThreshold: 0).timeline == fast,
            "the fast decoder gives another answer on two threads")
        FuzzCheck.require(
            FastTimelineDecoder.decode(bytes, parallelThreshold: 0, pieceBytes: 64).timeline == fast,
            "the fast decoder gives another answer on two threads taking small pieces")
        do {
            let timeline = try TimelineDecoder.decode(bytes)
            if let fast {
                let slow = Result { () throws(Diagnostic) -> Timeline in try TimelineDecoder.validatingDecode(bytes) }
                FuzzCheck.require(
                    slow == .success(fast), "the fast decoder accepts what the validating decoder gives as \(slow)")
                FuzzCheck.require(
                    JSONExporter.export(fast) == JSONExporter.export(timeline),
                    "the fast and validating decoders' timelines save differently")
            }
            FuzzCheck.roundTrip(timeline, from: "JSON")
        } catch {
            FuzzCheck.require(fast == nil, "the fast decoder accepts a file the public entry point rejects")
            FuzzCheck.render(error, in: bytes)
        }
        let fastJSONL = FastTimelineDecoder.decodeJSONL(bytes, parallelThreshold: .max).timeline
        FuzzCheck.require(
            FastTimelineDecoder.decodeJSONL(bytes, parallelThreshold: 0, pieceBytes: 64).timeline == fastJSONL,
            "the fast JSONL path gives another answer on two threads taking small pieces")
        if let fastJSONL {
            let slow = Result { () throws(Diagnostic) -> Timeline in try JSONLImporter.validatingDecode(bytes) }
            FuzzCheck.require(
                slow == .success(fastJSONL), "the fast JSONL path accepts what the validating reader gives as \(slow)")
        }
        do {
            FuzzCheck.roundTrip(try JSONLImporter.decode(bytes), from: "JSONL")
        } catch {
            FuzzCheck.render(error, in: bytes)
        }
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzerTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzJSON.run(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}

#if !FUZZING
    @main
    enum Replay {
        static func main() { FuzzCheck.replay(CommandLine.arguments.dropFirst(), FuzzJSON.run) }
    }
#endif
