extension JSONReader {
    /// The resource limits of ``JSONReader``; a document beyond one is rejected
    /// with a message naming the limit.
    ///
    /// ```swift
    /// JSONReader.Limits.maxDepth          // 512
    /// JSONReader.Limits.maxStringBytes    // 1_048_576
    /// ```
    public enum Limits {
        /// The deepest nesting of arrays and objects accepted: `[[1]]` has depth 2.
        public static let maxDepth = 512
        /// The longest string accepted, in bytes as written between its quotes
        /// (escapes counted as written): 1 MiB.
        public static let maxStringBytes = 1 << 20
    }
}
