/// The ASCII bytes the EDTF grammar is made of.
enum ASCII {
    static let zero = UInt8(ascii: "0")
    static let nine = UInt8(ascii: "9")
    static let minus = UInt8(ascii: "-")
    static let plus = UInt8(ascii: "+")
    static let colon = UInt8(ascii: ":")
    static let slash = UInt8(ascii: "/")
    static let dot = UInt8(ascii: ".")
    static let comma = UInt8(ascii: ",")
    static let openBracket = UInt8(ascii: "[")
    static let closeBracket = UInt8(ascii: "]")
    static let upperX = UInt8(ascii: "X")
    static let lowerX = UInt8(ascii: "x")
    static let upperY = UInt8(ascii: "Y")
    static let upperT = UInt8(ascii: "T")
    static let upperZ = UInt8(ascii: "Z")
    static let question = UInt8(ascii: "?")
    static let tilde = UInt8(ascii: "~")
    static let percent = UInt8(ascii: "%")

    static func isDigit(_ byte: UInt8) -> Bool { (zero...nine).contains(byte) }
}
