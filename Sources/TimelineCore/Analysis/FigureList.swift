/// The figures of a check's events, in event order, each made when it is read.
///
/// A check reads most figures only as plain data (``FigureFacts``); the few its
/// findings show are made here from their event and measure. Holding every figure as
/// a value (its event's id, its measure's strings, its period) had cost a million
/// events' check a copy of each, and as long again to free them.
///
/// ```swift
/// let figures = CheckInput(events: events, metrics: metrics).figures
/// figures[0].measure.metric  // the first event's first measure
/// ```
public struct FigureList: RandomAccessCollection, Sendable {
    let events: [Event]
    /// Where each event's figures start, and the end.
    let figureStart: [Int]
    /// For each figure, the index of its event in `events`.
    let eventOfFigure: [Int]

    public var startIndex: Int { 0 }
    public var endIndex: Int { eventOfFigure.count }

    public subscript(position: Int) -> Figure {
        let owner = eventOfFigure[position]
        return Figure(event: events[owner], measure: events[owner].measures[position - figureStart[owner]])
    }

    /// The period figure `position` covers (its measure's, else its event's date), without
    /// making the figure.
    func period(_ position: Int) -> FuzzyDate {
        let owner = eventOfFigure[position]
        return events[owner].measures[position - figureStart[owner]].period ?? events[owner].date
    }
}
