/// Text made safe for XML and HTML: markup characters escaped, and characters
/// that XML forbids or that can disguise text removed.
///
/// ```swift
/// XMLEscaping.escape("<b>\"Fish\" & 'chips'</b>")
/// // "&lt;b&gt;&quot;Fish&quot; &amp; &#39;chips&#39;&lt;/b&gt;"
/// XMLEscaping.clean("a\u{202E}b\u{7}c")   // "abc"
/// ```
///
/// Removed by ``clean(_:)``: C0 and C1 control characters other than tab and
/// newline (XML 1.0 does not allow them), the noncharacters U+FFFE and U+FFFF,
/// and the bidirectional embedding, override and isolate controls
/// (U+202A–U+202E, U+2066–U+2069), which could make a title or figure read
/// differently from what it is. A carriage return becomes a newline.
enum XMLEscaping {
    /// `text` cleaned, with `&`, `<`, `>`, `"` and `'` as entity references,
    /// safe in element content and in single- or double-quoted attributes.
    /// - Complexity: O(*n*) in the length of `text`.
    static func escape(_ text: String) -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count)
        for scalar in clean(text).unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "'": output += "&#39;"
            default: output.unicodeScalars.append(scalar)
            }
        }
        return output
    }

    /// `text` without the characters XML forbids or that reorder text on screen.
    static func clean(_ text: String) -> String {
        var output = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar == "\r" {
                output.append("\n")
            } else if !isRemoved(scalar) {
                output.append(scalar)
            }
        }
        return String(output)
    }

    /// True for the characters ``clean(_:)`` removes.
    static func isRemoved(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A: false
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0x202A...0x202E, 0x2066...0x2069: true
        case 0xFFFE, 0xFFFF: true
        default: false
        }
    }
}
