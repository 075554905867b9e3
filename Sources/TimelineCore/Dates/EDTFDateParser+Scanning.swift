/// Byte-level helpers of the date parser: peeking, runs of digits, spans and errors.
extension EDTFDateParser {
    /// The next byte, or nil at the end of the date's range.
    var peek: UInt8? { pos < end ? bytes[pos] : nil }

    /// Skips `byte` if it comes next.
    mutating func consume(_ byte: UInt8) -> Bool {
        guard peek == byte else { return false }
        pos += 1
        return true
    }

    /// Skips a run of digits and `X`, and returns its range. A lowercase `x` is
    /// taken while the run is shorter than `length`, so that `201x` can be told
    /// to use a capital X while `2025-01-25x` is a date followed by garbage.
    mutating func scanRun(length: Int) -> Range<Int> {
        let start = pos
        while let byte = peek,
            ASCII.isDigit(byte) || byte == ASCII.upperX || (byte == ASCII.lowerX && pos - start < length)
        {
            pos += 1
        }
        return start..<pos
    }

    /// Skips a run of digits only, and returns its range.
    mutating func scanDigits() -> Range<Int> {
        let start = pos
        while let byte = peek, ASCII.isDigit(byte) { pos += 1 }
        return start..<pos
    }

    /// A run of exactly two digits or `X`, for a month or a day.
    mutating func twoCharacterRun(_ name: String) throws(EDTFError) -> Range<Int> {
        let run = scanRun(length: 2)
        if run.isEmpty { throw expected("a two-digit \(name)") }
        guard run.count == 2 else { throw EDTFError("\(name) needs two digits", at: span(run)) }
        try rejectLowercaseX(in: run)
        return run
    }

    /// Fails unless `run` is all digits (no `X` mixed in).
    func requireDigits(_ run: Range<Int>, _ name: String) throws(EDTFError) {
        guard bytes[run].allSatisfy(ASCII.isDigit) else {
            throw EDTFError("a \(name) is either two digits or XX", at: span(run))
        }
    }

    func rejectLowercaseX(in run: Range<Int>) throws(EDTFError) {
        if let x = bytes[run].firstIndex(of: ASCII.lowerX) {
            throw EDTFError("unspecified digits are written with a capital X", from: x, to: x + 1)
        }
    }

    /// The value of a run of at most 18 ASCII digits.
    func integer(_ run: Range<Int>) -> Int {
        bytes[run].reduce(0) { $0 * 10 + Int($1 - ASCII.zero) }
    }

    func text(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }

    func span(_ range: Range<Int>) -> Span { Span(start: range.lowerBound, end: range.upperBound) }

    /// "expected …" at the current position: under the next character, or a
    /// point at the end of the date.
    func expected(_ what: String) -> EDTFError {
        guard let byte = peek else { return EDTFError("expected \(what)", at: .point(pos)) }
        let length = byte < 0x80 ? 1 : byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
        let characterEnd = min(pos + length, end)
        return EDTFError("expected \(what), found '\(text(pos..<characterEnd))'", from: pos, to: characterEnd)
    }
}
