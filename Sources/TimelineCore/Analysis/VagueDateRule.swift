/// `vague-date`: conclusions and figures that rest on a date not known exactly.
///
/// Two kinds of finding. For each earlier finding that combines figures of
/// different events, or of different periods, whose dates are not surely one
/// and the same span of days: the finding holds only if they are (a warning
/// when it qualifies a warning or an error, else info), with how many of the
/// possible readings line up. And for each event whose figures cover a one-of
/// set or an uncertain, approximate or open period: info.
public struct VagueDateRule: CheckRule, ListingRule {
    public let name = "vague-date"
    public let summary = "a conclusion or a figure that rests on a vague or ambiguous date"
    public let severity = Severity.warning

    public init() {}

    public func findings(in input: CheckInput, earlier: [Finding]) -> [Finding] {
        earlier.compactMap(qualify) + vaguePeriods(in: input)
    }

    /// Its findings on events' own figures, the vague periods they cover: counted here,
    /// made event by event as shown.
    func ownPart(in input: CheckInput) -> FindingList.Part? {
        var events: [Int] = []
        var count = 0
        for index in input.events.indices {
            let periods = vagueDates(ofEvent: index, in: input).count
            guard periods > 0 else { continue }
            events.append(index)
            count += periods
        }
        return .items(events, count: count, severity: .info, make: { vaguePeriods(ofEvent: $0, in: input) })
    }

    /// The same as ``findings(in:earlier:)``, with the pairs of `conflicting-values`
    /// qualified as they are shown: of those, the warnings that rest on two readings of a
    /// date (errors are surely one period; two figures of one event and one period are one
    /// reading). `own` holds the vague periods (``ownPart(in:)``).
    func list(in input: CheckInput, earlier: [FindingList], context: CheckContext, own: FindingList.Part?)
        -> FindingList
    {
        var parts: [FindingList.Part] = []
        var made: [Finding] = []
        for part in earlier.flatMap(\.parts) {
            switch part {
            case .findings(let findings):
                made += findings.compactMap(qualify)
            case .items(let items, _, _, let make):
                made += items.flatMap(make).compactMap(qualify)  // (no rule before this one lists items)
            case .pairs(let index, let counts, _, let make):
                parts.append(.findings(made))
                made = []
                parts.append(.pairs(index, counts, [.warning: .resting], make: { make($0, $1).flatMap(qualify) }))
            }
        }
        parts.append(.findings(made))
        if let own { parts.append(own) }
        return FindingList(parts)
    }

    /// A finding that needs two readings to be the same period.
    func qualify(_ finding: Finding) -> Finding? {
        var readings: [Figure] = []
        for figure in finding.figures
        where !readings.contains(where: { $0.event == figure.event && $0.period == figure.period }) {
            readings.append(figure)
        }
        guard readings.count >= 2 else { return nil }
        let sure = zip(readings, readings.dropFirst()).allSatisfy { $0.surelyShares(periodWith: $1) }
        guard !sure else { return nil }
        let displays = readings.map(\.period.display)
        let dates =
            Set(displays).count == 1
            ? "each is \(displays[0])"
            : zip(readings, displays).map { "\($1) (\($0.event))" }.joined(separator: "; ")
        let combinations = readings.map(\.period.possibleRanges.count).reduce(1, *)
        let aligned = Self.alignedReadings(readings.map(\.period.possibleRanges))
        let message =
            "the \(finding.rule) finding on \(finding.events.joined(separator: ", ")) holds only if their dates "
            + "are the same period: \(dates)"
        let arithmetic = [
            "readings: \(readings.map { String($0.period.possibleRanges.count) }.joined(separator: " × ")) = "
                + "\(combinations), of which \(aligned) may be the same days"
        ]
        return Finding(
            rule: name, severity: finding.severity == .info ? .info : .warning, message: message,
            figures: readings, arithmetic: arithmetic)
    }

    /// How many combinations of one range per date overlap pairwise.
    static func alignedReadings(_ dates: [[DayRange]]) -> Int {
        var combinations: [[DayRange]] = [[]]
        for ranges in dates {
            combinations = combinations.flatMap { chosen in
                ranges.filter { range in chosen.allSatisfy { $0.overlaps(range) } }.map { chosen + [$0] }
            }
        }
        return combinations.count
    }

    /// One finding per vague period an event's figures cover, event by event.
    func vaguePeriods(in input: CheckInput) -> [Finding] {
        input.events.indices.flatMap { vaguePeriods(ofEvent: $0, in: input) }
    }

    /// The vague periods (a one-of set, or uncertain, approximate or open) the figures of
    /// the event at `index` cover, each once, in the order the figures give them. Which
    /// periods are vague was worked out as the input was made (``FigureFacts``): an event
    /// with none is passed over without reading its figures.
    func vagueDates(ofEvent index: Int, in input: CheckInput) -> [FuzzyDate] {
        var periods: [FuzzyDate] = []
        for i in input.figureRange(ofEvent: index) where input.facts[i].isVague {
            let period = input.figures.period(i)
            if !periods.contains(period) { periods.append(period) }
        }
        return periods
    }

    /// A one-of set, or a period that is uncertain, approximate or open.
    static func isVague(_ period: FuzzyDate) -> Bool {
        // (only a set has members: its box is read for a set alone)
        !period.isCertain || (period.precision == .set && (period.memberRanges?.count ?? 1) > 1)
    }

    /// One finding per vague period the figures of the event at `index` cover.
    func vaguePeriods(ofEvent index: Int, in input: CheckInput) -> [Finding] {
        let figures = Array(input.figures(ofEvent: index))
        return vagueDates(ofEvent: index, in: input).map { period in
            let count = period.possibleRanges.count
            let covered = figures.filter { $0.period == period }
            let values = covered.map { ($0.measure.approximate ? "~" : "") + $0.measure.value.formatted }
            let what =
                covered.count == 1
                ? "1 figure (\(values[0])) is" : "\(covered.count) figures (\(values.joined(separator: ", "))) are"
            let how =
                count > 1
                ? "one of \(count) dates, not known which"
                : "a date that is uncertain, approximate or open-ended"
            return Finding(
                rule: name, severity: .info, message: "\(what) for \(period.display): \(how)", figures: covered,
                arithmetic: ["bounds: \(period.boundsDescription)"])
        }
    }
}
