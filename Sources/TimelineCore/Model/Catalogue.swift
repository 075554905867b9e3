/// What a timeline measures: `arrests`, `daily-arrest-target`, …
///
/// A metric may say how it relates to others, so checks work on any timeline:
/// ``partOf`` names the count this one is a part of (criminal arrests are part
/// of arrests), ``shareOf`` the part and whole whose ratio this percentage states.
public struct Metric: Hashable, Sendable, Identifiable {
    /// A percentage of one count in another: `part` / `whole` × 100.
    public struct Share: Hashable, Sendable {
        public var part: String
        public var whole: String

        public init(part: String, whole: String) {
            self.part = part
            self.whole = whole
        }
    }

    public var id: String
    public var name: String
    public var unit: String
    public var description: String
    /// The metric this count is a part of; parts of one whole do not overlap.
    public var partOf: String?
    /// The counts whose ratio this percentage states.
    public var shareOf: Share?

    public init(
        id: String, name: String, unit: String, description: String = "", partOf: String? = nil,
        shareOf: Share? = nil
    ) {
        self.id = id
        self.name = name
        self.unit = unit
        self.description = description
        self.partOf = partOf
        self.shareOf = shareOf
    }
}

/// Someone who acts in the story: an agency, an official, a newsroom.
public struct Actor: Hashable, Sendable, Identifiable {
    public var id: String
    public var name: String
    public var kind: String

    public init(id: String, name: String, kind: String = "") {
        self.id = id
        self.name = name
        self.kind = kind
    }
}

/// Who stated a thing, and through which publication it reached us (`via`).
public struct Source: Hashable, Sendable, Identifiable {
    public var id: String
    public var name: String
    /// agency, newspaper, anonymous, article, website, video, …
    public var kind: String
    /// The source id this one reached us through, if any.
    public var via: String?
    public var note: String?
    /// Who wrote it, when the source is a single work (an article).
    public var author: String?
    /// When it was published, when the source is a single work.
    public var date: FuzzyDate?

    public init(
        id: String, name: String, kind: String = "", via: String? = nil, note: String? = nil, author: String? = nil,
        date: FuzzyDate? = nil
    ) {
        self.id = id
        self.name = name
        self.kind = kind
        self.via = via
        self.note = note
        self.author = author
        self.date = date
    }
}
