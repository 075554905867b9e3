/// Text for people's screens with everything that could act on the terminal
/// made visible instead: control characters in caret notation (`ESC` → `^[`,
/// so an ANSI escape sequence prints as `^[[31m`), C1 controls and
/// bidirectional overrides as `<U+202E>`. Line breaks and tabs stay.
///
/// Data from other newsrooms can carry any of these in a title or a source's
/// name; a timeline must never let them recolour, move or reorder the screen.
public enum TerminalText {
    public static func visible(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsEscape) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            guard needsEscape(scalar) else {
                out.append(scalar)
                continue
            }
            let shown: String
            switch scalar.value {
            case 0x00..<0x20: shown = "^" + String(UnicodeScalar(UInt8(scalar.value + 0x40)))
            case 0x7F: shown = "^?"
            default: shown = "<U+" + hex(scalar.value) + ">"
            }
            out.append(contentsOf: shown.unicodeScalars)
        }
        return String(out)
    }

    static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x09: return false
        case 0x00..<0x20, 0x7F, 0x80..<0xA0: return true
        case 0x200E, 0x200F, 0x061C, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }

    private static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
