import Dispatch

#if canImport(Glibc)
    import Glibc
#endif

/// The fast path for JSON Lines (docs/import-formats.md): the header line read
/// by the validating code (it is small), then each event line by the same
/// byte-level steps as an event inside a JSON file. Anything it does not
/// accept — two values on a line, a bad event, a bad reference — sends the
/// whole file to ``JSONLImporter``'s validating reader, which says what is wrong.
extension FastTimelineDecoder {
    /// - Parameters:
    ///   - maximumEvents: past this many events the file goes to the validating reader, which refuses it.
    ///   - parallelThreshold: files with at least this many bytes of lines are read on two threads.
    ///   - pieceBytes: about how long the pieces the two threads take are.
    package static func decodeJSONL(
        _ bytes: [UInt8], progress: LoadProgress? = nil, maximumEvents: Int = ImportOptions.maximumEventsPerFile,
        parallelThreshold: Int = defaultParallelThreshold, pieceBytes: Int = defaultPieceBytes
    ) -> Outcome {
        run(bytes, progress: progress) { decoder throws(GiveUp) in
            decoder.parallelThreshold = parallelThreshold
            decoder.pieceBytes = pieceBytes
            return try decoder.jsonlDocument(maximumEvents: maximumEvents)
        }
    }

    /// Reads a JSONL file mapping (``PageRelease``), letting its pages go as the read passes them.
    package static func decodeJSONL(
        mappedFile buffer: UnsafeBufferPointer<UInt8>, progress: LoadProgress? = nil,
        maximumEvents: Int = ImportOptions.maximumEventsPerFile
    ) -> Outcome {
        run(buffer, progress: progress, release: buffer.baseAddress.map { PageRelease(fileMappingAt: $0) }) {
            decoder throws(GiveUp) in try decoder.jsonlDocument(maximumEvents: maximumEvents)
        }
    }

    private mutating func jsonlDocument(maximumEvents: Int) throws(GiveUp) -> Timeline {
        // The header: the first line (JSONL files written by timeline have no blank line before it).
        var end = 0
        while end < count, base[end] != 0x0A { end += 1 }
        let header = 0..<end
        var timeline: Timeline
        do {
            let node = try JSONReader.parse(UnsafeBufferPointer(start: base + header.lowerBound, count: header.count))
            timeline = try JSONLImporter.header(node)
        } catch {
            throw GiveUp()
        }
        useCatalogues(of: timeline)
        reader.index = header.upperBound
        var events = eventArrayForTheRest()
        if count - reader.index >= parallelThreshold, let starts = lineStarts(pieceBytes: pieceBytes) {
            try linesInParallel(pieces: starts, into: &events, maximumEvents: maximumEvents)
        } else {
            while true {
                reader.skipWhitespace()
                if reader.index == count { break }
                guard events.count < maximumEvents else { throw GiveUp() }
                events.append(try eventLine())
                try tick(events.count)
            }
        }
        try checkIDs(events)
        timeline.events = events
        return timeline
    }

    /// The event on the line at the reader, which must hold it alone: only spaces may follow
    /// it before the line feed, and JSON's line feeds between tokens are refused.
    mutating func eventLine() throws(GiveUp) -> Event {
        let start = reader.index
        let event = try event()
        if memchr(base + start, 0x0A, reader.index - start) != nil { throw GiveUp() }
        while reader.index < count,
            base[reader.index] == 0x20 || base[reader.index] == 0x09 || base[reader.index] == 0x0D
        {
            reader.index += 1
        }
        guard reader.index == count || base[reader.index] == 0x0A else { throw GiveUp() }
        return event
    }

    /// Where the pieces of the lines left start: the first where the reader is, the others
    /// just after a line feed about `pieceBytes` apart. A line feed never falls inside a JSON
    /// string, so every such start is a line's: nothing to guess, unlike a JSON list's pieces.
    func lineStarts(pieceBytes: Int) -> [Int]? {
        let cuts = Self.cuts(of: count - reader.index, pieceBytes: pieceBytes)
        var starts = [reader.index]
        for k in 1..<cuts.count {
            let near = reader.index + cuts.at(k)
            guard near > starts[starts.count - 1], let feed = memchr(base + near, 0x0A, count - near) else { continue }
            let start = UnsafePointer<UInt8>(feed.assumingMemoryBound(to: UInt8.self)) - base + 1
            if start > starts[starts.count - 1] && start < count { starts.append(start) }
        }
        return starts.count > 1 ? starts : nil
    }

    /// The rest of the lines on two threads, in pieces claimed as a JSON list's are
    /// (``eventListInParallel(pieces:into:)``). A piece the second thread cannot read is
    /// a line that is not a whole event: the file goes to the validating reader.
    private mutating func linesInParallel(pieces starts: [Int], into events: inout [Event], maximumEvents: Int)
        throws(GiveUp)
    {
        let (other, group) = startSecondThread(pieces: starts, lines: true)
        defer { Self.stop(other, group) }
        let pieces = other.pieces
        var next = 1  // the next piece this thread reaches
        reading: while true {
            reader.skipWhitespace()
            while next < starts.count, reader.index >= starts[next] {
                guard pieces.claimFront(next) else { break reading }  // the second thread's first piece
                next += 1
            }
            if reader.index == count { return }  // the second thread took no piece
            guard events.count < maximumEvents else { throw GiveUp() }
            events.append(try eventLine())
            try tick(
                events.count,
                extra: (other.bytesDone.load(ordering: .relaxed), other.eventsDone.load(ordering: .relaxed)))
        }
        guard try take(other, group: group, into: &events), events.count <= maximumEvents else { throw GiveUp() }
    }

}
