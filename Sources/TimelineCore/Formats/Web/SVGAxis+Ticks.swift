extension SVGAxis {
    /// One labelled tick on the axis.
    struct Tick: Hashable {
        var x: Double
        var label: String
    }

    /// How far apart ticks are, finest first.
    enum Step: CaseIterable {
        case day, week, month, year, decade, century

        /// Average days between two ticks.
        var days: Double {
            switch self {
            case .day: 1
            case .week: 7
            case .month: 30.44
            case .year: 365.25
            case .decade: 3652.5
            case .century: 36525
            }
        }

        /// The first tick day on or after `day`.
        func first(onOrAfter day: Day) -> Day {
            let (y, m, d) = day.components
            switch self {
            case .day: return day
            case .week: return day.adding(days: (8 - day.weekday) % 7)
            case .month: return d == 1 ? day : Self.day(y + m / 12, m % 12 + 1)
            case .year: return m == 1 && d == 1 ? day : Self.day(y + 1, 1)
            case .decade, .century:
                let period = self == .decade ? 10 : 100
                let floor = y - ((y % period) + period) % period
                let start = Self.day(floor, 1)
                return start >= day ? start : Self.day(floor + period, 1)
            }
        }

        /// The tick after `day`, itself a tick.
        func next(after day: Day) -> Day {
            let (y, m, _) = day.components
            switch self {
            case .day: return day.adding(days: 1)
            case .week: return day.adding(days: 7)
            case .month: return Self.day(y + m / 12, m % 12 + 1)
            case .year: return Self.day(y + 1, 1)
            case .decade: return Self.day(y + 10, 1)
            case .century: return Self.day(y + 100, 1)
            }
        }

        func label(_ day: Day) -> String {
            switch self {
            case .day, .week: return day.description
            case .month: return String(day.description.dropLast(3))
            case .year: return Day.yearString(day.year)
            case .decade, .century: return Day.yearString(day.year) + "s"
            }
        }

        private static func day(_ year: Int, _ month: Int) -> Day {
            Day(ordinal: Day.ordinal(year: year, month: month, day: 1))
        }
    }

    /// Ticks at least `spacing` pixels apart on average, per segment; a
    /// segment too narrow for any tick is labelled with its first day.
    func ticks(spacing: Double = 84) -> [Tick] {
        var ticks: [Tick] = []
        for segment in segments {
            let step = Step.allCases.first { $0.days * segment.pixelsPerDay >= spacing } ?? .century
            var day = step.first(onOrAfter: segment.first)
            var added = false
            while day <= segment.last {
                ticks.append(Tick(x: start(of: day), label: step.label(day)))
                added = true
                day = step.next(after: day)
            }
            if !added { ticks.append(Tick(x: segment.x0, label: segment.first.description)) }
        }
        // Labels are written from their tick rightwards: drop any that would run into the one before or off the end.
        var kept: [Tick] = []
        for tick in ticks {
            let width = Double(tick.label.count) * Self.labelCharacterWidth
            if let last = kept.last, last.x + Double(last.label.count) * Self.labelCharacterWidth + 8 > tick.x {
                continue
            }
            if tick.x + width > right + 12 { continue }
            kept.append(tick)
        }
        return kept
    }

    /// Width of a character of an axis label (10 px sans-serif), an estimate on the wide side.
    static let labelCharacterWidth = 6.0
}
