import FuzzSupport
import TimelineCore

/// libFuzzer target: one input is one date, parsed both as a data-file date
/// (``FuzzyDate/parse(_:)``) and as a period typed in a filter
/// (``FuzzyDate/parsePeriod(_:)``). An accepted date must read back from its
/// canonical text as the same value, with ordered bounds, and display; a
/// rejected one must point inside the text and render.
enum FuzzEDTF {
    static func run(_ bytes: [UInt8]) {
        let text = String(decoding: bytes, as: UTF8.self)
        check(Result { () throws(EDTFError) -> FuzzyDate in try FuzzyDate.parse(text) }, text, isPeriod: false)
        check(Result { () throws(EDTFError) -> FuzzyDate in try FuzzyDate.parsePeriod(text) }, text, isPeriod: true)
    }

    /// A period's canonical text loses what EDTF cannot say (`2025-W05` reads back as an
    /// interval of days, not a week), so for periods only the text and the bounds must survive.
    static func check(_ result: Result<FuzzyDate, EDTFError>, _ text: String, isPeriod: Bool) {
        switch result {
        case .success(let date):
            if let earliest = date.earliest, let latest = date.latest {
                FuzzCheck.require(earliest <= latest, "'\(text)' has bounds \(date.boundsDescription)")
            }
            _ = date.display
            let again = Result { () throws(EDTFError) -> FuzzyDate in try FuzzyDate.parse(date.edtf) }
            let same =
                isPeriod
                ? again.map { [$0.edtf, $0.boundsDescription] } == .success([date.edtf, date.boundsDescription])
                : again == .success(date)
            FuzzCheck.require(same, "'\(text)' → '\(date.edtf)' → \(again)")
        case .failure(let error):
            let span = error.span
            FuzzCheck.require(
                0 <= span.start && span.start <= span.end && span.end <= text.utf8.count,
                "'\(text)': span \(span) for '\(error.message)'")
            FuzzCheck.render(.error(error.message, at: span), in: Array(text.utf8))
        }
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzerTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzEDTF.run(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}

#if !FUZZING
    @main
    enum Replay {
        static func main() { FuzzCheck.replay(CommandLine.arguments.dropFirst(), FuzzEDTF.run) }
    }
#endif
