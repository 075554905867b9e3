import Foundation

/// Makes ids for imported events that have none: a lowercase slug of a
/// headline or title, unique within the file.
enum ImportSlug {
    /// `"Trump's Jan. 25 call — ICE"` → `trumps-jan-25-call-ice`; accents are
    /// dropped (`é` → `e`), other characters separate words. Empty when the
    /// text has no ASCII letter or digit.
    static func make(_ text: String, maxLength: Int = 100) -> String {
        var out = ""
        var pendingHyphen = false
        for scalar in text.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
            switch scalar {
            case "a"..."z", "0"..."9":
                if out.utf8.count >= maxLength { return out }
                if pendingHyphen, !out.isEmpty { out += "-" }
                pendingHyphen = false
                out.unicodeScalars.append(scalar)
            case "'", "\u{2019}": continue  // "Trump's" is one word
            default:
                // Combining accents left by the decomposition belong to the letter before them.
                if scalar.properties.generalCategory == .nonspacingMark { continue }
                pendingHyphen = true
            }
        }
        return out
    }

    /// `base`, or `base-2`, `base-3`, … whichever is not yet taken; the result is added to `taken`.
    static func unique(_ base: String, taken: inout Set<String>) -> String {
        var candidate = base
        var n = 2
        while taken.contains(candidate) {
            candidate = "\(base)-\(n)"
            n += 1
        }
        taken.insert(candidate)
        return candidate
    }
}
