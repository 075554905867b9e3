/// Numbers as people read them: thousands grouped, no needless decimals.
public enum NumberText {
    /// `1179` → `1,179`; `48.0` → `48`; `47.99` → `47.99`; `0.5` → `0.5`.
    public static func grouped(_ value: Double, decimals: Int? = nil) -> String {
        guard value.isFinite else { return value.isNaN ? "NaN" : (value < 0 ? "-∞" : "∞") }
        let negative = value < 0
        let magnitude = abs(value)
        if decimals == nil, magnitude == magnitude.rounded(), magnitude < 9e18 {
            return grouped(integer: Int(magnitude), negative: negative)
        }
        var text: String
        if let decimals {
            text = fixed(magnitude, decimals: decimals)
        } else if magnitude == magnitude.rounded(), magnitude < 9e18 {
            text = String(Int(magnitude))
        } else {
            text = fixed(magnitude, decimals: 2)
            while text.contains("."), text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        // Beyond Int's range the text is in exponent form (`1e+19`), which has no thousands.
        guard text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }) else {
            return negative ? "-" + text : text
        }
        let parts = text.split(separator: ".", maxSplits: 1)
        var integer = String(parts[0])
        var groupedInteger = ""
        while integer.count > 3 {
            groupedInteger = "," + integer.suffix(3) + groupedInteger
            integer.removeLast(3)
        }
        groupedInteger = integer + groupedInteger
        let result = parts.count > 1 ? groupedInteger + "." + parts[1] : groupedInteger
        // A negative number that rounds to zero prints as `0`, not `-0`.
        let isZero = result.allSatisfy { $0 == "0" || $0 == "." || $0 == "," }
        return negative && !isZero ? "-" + result : result
    }

    /// A whole number's digits with a comma every three, written from the right in one
    /// pass (the general path's splitting and joining of strings was a fifth of `check`'s
    /// time on 300,000 findings). Zero is never `-0`.
    private static func grouped(integer: Int, negative: Bool) -> String {
        String(unsafeUninitializedCapacity: 27) { buffer in
            var end = buffer.count
            var rest = integer
            var written = 0
            repeat {
                if written > 0 && written % 3 == 0 {
                    end -= 1
                    buffer[end] = UInt8(ascii: ",")
                }
                end -= 1
                buffer[end] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
                written += 1
            } while rest > 0
            if negative && integer != 0 {
                end -= 1
                buffer[end] = UInt8(ascii: "-")
            }
            let length = buffer.count - end
            for i in 0..<length { buffer[i] = buffer[end + i] }
            return length
        }
    }

    /// Fixed-point text without Foundation's locale-dependent formatters.
    static func fixed(_ value: Double, decimals: Int) -> String {
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = (value * scale).rounded()
        guard scaled < 9e18 else { return String(value) }
        let n = Int(scaled)
        guard decimals > 0 else { return String(n) }
        let s = String(n)
        let padded = String(repeating: "0", count: max(0, decimals + 1 - s.count)) + s
        return padded.dropLast(decimals) + "." + padded.suffix(decimals)
    }
}
