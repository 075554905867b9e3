/// The parsed form of a fuzzy date: one date, an interval, or one of a set.
extension FuzzyDate {
    enum Shape: Hashable, Sendable {
        /// `2025-01-25`, `201X`, `2001-21?` …
        case single(EDTFDate)
        /// `start/end`; either end may be open or unknown, not both.
        case interval(start: Endpoint, end: Endpoint)
        /// `[a,b,…]`: exactly one of the members (at least two) is right.
        case oneOf([EDTFDate])
    }

    /// One end of an interval.
    enum Endpoint: Hashable, Sendable {
        case date(EDTFDate)
        /// `..`: the interval runs on without limit.
        case open
        /// Empty: the interval has an end, but it is not known.
        case unknown

        var date: EDTFDate? {
            if case .date(let date) = self { return date }
            return nil
        }

        var edtf: String {
            switch self {
            case .date(let date): date.edtf
            case .open: ".."
            case .unknown: ""
            }
        }
    }
}

extension FuzzyDate.Shape {
    var bounds: DayRange {
        switch self {
        case .single(let date): date.bounds
        case .interval(let start, let end): DayRange(lower: start.date?.firstDay, upper: end.date?.lastDay)
        case .oneOf(let members):
            DayRange(lower: members.map(\.firstDay).min(), upper: members.map(\.lastDay).max())
        }
    }

    var precision: FuzzyDate.Precision {
        switch self {
        case .single(let date): date.precision
        case .interval: .interval
        case .oneOf: .set
        }
    }

    var isUncertain: Bool {
        switch self {
        case .single(let date): date.isUncertain
        case .interval(let start, let end): start.date?.isUncertain == true || end.date?.isUncertain == true
        case .oneOf: true
        }
    }

    var isApproximate: Bool {
        switch self {
        case .single(let date): date.isApproximate
        case .interval(let start, let end): start.date?.isApproximate == true || end.date?.isApproximate == true
        case .oneOf(let members): members.contains(where: \.isApproximate)
        }
    }

    var edtf: String {
        switch self {
        case .single(let date): date.edtf
        case .interval(let start, let end): "\(start.edtf)/\(end.edtf)"
        case .oneOf(let members): "[" + members.map(\.edtf).joined(separator: ",") + "]"
        }
    }
}
