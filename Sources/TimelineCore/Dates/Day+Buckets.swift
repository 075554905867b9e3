extension Day {
    /// ISO 8601 week-numbering year and week (weeks start on Monday; week 1
    /// holds the year's first Thursday).
    public var isoWeek: (year: Int, week: Int) {
        let thursday = adding(days: 4 - weekday)
        let year = thursday.year
        guard let firstDay = Day(year: year, month: 1, day: 1) else { return (year, 1) }
        return (year, (thursday.ordinal - firstDay.ordinal) / 7 + 1)
    }
}
