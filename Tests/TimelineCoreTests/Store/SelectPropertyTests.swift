import Testing

@testable import TimelineCore

/// A small deterministic generator (SplitMix64), so a failure reproduces.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Random EDTF dates, periods and filters over 2024–2026 (plus a few decades).
struct RandomTimeline {
    var rng: SeededGenerator
    static let tags = ["red", "green", "blue"]
    static let base = Day(year: 2024, month: 1, day: 1)?.ordinal ?? 0

    mutating func day() -> Day { Day(ordinal: Self.base + Int.random(in: 0..<1100, using: &rng)) }

    mutating func month(_ d: Day) -> String { String(d.description.prefix(7)) }

    mutating func eventDate() -> String {
        let d = day()
        let later = d.adding(days: Int.random(in: 0...60, using: &rng))
        switch Int.random(in: 0...12, using: &rng) {
        case 0: return d.description
        case 1: return month(d)
        case 2: return String(d.year)
        case 3: return ["199X", "202X", "20XX"].randomElement(using: &rng) ?? "202X"
        case 4: return d.description + (["?", "~", "%"].randomElement(using: &rng) ?? "?")
        case 5: return "\(d)/\(later)"
        case 6: return "../\(d)"
        case 7: return "\(d)/.."
        case 8: return "/\(d)"
        case 9: return "\(d)/"
        case 10: return "[\(d),\(d.adding(days: Int.random(in: 1...20, using: &rng)))]"
        case 11: return month(d) + "?"
        default: return month(d) + "-XX"
        }
    }

    mutating func period() -> String {
        let d = day()
        switch Int.random(in: 0...6, using: &rng) {
        case 0: return d.description
        case 1: return month(d)
        case 2: return "\(d.year)-Q\(Int.random(in: 1...4, using: &rng))"
        case 3: return "\(d.year)-W\(String(Int.random(in: 10...52, using: &rng)))"
        case 4: return String(d.year)
        case 5: return ["2020s", "1990s"].randomElement(using: &rng) ?? "2020s"
        default: return "\(d)/\(d.adding(days: Int.random(in: 0...90, using: &rng)))"
        }
    }

    mutating func dateTerm() throws -> Filter {
        let relation = DateTerm.Relation.allCases.randomElement(using: &rng) ?? .on
        let mode = [nil, MatchMode.possibly, .certainly].randomElement(using: &rng) ?? nil
        return try when(relation, period(), mode)
    }

    static let kinds = ["report", "tally"]
    static let actors = [Actor(id: "ice", name: "ICE"), Actor(id: "dhs", name: "Homeland Security")]
    /// `wire` reached us through `paper`: `source:paper` selects what cites either.
    static let sources = [Source(id: "paper", name: "The Paper"), Source(id: "wire", name: "Wire", via: "paper")]

    /// A term on anything but dates: fields (by id, by name, by pattern), figures, free text.
    mutating func otherTerm() -> Filter {
        switch Int.random(in: 0...9, using: &rng) {
        case 0: return field(.tag, Self.tags.randomElement(using: &rng) ?? "red")
        case 1: return field(.kind, Self.kinds.randomElement(using: &rng) ?? "tally")
        case 2: return field(.actor, ["ice", "dhs", "Homeland Security"].randomElement(using: &rng) ?? "ice")
        case 3: return field(.source, ["paper", "wire", "The Paper"].randomElement(using: &rng) ?? "wire")
        case 4: return field(.metric, "arrests")
        case 5: return field(.id, "e\(Int.random(in: 0..<50, using: &rng))")
        case 6: return field(.tag, ["r*", "*e*", "gr*n"].randomElement(using: &rng) ?? "r*")
        case 7:
            let mode = [nil, MatchMode.possibly, .certainly].randomElement(using: &rng) ?? nil
            let op = MeasureTerm.Comparison.allCases.randomElement(using: &rng) ?? .greaterThan
            return measure("arrests", op, Double(Int.random(in: 0...20, using: &rng) * 50), mode)
        default: return text(["title of e1", "TITLE", "e2"].randomElement(using: &rng) ?? "e2")
        }
    }

    mutating func filter(depth: Int) throws -> Filter {
        let pick = Int.random(in: 0...(depth > 0 ? 8 : 3), using: &rng)
        switch pick {
        case 0, 1: return try dateTerm()
        case 2: return field(.tag, Self.tags.randomElement(using: &rng) ?? "red")
        case 3: return otherTerm()
        case 4: return .not(try filter(depth: depth - 1))
        case 5: return .or([try filter(depth: depth - 1), try filter(depth: depth - 1)])
        default:
            // Mostly `and`s with a date term, the shape whose bound limits the scan.
            return .and([try dateTerm(), try filter(depth: depth - 1), try filter(depth: depth - 1)])
        }
    }

    mutating func events(_ count: Int) throws -> [Event] {
        try (0..<count).map { i in
            let tags = i < Self.tags.count ? [Self.tags[i]] : Self.tags.filter { _ in Bool.random(using: &rng) }
            let figures = (0..<Int.random(in: 0...2, using: &rng)).map { _ in
                let low = Double(Int.random(in: 0...20, using: &rng) * 50)
                var figure = makeMeasure(
                    "arrests", Bool.random(using: &rng) ? .exact(low) : .range(low, low + 100),
                    source: Self.sources.randomElement(using: &rng)?.id ?? "paper")
                figure.approximate = Int.random(in: 0...3, using: &rng) == 0
                return figure
            }
            return try makeEvent(
                "e\(i)", eventDate(), kind: Self.kinds.randomElement(using: &rng) ?? "report", tags: tags,
                actors: Self.actors.map(\.id).filter { _ in Bool.random(using: &rng) }, measures: figures,
                sources: [Self.sources.randomElement(using: &rng)?.id ?? "paper"])
        }
    }
}

struct SelectPropertyTests {
    @Test(arguments: [1, 2, 3] as [UInt64])
    func selectEqualsAFullScan(_ seed: UInt64) throws {
        var random = RandomTimeline(rng: SeededGenerator(seed: seed))
        let store = try makeStore(
            try random.events(300), metrics: ["arrests"], actors: RandomTimeline.actors,
            sources: RandomTimeline.sources)
        for _ in 0..<300 {
            let filter = try random.filter(depth: 2)
            // `select` runs a MatchPlan over candidates; the reference is FilterMatcher on every event.
            for mode in MatchMode.allCases {
                for forced in [false, true] {
                    let matcher = FilterMatcher(store: store, defaultMode: mode)
                    let scanned = (0..<store.count).filter {
                        matcher.matches(filter, at: $0, mode: mode, forced: forced)
                    }.map { store.event(at: $0).id }
                    let selected = try store.select(filter, defaultMode: mode, overridingWrittenModes: forced)
                        .map(\.id)
                    if selected != scanned {
                        let missing = scanned.filter { !selected.contains($0) }
                        let extra = selected.filter { !scanned.contains($0) }
                        Issue.record("\(mode.rawValue) forced \(forced): \(filter): missing \(missing), extra \(extra)")
                    }
                }
            }
        }
    }

    /// Whatever certainly matches also possibly matches.
    @Test(arguments: [4, 5] as [UInt64])
    func certainlyImpliesPossibly(_ seed: UInt64) throws {
        var random = RandomTimeline(rng: SeededGenerator(seed: seed))
        let matcher = FilterMatcher(store: TimelineStore())
        for _ in 0..<2000 {
            let date = try FuzzyDate.parse(random.eventDate())
            guard case .date(let term) = try random.dateTerm() else { continue }
            var certain = term
            certain.mode = .certainly
            var possible = term
            possible.mode = .possibly
            if matcher.matches(certain, date) {
                #expect(matcher.matches(possible, date), "\(date) \(term.relation) \(term.text)")
            }
        }
    }
}
