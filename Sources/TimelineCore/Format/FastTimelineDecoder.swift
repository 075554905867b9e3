/// Decodes a valid timeline document straight from its bytes into a
/// ``Timeline``, without building a ``JSONNode`` tree: the fast path of
/// ``TimelineDecoder/decode(_:)``.
///
/// It gives up (returns nil) at the first thing it does not handle or that is
/// wrong — a null, an escape in an id, an unknown key, a bad reference, any
/// JSON error — and the caller then runs the validating decoder, which finds
/// the problem and reports it with its exact location. So this type only has
/// to be right about the documents it accepts, and every diagnostic is the
/// validating decoder's by construction. Whatever it accepts, it decodes to
/// the very value the validating decoder gives (tested on the built-in
/// timeline, generated timelines and every invalid document of the tests).
///
/// What makes it fast: no tree; labels (kinds, actors, sources, metrics, tags)
/// matched by their bytes in ``LabelTable``s and shared, not made once per
/// event; dates parsed once per distinct text; the small catalogues decoded by
/// the validating code itself, from their own bytes.
package struct FastTimelineDecoder {
    /// Why the fast path gave up; carries nothing, as the slow path says why.
    struct GiveUp: Error {}

    var reader: JSONReader
    var base: UnsafePointer<UInt8> { reader.base }
    var count: Int { reader.count }

    var kinds = LabelTable(TimelineDecoder.kinds)
    var actors = LabelTable()
    var sources = LabelTable()
    var metrics = LabelTable()
    /// The unit of each metric, by its entry position in ``metrics``.
    var units: [String] = []
    var tags = LabelTable()
    /// Date texts met so far; the parsed date of each, by entry position.
    var dateTexts = LabelTable()
    var dates: [(date: FuzzyDate, isPlainDay: Bool)] = []
    /// Date notes met so far (``repeatedString()``).
    var dateNotes = LabelTable()
    /// Label arrays shared between events (see ``sharedList(_:_:)``).
    var lists: [UInt64: [String]] = [:]
    /// The same lists by their text, one table per kind of list (``ListTextTable``).
    var actorListTexts = ListTextTable()
    var sourceListTexts = ListTextTable()
    var tagListTexts = ListTextTable()
    /// Where events' titles and summaries are copied to (one writer per thread).
    var texts = TextBlockWriter()
    /// Ids named by `related`, checked once the whole list is read (``checkIDs(_:)``).
    var pendingRelated: [String] = []

    init(base: UnsafePointer<UInt8>, count: Int) {
        reader = JSONReader(base: base, count: count)
    }

    /// Told how far the read has got (from the first thread only); may stop it.
    var progress: LoadProgress?
    /// Set when ``progress`` asked to stop: the give-up is then not a reason to validate.
    var stopped = false
    var parallelThreshold = defaultParallelThreshold
    /// About how long each piece of a list read on two threads is.
    var pieceBytes = defaultPieceBytes
    /// Set when the bytes are a file mapping whose pages may be let go behind the reader.
    var release: PageRelease?
    /// Where the pages were let go up to.
    var releasedTo = 0

    /// What became of a fast read.
    package enum Outcome {
        case decoded(Timeline)
        /// The document needs the validating decoder (it is invalid, or uses what the fast path skips).
        case needsValidation
        /// ``progress`` asked to stop.
        case stopped

        /// The timeline, if decoded.
        package var timeline: Timeline? {
            if case .decoded(let timeline) = self { return timeline }
            return nil
        }
    }

    /// - Parameters:
    ///   - parallelThreshold: event lists of at least this many bytes are read on two threads.
    ///   - pieceBytes: about how long the pieces the two threads take are.
    package static func decode(
        _ bytes: [UInt8], progress: LoadProgress? = nil, parallelThreshold: Int = defaultParallelThreshold,
        pieceBytes: Int = defaultPieceBytes
    ) -> Outcome {
        run(bytes, progress: progress) { decoder throws(GiveUp) in
            decoder.parallelThreshold = parallelThreshold
            decoder.pieceBytes = pieceBytes
            return try decoder.document()
        }
    }

    /// Reads a file mapping (``PageRelease``), letting its pages go as the read passes them.
    package static func decode(mappedFile buffer: UnsafeBufferPointer<UInt8>, progress: LoadProgress? = nil)
        -> Outcome
    {
        run(buffer, progress: progress, release: buffer.baseAddress.map { PageRelease(fileMappingAt: $0) }) {
            decoder throws(GiveUp) in try decoder.document()
        }
    }

    /// Runs `read` on a decoder over `bytes` and says what became of it: the
    /// shared frame of the JSON and JSONL fast paths.
    static func run(
        _ bytes: [UInt8], progress: LoadProgress?,
        _ read: (inout FastTimelineDecoder) throws(GiveUp) -> Timeline
    ) -> Outcome {
        bytes.withUnsafeBufferPointer { run($0, progress: progress, release: nil, read) }
    }

    static func run(
        _ buffer: UnsafeBufferPointer<UInt8>, progress: LoadProgress?, release: PageRelease?,
        _ read: (inout FastTimelineDecoder) throws(GiveUp) -> Timeline
    ) -> Outcome {
        guard let base = buffer.baseAddress, buffer.count > 0 else { return .needsValidation }
        var decoder = FastTimelineDecoder(base: base, count: buffer.count)
        decoder.progress = progress
        decoder.release = release
        do {
            return .decoded(try read(&decoder))
        } catch {
            return decoder.stopped ? .stopped : .needsValidation
        }
    }

    /// Lets go of the pages behind the reader, 4 MB at a time, when reading a file mapping;
    /// with `all`, whatever is behind it (at the end of a piece read by the second thread).
    mutating func releaseBehind(all: Bool = false) {
        guard let release, reader.index - releasedTo >= (all ? 1 : 1 << 22) else { return }
        release.release(releasedTo, reader.index)
        releasedTo = reader.index
    }

    /// Reports progress every ``LoadProgress/interval`` events; gives up when told to stop.
    /// - Parameter extra: bytes and events decoded elsewhere (by the second thread).
    @inline(__always)
    mutating func tick(_ decoded: Int, extra: (bytes: Int, events: Int) = (0, 0)) throws(GiveUp) {
        if release != nil && decoded & 4095 == 0 { releaseBehind() }
        guard let progress, progress.isDue(decoded) else { return }
        if !progress.report(bytes: reader.index + extra.bytes, events: decoded + extra.events) {
            stopped = true
            throw GiveUp()
        }
    }

    // MARK: - The document

    private static let topKeys = KeyTable(TimelineDecoder.topLevelKeys)

    private mutating func document() throws(GiveUp) -> Timeline {
        if count >= 3 && base[0] == 0xEF && base[1] == 0xBB && base[2] == 0xBF { reader.index = 3 }
        guard try openObject() else { throw GiveUp() }
        var seen: UInt32 = 0
        var title: String?
        var description = ""
        var catalogues: (metrics: [JSONNode], actors: [JSONNode], sources: [JSONNode]) = ([], [], [])
        var provenance: JSONNode?
        var events: [Event]?
        var deferredEvents: (start: Int, end: Int)?
        var catalogue = Timeline(title: "")
        let catalogueBits: UInt32 = 1 << 3 | 1 << 4 | 1 << 5
        repeat {
            let key = try self.key(Self.topKeys)
            guard seen & (1 << key) == 0 else { throw GiveUp() }
            seen |= 1 << key
            try skipWhitespace()
            switch key {
            case 0:
                guard try number().int == Timeline.schemaVersion else { throw GiveUp() }
            case 1: title = try string()
            case 2: description = try string()
            case 3: catalogues.metrics = try subDocumentArray()
            case 4: catalogues.actors = try subDocumentArray()
            case 5: catalogues.sources = try subDocumentArray()
            case 6:
                if seen & catalogueBits == catalogueBits {
                    catalogue = try readCatalogues(catalogues)
                    events = try eventList()
                } else {
                    let start = reader.index
                    deferredEvents = (start, try skipValue())
                }
            default: provenance = try subDocument()
            }
        } while try moreMembers()
        reader.skipWhitespace()
        guard reader.index == count, seen & 1 != 0, let title else { throw GiveUp() }
        if events == nil {
            guard let deferred = deferredEvents else { throw GiveUp() }
            catalogue = try readCatalogues(catalogues)
            reader.index = deferred.start
            events = try eventList()
            guard reader.index == deferred.end else { throw GiveUp() }
        }
        try checkIDs(events ?? [])
        var timeline = catalogue
        timeline.title = title
        timeline.description = description
        if let provenance {
            do {
                timeline.provenance = try TimelineDecoder.provenance(provenance)
            } catch {
                throw GiveUp()
            }
        }
        timeline.events = events ?? []
        return timeline
    }

    /// Decodes and checks the catalogues with the validating decoder's own code
    /// and fills the label tables; a timeline holding just the catalogues.
    private mutating func readCatalogues(
        _ nodes: (metrics: [JSONNode], actors: [JSONNode], sources: [JSONNode])
    ) throws(GiveUp) -> Timeline {
        do {
            let timeline = Timeline(
                title: "", metrics: try nodes.metrics.map(TimelineDecoder.metric),
                actors: try nodes.actors.map(TimelineDecoder.actor),
                sources: try nodes.sources.map(TimelineDecoder.source))
            let references = ReferenceChecker(timeline: timeline)
            try references.checkUnique(nodes.metrics, noun: "metric")
            try references.checkMetricRelations(nodes.metrics)
            try references.checkUnique(nodes.actors, noun: "actor")
            try references.checkSources(nodes.sources)
            useCatalogues(of: timeline)
            return timeline
        } catch {
            throw GiveUp()
        }
    }

    /// Fills the label tables events are checked against from checked catalogues.
    mutating func useCatalogues(of timeline: Timeline) {
        actors = LabelTable(timeline.actors.map(\.id))
        sources = LabelTable(timeline.sources.map(\.id))
        metrics = LabelTable(timeline.metrics.map(\.id))
        units = timeline.metrics.map(\.unit)
    }

    // MARK: - Events

    /// An event array with room for the events the bytes left may hold (events
    /// are rarely under 200 bytes, so it rarely regrows), and as much room in the id set.
    mutating func eventArrayForTheRest() -> [Event] {
        var events: [Event] = []
        events.reserveCapacity(eventCountGuess)
        return events
    }

    /// A guess at how many events the rest of the input holds: one in 256 bytes.
    var eventCountGuess: Int { (count - reader.index) / 256 + 1 }

    private static let eventKeys = KeyTable(TimelineDecoder.eventKeys)

    private mutating func eventList() throws(GiveUp) -> [Event] {
        var events = eventArrayForTheRest()
        guard try openArray() else { return events }
        if count - reader.index >= parallelThreshold, let starts = pieceStarts(pieceBytes: pieceBytes) {
            try eventListInParallel(pieces: starts, into: &events)
            return events
        }
        repeat {
            try skipWhitespace()
            events.append(try event())
            try tick(events.count)
        } while try moreElements()
        return events
    }

    mutating func event() throws(GiveUp) -> Event {
        guard try openObject() else { throw GiveUp() }
        var seen: UInt32 = 0
        var next = 0  // the key expected next (keys usually come in one order)
        var id: String?
        var date: (date: FuzzyDate, isPlainDay: Bool)?
        var dateNote: String?
        var kind: String?
        var title: Prose?
        var summary: Prose?
        var actors: [String] = []
        var tags: [String] = []
        var measures: [Measure] = []
        var sources: [String] = []
        var related: [String] = []
        var notes: [String] = []
        repeat {
            let key = try self.key(Self.eventKeys, expected: next)
            next = key + 1
            guard seen & (1 << key) == 0 else { throw GiveUp() }
            seen |= 1 << key
            try skipWhitespace()
            switch key {
            case 0: id = try slug()
            case 1: date = try self.date()
            case 2: dateNote = try repeatedString()
            case 3: kind = try label(in: .kinds)
            case 4: title = try prose()
            case 5: summary = try prose()
            case 6: actors = try labels(in: .actors)
            case 7: tags = try tagList()
            case 8: measures = try measureList()
            case 9: sources = try labels(in: .sources)
            case 10: related = try strings()
            default: notes = try strings()
            }
        } while try moreMembers()
        guard let id, let date, let kind, let title, let summary, !sources.isEmpty else { throw GiveUp() }
        if dateNote?.isEmpty ?? true, !date.isPlainDay { throw GiveUp() }
        for other in related {
            if other == id { throw GiveUp() }
            pendingRelated.append(other)
        }
        let text = title.withBytes { title in summary.withBytes { texts.append(title: title, summary: $0) } }
        return Event(
            id: id, date: date.date, dateNote: dateNote, kind: kind, text: text, actors: actors, tags: tags,
            measures: measures, sources: sources, related: related, notes: notes)
    }

    /// Gives up unless every event has its own id and every related id names one of them:
    /// checked once for the whole list (a set filled event by event took a seventh of decoding).
    func checkIDs(_ events: [Event]) throws(GiveUp) {
        try events.withUnsafeBufferPointer { events throws(GiveUp) in
            guard let table = EventIDTable(events) else { throw GiveUp() }
            for id in pendingRelated where table.position(of: id, in: events) == nil { throw GiveUp() }
        }
    }

    private static let measureKeys = KeyTable(TimelineDecoder.measureKeys)

    private mutating func measureList() throws(GiveUp) -> [Measure] {
        var measures: [Measure] = []
        guard try openArray() else { return measures }
        repeat {
            try skipWhitespace()
            measures.append(try measure())
        } while try moreElements()
        return measures
    }

    private mutating func measure() throws(GiveUp) -> Measure {
        guard try openObject() else { throw GiveUp() }
        var seen: UInt32 = 0
        var next = 0
        var metric: Int?
        var value: Double?
        var min: Double?
        var max: Double?
        var approximate = false
        var unit: String?
        var period: FuzzyDate?
        var scope: String?
        var source: String?
        var wording: String?
        var note: String?
        repeat {
            let key = try self.key(Self.measureKeys, expected: next)
            next = key + 1
            guard seen & (1 << key) == 0 else { throw GiveUp() }
            seen |= 1 << key
            try skipWhitespace()
            switch key {
            case 0: metric = try labelPosition(in: .metrics)
            case 1: value = try number().double
            case 2: min = try number().double
            case 3: max = try number().double
            case 4: approximate = try bool()
            case 5: unit = try text()
            case 6: period = try date().date
            case 7: scope = try string()
            case 8: source = try label(in: .sources)
            case 9: wording = try string()
            default: note = try string()
            }
        } while try moreMembers()
        guard let metric, let unit, let source, let wording, unit == units[metric] else { throw GiveUp() }
        let figure: MeasureValue
        switch (value, min, max) {
        case (let value?, nil, nil): figure = .exact(value)
        case (nil, let lo?, let hi?) where lo <= hi: figure = .range(lo, hi)
        default: throw GiveUp()
        }
        if unit == "percent", figure.lower < 0 || figure.upper > 100 { throw GiveUp() }
        return Measure(
            metric: metrics.value(at: metric), value: figure, approximate: approximate, unit: unit, period: period,
            scope: scope, source: source, wording: wording, note: note)
    }
}
