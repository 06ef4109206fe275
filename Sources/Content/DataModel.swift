/// A reference to something defined elsewhere (a glossary id, a page), with where it is written.
public struct Reference: Sendable {
    public let id: String
    public let position: SourcePosition
}

/// One policy document and its directive items (`data/directives/<id>.yml`).
public struct Directive: Sendable {
    public struct Item: Sendable {
        public let id: String
        public let priority: Localized
        public let focus: Localized
        public let instruments: Localized
        public let measures: Localized
        public let terms: [Reference]
        public let position: SourcePosition
    }

    public let id: String
    public let file: String
    public let title: Localized
    public let issued: PartialDate?
    public let issuers: [Reference]
    public let summary: Localized
    public let source: Reference?
    public let items: [Item]
}

/// One event of `data/timeline.yml`.
public struct TimelineEvent: Sendable {
    public let id: String
    public let date: PartialDate
    public let end: PartialDate?
    public let title: Localized
    public let body: Localized
    public let tags: [String]
    public let terms: [Reference]
    public let source: Reference?
    public let position: SourcePosition
}

/// One comparison (`data/comparisons/<id>.yml`): subjects are columns, rows dimensions.
public struct Comparison: Sendable {
    public struct Subject: Sendable {
        public let id: String
        public let label: Localized
    }
    public struct Row: Sendable {
        public let label: Localized
        /// Subject id → cell text (Markdown).
        public let cells: [String: Localized]
    }

    public let id: String
    public let file: String
    public let title: Localized
    public let description: Localized
    public let source: Reference?
    public let subjects: [Subject]
    public let rows: [Row]
}

/// Everything under `content/data/` besides the glossary.
public struct SiteData: Sendable {
    public var directives: [Directive] = []
    public var timeline: [TimelineEvent] = []
    public var comparisons: [Comparison] = []
    public init() {}

    /// Glossary ids and page paths the data refers to, for the resolve phase to check.
    public var glossaryReferences: [Reference] {
        directives.flatMap { $0.issuers + $0.items.flatMap(\.terms) } + timeline.flatMap(\.terms)
    }

    public var sourceReferences: [Reference] {
        (directives.map(\.source) + timeline.map(\.source) + comparisons.map(\.source)).compactMap { $0 }
    }
}
