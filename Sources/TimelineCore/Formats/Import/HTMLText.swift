/// Plain text from the small HTML that TimelineJS headlines and texts hold.
///
/// Tags go (inline ones such as `<b>` without a trace, block ones such as
/// `<p>` and `<br>` leave a space), the common entities are decoded
/// (`&amp;` `&lt;` `&gt;` `&quot;` `&#39;` `&apos;` `&nbsp;` and numeric
/// `&#8217;` `&#x2019;`), and runs of white space become one space.
///
/// ```swift
/// HTMLText.plain("<p>ICE &amp; <b>CBP</b></p><p>2025</p>")   // "ICE & CBP 2025"
/// ```
enum HTMLText {
    static let inlineTags: Set<String> = [
        "a", "abbr", "b", "cite", "code", "em", "font", "i", "mark", "q", "s", "small", "span", "strong", "sub",
        "sup", "u",
    ]
    static let entities: [String: Character] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ",
    ]

    static func plain(_ html: String) -> String {
        let characters = Array(html)
        var out = ""
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character == "<", let close = characters[index...].firstIndex(of: ">") {
                let name = characters[(index + 1)..<close].drop { $0 == "/" }.prefix { $0.isLetter || $0.isNumber }
                if !inlineTags.contains(String(name).lowercased()) { out.append(" ") }
                index = close + 1
            } else if character == "&", let (decoded, next) = entity(characters, at: index) {
                out.append(decoded)
                index = next
            } else {
                out.append(character)
                index += 1
            }
        }
        return out.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The character an entity at `index` stands for, and the index after its `;`.
    private static func entity(_ characters: [Character], at index: Int) -> (Character, Int)? {
        let end = min(characters.count, index + 12)
        guard let semicolon = characters[index..<end].firstIndex(of: ";") else { return nil }
        let name = String(characters[(index + 1)..<semicolon])
        if let known = entities[name.lowercased()] { return (known, semicolon + 1) }
        guard name.hasPrefix("#") else { return nil }
        let digits = name.dropFirst()
        let code =
            digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
        guard let code, let scalar = Unicode.Scalar(code) else { return nil }
        return (Character(scalar), semicolon + 1)
    }
}
