/// The order events are kept in: by earliest day (open starts first), then
/// latest day (open ends last), then id, so the order is total and stable.
public enum EventOrder {
    public static func precedes(_ a: Event, _ b: Event) -> Bool {
        let (ae, be) = (a.date.lower, b.date.lower)
        if ae != be { return ae < be }
        let (al, bl) = (a.date.upper, b.date.upper)
        if al != bl { return al < bl }
        return a.id < b.id
    }
}
