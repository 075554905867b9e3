/// Parses a whole EDTF expression: a single date, an interval (`start/end`)
/// or a one-of set (`[a,b]`), on UTF-8 bytes.
///
/// Single dates are handed to ``EDTFDateParser`` with the byte range they
/// occupy, so every error span is an offset into the whole text.
struct EDTFParser {
    let bytes: [UInt8]
    /// Also accept the filter periods `2025-Q1`, `2025-W05` and `1990s`.
    let allowsPeriods: Bool

    init(_ text: String, allowsPeriods: Bool) {
        bytes = Array(text.utf8)
        self.allowsPeriods = allowsPeriods
    }

    /// - Complexity: O(n) in the number of bytes.
    func parse() throws(EDTFError) -> FuzzyDate.Shape {
        if bytes.first == ASCII.openBracket { return try parseSet() }
        if let slash = bytes.firstIndex(of: ASCII.slash) { return try parseInterval(slash: slash) }
        return .single(try date(in: 0..<bytes.count))
    }

    /// One date filling exactly `range`.
    func date(in range: Range<Int>) throws(EDTFError) -> EDTFDate {
        guard !range.isEmpty else {
            throw EDTFError("expected a date such as 2025-01-25", at: .point(range.lowerBound))
        }
        var parser = EDTFDateParser(bytes: bytes, range: range, allowsPeriods: allowsPeriods)
        return try parser.parse()
    }

    private func parseInterval(slash: Int) throws(EDTFError) -> FuzzyDate.Shape {
        let startRange = 0..<slash
        let endRange = slash + 1..<bytes.count
        if let second = bytes[endRange].firstIndex(of: ASCII.slash) {
            throw EDTFError("an interval has only one '/'", from: second, to: second + 1)
        }
        let start = try endpoint(in: startRange, isStart: true)
        let end = try endpoint(in: endRange, isStart: false)
        guard start.date != nil || end.date != nil else {
            throw EDTFError("an interval needs a date at one end at least", from: 0, to: bytes.count)
        }
        if let first = start.date, let last = end.date, last.lastDay < first.firstDay {
            throw EDTFError("interval ends before it starts", from: endRange.lowerBound, to: endRange.upperBound)
        }
        return .interval(start: start, end: end)
    }

    /// `..` (open), nothing (unknown) or a date. A week, which has no EDTF
    /// form, becomes its Monday at the start and its Sunday at the end.
    private func endpoint(in range: Range<Int>, isStart: Bool) throws(EDTFError) -> FuzzyDate.Endpoint {
        if range.isEmpty { return .unknown }
        if bytes[range].elementsEqual([ASCII.dot, ASCII.dot]) { return .open }
        var date = try date(in: range)
        if case .week = date.value {
            let (y, m, d) = (isStart ? date.firstDay : date.lastDay).components
            date.value = .day(year: y, month: m, day: d)
        }
        return .date(date)
    }

    /// `[a,b,…]`: at least two unqualified dates, no ranges.
    private func parseSet() throws(EDTFError) -> FuzzyDate.Shape {
        guard let close = bytes.firstIndex(of: ASCII.closeBracket) else {
            throw EDTFError("expected ']' to close the set", at: .point(bytes.count))
        }
        guard close == bytes.count - 1 else {
            let rest = String(decoding: bytes[(close + 1)...], as: UTF8.self)
            throw EDTFError("unexpected '\(rest)' after the set", from: close + 1, to: bytes.count)
        }
        var members: [EDTFDate] = []
        var memberStart = 1
        for index in 1...close where index == close || bytes[index] == ASCII.comma {
            members.append(try member(in: memberStart..<index))
            memberStart = index + 1
        }
        guard members.count >= 2 else {
            throw EDTFError("a set needs at least two dates", from: 0, to: bytes.count)
        }
        return .oneOf(members)
    }

    private func member(in range: Range<Int>) throws(EDTFError) -> EDTFDate {
        if let dots = firstDoubleDot(in: range) {
            throw EDTFError("ranges ('..') inside a set are not supported", from: dots, to: dots + 2)
        }
        let member = try date(in: range)
        if member.isUncertain || member.isApproximate {
            throw EDTFError(
                "a date in a set cannot be qualified; the set is already uncertain",
                from: range.upperBound - 1, to: range.upperBound)
        }
        if case .week = member.value {
            throw EDTFError(
                "a week cannot be one of a set; list its days instead", from: range.lowerBound, to: range.upperBound)
        }
        return member
    }

    private func firstDoubleDot(in range: Range<Int>) -> Int? {
        range.dropLast().first { bytes[$0] == ASCII.dot && bytes[$0 + 1] == ASCII.dot }
    }
}
