import Content
import Foundation
import Markdown
import Templates

/// Downloads and feeds made from data: `directives/<id>.csv` and `.json`, `timeline.json`,
/// and an Atom feed of the timeline per language.
extension Views {
    /// The directive's items as CSV: UTF-8 with a byte order mark (so spreadsheets read it as
    /// UTF-8), CRLF line ends, RFC 4180 quoting, both languages side by side.
    func directiveCSV(_ directive: Directive) -> Data {
        let codes = site.config.languages.map(\.code)
        var header = ["id"]
        let fields: [(String, (Directive.Item) -> Localized)] = [
            ("priority", \.priority), ("focus", \.focus), ("instruments", \.instruments), ("measures", \.measures),
        ]
        for (name, _) in fields { header += codes.map { "\(name)_\($0)" } }
        header.append("terms")
        var rows = [header]
        for item in directive.items {
            var row = [item.id]
            for (_, field) in fields {
                let value = field(item)
                row += codes.map { value.shared ?? value[$0] ?? "" }
            }
            row.append(item.terms.map(\.id).joined(separator: " "))
            rows.append(row)
        }
        let text = rows.map { $0.map(Self.csvField).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
        return Data([0xEF, 0xBB, 0xBF]) + Data(text.utf8)
    }

    /// Quotes a field when it must be, and defuses text a spreadsheet would run as a formula.
    static func csvField(_ value: String) -> String {
        var text = value
        if let first = text.first, "=+-@".contains(first) { text = "'" + text }
        guard text.unicodeScalars.contains(where: { ",\"\r\n".unicodeScalars.contains($0) }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    private struct LocalizedJSON: Encodable {
        let value: Localized
        let codes: [String]
        func encode(to encoder: Encoder) throws {
            var container = encoder.singleValueContainer()
            try container.encode(Dictionary(uniqueKeysWithValues: codes.compactMap { code in
                (value.shared ?? value[code]).map { (code, $0) }
            }))
        }
    }

    private func encode(_ value: some Encodable) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try! encoder.encode(value)
    }

    func directiveJSON(_ directive: Directive) -> Data {
        struct Item: Encodable {
            let id: String, priority: LocalizedJSON, focus: LocalizedJSON, instruments: LocalizedJSON, measures: LocalizedJSON
            let terms: [String]
        }
        struct Document: Encodable {
            let id: String, title: LocalizedJSON, issued: String?, issuers: [String], summary: LocalizedJSON
            let url: [String: String], items: [Item]
        }
        let codes = site.config.languages.map(\.code)
        let l = { LocalizedJSON(value: $0, codes: codes) }
        return encode(Document(
            id: directive.id, title: l(directive.title), issued: directive.issued?.description, issuers: directive.issuers.map(\.id),
            summary: l(directive.summary),
            url: Dictionary(uniqueKeysWithValues: site.config.languages.map { ($0.code, permalink(Page.path(key: "directives/\(directive.id)", language: $0))) }),
            items: directive.items.map {
                Item(id: $0.id, priority: l($0.priority), focus: l($0.focus), instruments: l($0.instruments), measures: l($0.measures),
                     terms: $0.terms.map(\.id))
            }))
    }

    func timelineJSON() -> Data {
        struct Event: Encodable {
            let id: String, date: String, end: String?, title: LocalizedJSON, body: LocalizedJSON
            let tags: [String], terms: [String], source: [String: String]?, url: [String: String]
        }
        let codes = site.config.languages.map(\.code)
        let events = site.data.timeline.sorted { ($0.date, $0.id) < ($1.date, $1.id) }.map { event in
            Event(id: event.id, date: event.date.description, end: event.end?.description,
                  title: LocalizedJSON(value: event.title, codes: codes), body: LocalizedJSON(value: event.body, codes: codes),
                  tags: event.tags, terms: event.terms.map(\.id),
                  source: event.source.map { source in
                      Dictionary(uniqueKeysWithValues: site.config.languages.compactMap { language in
                          site.page(key: source.id, language: language).map { (language.code, permalink($0.path)) }
                      })
                  },
                  url: Dictionary(uniqueKeysWithValues: site.config.languages.map {
                      ($0.code, permalink(Page.path(key: "timeline", language: $0)) + "#event-" + event.id)
                  }))
        }
        return encode(["events": events])
    }

    /// An Atom feed of the timeline's events in `language`, newest first. Its `updated` is
    /// `SOURCE_DATE_EPOCH` when set, else the newest event's date, so builds stay reproducible.
    func feed(_ language: Language, sourceDateEpoch: Int?) -> Data {
        let timelinePath = Page.path(key: "timeline", language: language)
        let base = site.config.baseURL
        // Links in entries are absolute: a feed reader has no page to resolve them against.
        let html = DataHTML(site: site, language: language, link: { path, fragment in
            base + PercentCoding.encodePath(path) + (fragment.map { "#" + $0 } ?? "")
        })
        let ui = UIStrings.strings(for: language.code)
        let stamp = { (date: PartialDate) in String(format: "%04d-%02d-%02dT00:00:00Z", date.year, date.month ?? 1, date.day ?? 1) }
        let events = site.data.timeline.sorted { ($0.date, $0.id) > ($1.date, $1.id) }
        let updated: String
        if let epoch = sourceDateEpoch {
            let formatter = ISO8601DateFormatter()
            formatter.formatOptions = [.withInternetDateTime]
            updated = formatter.string(from: Date(timeIntervalSince1970: TimeInterval(epoch)))
        } else {
            updated = events.first.map { stamp($0.date) } ?? "1970-01-01T00:00:00Z"
        }
        let siteTitle = site.config.title.text(language)
        var xml = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\(language.tag)">
        <title>\(XML.escape("\(ui["timelineTitle"] ?? "Timeline") · \(siteTitle)"))</title>
        <link rel="self" type="application/atom+xml" href="\(XML.escape(permalink(Page.path(key: "", language: language) + "feed.xml")))"/>
        <link rel="alternate" type="text/html" href="\(XML.escape(permalink(timelinePath)))"/>
        <id>\(XML.escape(permalink(timelinePath)))</id>
        <updated>\(updated)</updated>
        <author><name>\(XML.escape(siteTitle))</name></author>
        <generator>policysite</generator>

        """
        for event in events {
            let url = permalink(timelinePath) + "#event-" + event.id
            var content = "<p>\(html.timeRange(event.date, event.end))</p>\n"
            if event.body.shared != nil || !event.body.values.isEmpty { content += html.markdown(event.body) }
            if let source = html.sourceLink(event.source) { content += "<p>\(HTML.escape(ui["source"] ?? ""))\(ui["colon"] ?? ": ")\(source)</p>\n" }
            xml += "<entry>\n<title>\(XML.escape(event.title.text(language)))</title>\n"
            xml += "<link rel=\"alternate\" type=\"text/html\" href=\"\(XML.escape(url))\"/>\n<id>\(XML.escape(url))</id>\n"
            xml += "<published>\(stamp(event.date))</published>\n<updated>\(stamp(event.date))</updated>\n"
            for tag in event.tags {
                xml += "<category term=\"\(XML.escape(tag))\" label=\"\(XML.escape(site.data.tagLabel(tag, language: language)))\"/>\n"
            }
            xml += "<content type=\"html\">\(XML.escape(content))</content>\n</entry>\n"
        }
        return Data((xml + "</feed>\n").utf8)
    }
}
