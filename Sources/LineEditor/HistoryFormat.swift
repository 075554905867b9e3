/// The text of a history file: a header line, then one entry per line.
///
/// ```
/// # timeline history v1
/// list tag:arrests
/// show 12\nwhere date>2020
/// ```
///
/// A backslash, a newline and a carriage return inside an entry are written `\\`, `\n` and
/// `\r`, so a multi-line entry stays on one line. Reading is forgiving: a first line starting with
/// `#` is the header and is skipped; a line that is not UTF-8, or that holds any other backslash
/// sequence, is garbled and skipped; empty lines are skipped; a trailing `\r` (a file edited with
/// CRLF line ends) is dropped.
enum HistoryFormat {
    /// The first line of every file written.
    static let header = "# timeline history v1"

    /// The file's bytes for `entries`, oldest first.
    static func encode(_ entries: [String]) -> [UInt8] {
        var bytes = Array(header.utf8)
        bytes.append(newline)
        for entry in entries {
            for byte in entry.utf8 {
                switch byte {
                case backslash: bytes += [backslash, backslash]
                case newline: bytes += [backslash, UInt8(ascii: "n")]
                case carriageReturn: bytes += [backslash, UInt8(ascii: "r")]
                default: bytes.append(byte)
                }
            }
            bytes.append(newline)
        }
        return bytes
    }

    /// The entries in a file's bytes, oldest first, skipping what cannot be read.
    ///
    /// - Complexity: O(n) in the number of bytes.
    static func decode(_ bytes: [UInt8]) -> [String] {
        var entries: [String] = []
        let lines = bytes.split(separator: newline, omittingEmptySubsequences: false)
        for (index, line) in lines.enumerated() {
            if index == 0, line.first == UInt8(ascii: "#") { continue }
            if let entry = decodeLine(line) { entries.append(entry) }
        }
        return entries
    }

    /// One entry, or nil for an empty or garbled line.
    static func decodeLine(_ line: ArraySlice<UInt8>) -> String? {
        var line = line
        if line.last == carriageReturn { line = line.dropLast() }
        guard !line.isEmpty else { return nil }
        var unescaped: [UInt8] = []
        unescaped.reserveCapacity(line.count)
        var escaping = false
        for byte in line {
            if escaping {
                switch byte {
                case backslash: unescaped.append(backslash)
                case UInt8(ascii: "n"): unescaped.append(newline)
                case UInt8(ascii: "r"): unescaped.append(carriageReturn)
                default: return nil
                }
                escaping = false
            } else if byte == backslash {
                escaping = true
            } else {
                unescaped.append(byte)
            }
        }
        if escaping { return nil }
        let text = String(decoding: unescaped, as: UTF8.self)
        // String(decoding:) repairs invalid UTF-8 with U+FFFD; a repaired line is garbled.
        guard text.utf8.elementsEqual(unescaped) else { return nil }
        return text
    }

    private static let backslash = UInt8(ascii: "\\")
    private static let newline = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")
}
