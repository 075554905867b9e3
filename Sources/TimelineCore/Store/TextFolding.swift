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
    static func appendFolded(_ text: String, to bytes: inout [UInt8]) {
        var text = text
        let ascii = text.withUTF8 { utf8 in
            guard utf8.allSatisfy({ $0 < 0x80 }) else { return false }
            for byte in utf8 { bytes.append(byte &- 0x41 < 26 ? byte | 0x20 : byte) }
            return true
        }
        if !ascii { bytes += Array(foundationFold(text).utf8) }
    }

    /// The full folding, for text that is not all ASCII.
    static func foundationFold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
            .replacingOccurrences(of: "\u{2019}", with: "'")
            .replacingOccurrences(of: "\u{2018}", with: "'")
            .replacingOccurrences(of: "\u{201C}", with: "\"")
            .replacingOccurrences(of: "\u{201D}", with: "\"")
    }
}
