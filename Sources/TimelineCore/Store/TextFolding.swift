import Foundation

/// Case- and diacritic-insensitive text for free-text search: "Café" and
/// "cafe" match, as do curly and straight quotes.
///
/// ASCII text is folded by lowering its letters, byte by byte: for ASCII that
/// is exactly what Foundation's folding does, at a small fraction of the cost
/// (tested against it); any other text goes through Foundation.
public enum TextFolding {
    public static func fold(_ text: String) -> String {
        var bytes: [UInt8] = []
        appendFolded(text, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the folded UTF-8 of `text` to `bytes`.
    ///
    /// ASCII is lowered in place after one bulk copy. Other text is folded in
    /// runs: an ASCII byte followed by another ASCII byte (or by the end) cannot
    /// combine with what follows, so it is lowered here, and only the runs around
    /// non-ASCII characters (`ré` and `mé` in `résumé`, with the base letter an
    /// accent may combine with) go through Foundation; tested against folding
    /// the whole text with Foundation.
    static func appendFolded(_ text: String, to bytes: inout [UInt8]) {
        var text = text
        text.withUTF8 { appendFolded($0, to: &bytes) }
    }

    /// Appends the folded form of the UTF-8 text `utf8` to `bytes` (what the `String` form does, from bytes).
    static func appendFolded(_ utf8: UnsafeBufferPointer<UInt8>, to bytes: inout [UInt8]) {
        let start = bytes.count
        guard utf8.contains(where: { $0 >= 0x80 }) else {
            bytes.append(contentsOf: utf8)
            bytes.withUnsafeMutableBufferPointer { buffer in
                for i in start..<buffer.count where buffer[i] &- 0x41 < 26 { buffer[i] |= 0x20 }
            }
            return
        }
        var i = 0
        while i < utf8.count {
            let byte = utf8[i]
            if byte < 0x80 && (i + 1 == utf8.count || utf8[i + 1] < 0x80) {
                bytes.append(byte &- 0x41 < 26 ? byte | 0x20 : byte)
                i += 1
                continue
            }
            // A run: this byte and what follows, up to an ASCII byte followed by ASCII (or the end).
            var end = i + 1
            while end < utf8.count && (utf8[end] >= 0x80 || (end + 1 < utf8.count && utf8[end + 1] >= 0x80)) {
                end += 1
            }
            appendFoundationFolded(
                String(decoding: UnsafeBufferPointer(rebasing: utf8[i..<end]), as: UTF8.self), to: &bytes)
            i = end
        }
    }

    /// The full folding, for text that is not all ASCII: Foundation's, then
    /// curly quotes made straight, in one pass over the scalars.
    static func foundationFold(_ text: String) -> String {
        var bytes: [UInt8] = []
        appendFoundationFolded(text, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func appendFoundationFolded(_ text: String, to bytes: inout [UInt8]) {
        let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        for scalar in folded.unicodeScalars {
            switch scalar {
            case "\u{2018}", "\u{2019}": bytes.append(UInt8(ascii: "'"))
            case "\u{201C}", "\u{201D}": bytes.append(UInt8(ascii: "\""))
            default: UTF8.encode(scalar) { bytes.append($0) }
            }
        }
    }
}
