import Foundation

/// Where the executable writes: standard output and standard error, unbuffered
/// for errors so they interleave correctly with results.
enum Output {
    static func standardOutput(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static func standardError(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
