extension String {
    /// Calls `body` with the string's UTF-8 bytes: read where they are when the string
    /// keeps them contiguous (a native string always does), from a copy only otherwise.
    ///
    /// Reading them through `withUTF8` on a copy would retain the string first: a count
    /// two threads contend for when many figures share one wording. The JSON writer, its
    /// byte buffer and `check`'s wording scans read strings this way.
    ///
    /// ```swift
    /// "nearly 40".withUTF8Bytes { $0.count }  // 9
    /// ```
    func withUTF8Bytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let result = utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = self
        return copy.withUTF8(body)
    }
}
