import Testing

@testable import TimelineCore

/// SplitMix64: a small, fast generator whose sequence depends only on its seed.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Valid timelines made from a seed, for round-trip and escaping tests: every
/// EDTF shape the format accepts, exact and range figures, optional fields
/// present and absent, and text full of quotes, control characters, line
/// breaks and non-ASCII characters. The same seed always gives the same timeline.
struct TimelineGenerator {
    private var rng: SplitMix64

    init(seed: UInt64) { rng = SplitMix64(state: seed) }

    mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &rng) }
    mutating func chance(_ percent: Int) -> Bool { int(1...100) <= percent }
    mutating func pick<T>(_ items: [T]) -> T { items[int(0...(items.count - 1))] }

    mutating func subset<T>(_ items: [T], max: Int) -> [T] {
        var pool = items
        var chosen: [T] = []
        for _ in 0..<int(0...min(max, pool.count)) { chosen.append(pool.remove(at: int(0...(pool.count - 1)))) }
        return chosen
    }

    /// `[a-z0-9]+(-[a-z0-9]+)*`, made unique by the caller's suffix.
    mutating func slug() -> String {
        let alphabet = Array("abcdefghijklmnopqrstuvwxyz0123456789")
        return (0..<int(1...3)).map { _ in String((0..<int(1...5)).map { _ in pick(alphabet) }) }
            .joined(separator: "-")
    }

    /// Pieces that exporters must escape or carry through unchanged.
    static let pieces = [
        "word", "Zürich", "中文", "👩‍👩‍👧", "e\u{301}", "𝄞", "\u{2028}", "\u{2029}", "\u{FEFF}", "\"", "\\", "\n", "\r\n",
        "\r", "\t", "\u{0}", "\u{1}", "\u{1F}", "\u{7F}", " ", ",", ";", "|", "<br>", "`", "*", "~", "&", "'", "/",
        "{}", "[x]", ":", "#", "_", "--", "…", "\u{A0}",
    ]

    /// Text of up to 40 pieces; `nonEmpty` text starts with a word, as titles and names must.
    mutating func text(nonEmpty: Bool = true) -> String {
        let count = int(nonEmpty ? 0...40 : 0...12)
        var text = nonEmpty ? "Word" : ""
        for _ in 0..<count { text += pick(Self.pieces) }
        // Now and then a long run, so ICS folding meets multi-byte characters at the boundary.
        if chance(10) { text += String(repeating: pick(["é", "中", "👩‍👩‍👧", "a", "\\,"]), count: int(20...90)) }
        return text
    }

    mutating func year() -> Int { chance(90) ? int(1900...2100) : pick([1, 33, 999, 9999]) }

    /// One date of any single form: day, month, year, season, quarter, unspecified digits, qualifiers.
    mutating func single() -> String {
        let y = year()
        let year4 = Day.yearString(y)
        let month = int(1...12)
        let day = int(1...Day.daysIn(month: month, year: y))
        let base: String
        switch int(0...9) {
        case 0, 1, 2: base = "\(year4)-\(Day.pad2(month))-\(Day.pad2(day))"
        case 3: base = "\(year4)-\(Day.pad2(month))"
        case 4: base = year4
        case 5: base = "\(year4)-\(int(21...24))"
        case 6: base = "\(year4)-\(int(33...36))"
        case 7: base = pick(["199X", "20XX", "201X", "18XX"])
        case 8: base = pick(["\(year4)-XX", "\(year4)-\(Day.pad2(month))-XX", "\(year4)-XX-XX"])
        default: base = pick(["-0044-03-15", "Y12345", "-1985", "0000"])
        }
        return base + qualifier(25)
    }

    /// `?`, `~` or `%`, `percent` times in a hundred; otherwise nothing.
    mutating func qualifier(_ percent: Int) -> String { chance(percent) ? pick(["?", "~", "%"]) : "" }

    /// An EDTF string of every shape: single, interval (open, unknown ends), one-of set.
    mutating func edtf() -> String {
        switch int(0...9) {
        case 0...3: return single()
        case 4, 5:
            let a = int(1900...2050)
            let b = a + int(0...30)
            let start = pick(["\(a)", "\(a)-0\(int(1...9))", "\(a)-01-1\(int(0...9))", "\(a / 10)X"])
            let end = pick(["\(b + 1)", "\(b + 1)-1\(int(0...2))", "\(b + 1)-02-2\(int(0...8))"])
            return start + qualifier(20) + "/" + end + qualifier(20)
        case 6: return single() + "/" + pick(["..", ""])
        case 7: return pick(["..", ""]) + "/" + single()
        default:
            var day = Day(year: int(1950...2050), month: int(1...12), day: 1) ?? Day(ordinal: 0)
            var members: [String] = []
            for _ in 0..<int(2...4) {
                day = day.adding(days: int(1...40))
                members.append(chance(80) ? day.description : "\(Day.yearString(day.year))-\(Day.pad2(day.month))")
                // A month member covers its whole month: move past it so members stay disjoint.
                if let last = members.last, last.count == 7, let end = Day.lastDay(year: day.year, month: day.month) {
                    day = end
                }
            }
            return "[" + members.joined(separator: ",") + "]"
        }
    }

    mutating func date() throws -> FuzzyDate {
        // A form the parser rejects (e.g. a set whose members touch) is retried with the next draw.
        for _ in 0..<20 {
            if let date = try? FuzzyDate.parse(edtf()), date.possibleRanges.count < 2 || isStrictlyIncreasing(date) {
                return date
            }
        }
        return try FuzzyDate.parse("2025-01-25")
    }

    private func isStrictlyIncreasing(_ date: FuzzyDate) -> Bool {
        let ranges = date.possibleRanges
        return zip(ranges, ranges.dropFirst()).allSatisfy { a, b in
            guard let last = a.upper, let next = b.lower else { return false }
            return last < next
        }
    }

    mutating func number(unit: String) -> Double {
        if unit == "percent" { return Double(int(0...10_000)) / 100 }
        return pick([0, 1, 956, 1179, 0.1, 47.99, 1e-7, 123_456.789, 2.5e15, 1e300, -3.25, 9_007_199_254_740_993])
    }

    mutating func timeline() throws -> Timeline {
        var timeline = Timeline(title: text(), description: chance(50) ? text(nonEmpty: false) : "")
        let units = ["arrests", "arrests", "people", "percent", "arrests/day"]
        for index in 0..<int(2...5) {
            let unit = index < 2 ? "arrests" : pick(units)
            var metric = Metric(
                id: "\(slug())-m\(index)", name: text(), unit: unit,
                description: chance(60) ? text(nonEmpty: false) : "")
            let sameUnit = timeline.metrics.filter { $0.unit == unit }
            if unit != "percent", !sameUnit.isEmpty, chance(40) { metric.partOf = pick(sameUnit).id }
            if unit == "percent", chance(70) {
                metric.shareOf = Metric.Share(part: timeline.metrics[1].id, whole: timeline.metrics[0].id)
            }
            timeline.metrics.append(metric)
        }
        for index in 0..<int(0...3) {
            timeline.actors.append(Actor(id: "\(slug())-a\(index)", name: text(), kind: slug()))
        }
        for index in 0..<int(1...4) {
            let earlier = timeline.sources.map(\.id)
            timeline.sources.append(
                Source(
                    id: "\(slug())-s\(index)", name: text(), kind: slug(),
                    via: !earlier.isEmpty && chance(50) ? pick(earlier) : nil,
                    note: chance(40) ? text(nonEmpty: false) : nil, author: chance(30) ? text(nonEmpty: false) : nil,
                    date: chance(30) ? try date() : nil))
        }
        let eventIDs = (0..<int(0...6)).map { "\(slug())-e\($0)" }
        for id in eventIDs { timeline.events.append(try event(id, others: eventIDs, in: timeline)) }
        if chance(60) {
            timeline.provenance = Provenance(
                tool: "timeline " + text(nonEmpty: false),
                exportedAt: chance(70)
                    ? "20\(int(10...99))-0\(int(1...9))-1\(int(0...9))T1\(int(0...9)):2\(int(0...9)):0\(int(0...9))Z"
                    : text(),
                filter: text(nonEmpty: false), normalizedFilter: text(nonEmpty: false),
                origins: (0..<int(0...2)).map { _ in text() })
        }
        return timeline
    }

    private mutating func event(_ id: String, others: [String], in timeline: Timeline) throws -> Event {
        let date = try date()
        let dateNote: String? =
            date.isPlainDay ? pick([nil, "", text()]) : text()
        var event = Event(
            id: id, date: date, dateNote: dateNote, kind: pick(TimelineDecoder.kinds), title: text(),
            summary: text(), actors: subset(timeline.actors.map(\.id), max: 3),
            tags: Array(Set((0..<int(0...3)).map { _ in slug() })).sorted(),
            sources: [pick(timeline.sources).id], related: subset(others.filter { $0 != id }, max: 3),
            notes: (0..<int(0...2)).map { _ in text(nonEmpty: false) })
        event.sources += subset(timeline.sources.map(\.id).filter { !event.sources.contains($0) }, max: 2)
        for _ in 0..<int(0...3) {
            let metric = pick(timeline.metrics)
            let a = number(unit: metric.unit)
            let b = number(unit: metric.unit)
            event.measures.append(
                Measure(
                    metric: metric.id, value: chance(60) ? .exact(a) : .range(min(a, b), max(a, b)),
                    approximate: chance(30), unit: metric.unit, period: chance(30) ? try self.date() : nil,
                    scope: chance(40) ? text(nonEmpty: false) : nil, source: pick(timeline.sources).id,
                    wording: text(nonEmpty: false), note: chance(40) ? text(nonEmpty: false) : nil))
        }
        return event
    }
}
