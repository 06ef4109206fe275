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
    public let tagReferences: [Reference]
    public let terms: [Reference]
    public let source: Reference?
    public let position: SourcePosition
    public var tags: [String] { tagReferences.map(\.id) }
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
    /// Labels of timeline tags (`data/tags.yml`); a tag without one shows its id.
    public var tagLabels: [String: Localized] = [:]
    public init() {}

    /// Every tag the timeline uses, in order of first use.
    public var tags: [String] {
        var seen: Set<String> = []
        return timeline.flatMap(\.tags).filter { seen.insert($0).inserted }
    }

    /// The label of a tag: from `data/tags.yml`, else the id with spaces for hyphens.
    public func tagLabel(_ tag: String, language: Language) -> String {
        tagLabels[tag]?.text(language) ?? tag.replacingOccurrences(of: "-", with: " ")
    }

    /// Glossary ids and page paths the data refers to, for the resolve phase to check.
    public var glossaryReferences: [Reference] {
        directives.flatMap { $0.issuers + $0.items.flatMap(\.terms) } + timeline.flatMap(\.terms) + markdownTermLinks
    }

    /// `[label](term:id)` links inside Markdown fields, at the item, event or file they are in.
    var markdownTermLinks: [Reference] {
        func links(_ values: [Localized], _ position: SourcePosition) -> [Reference] {
            values.flatMap { value in
                ([value.shared].compactMap { $0 } + value.values.keys.sorted().map { value.values[$0]! })
                    .flatMap { $0.matches(of: #/\]\(term:([^)\s]+)\)/#).map { Reference(id: String($0.output.1), position: position) } }
            }
        }
        return directives.flatMap { directive in
            links([directive.summary], SourcePosition(file: directive.file)) + directive.items.flatMap { links([$0.measures], $0.position) }
        } + timeline.flatMap { links([$0.body], $0.position) }
            + comparisons.flatMap { comparison in
                comparison.rows.flatMap { links(Array($0.cells.values), SourcePosition(file: comparison.file)) }
            }
    }

    public var sourceReferences: [Reference] {
        (directives.map(\.source) + timeline.map(\.source) + comparisons.map(\.source)).compactMap { $0 }
    }
}
