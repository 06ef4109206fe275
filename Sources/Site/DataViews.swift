import Content
import Foundation
import Markdown
import Templates

/// The pages made from data: `/directives/<id>/`, `/compare/<id>/` and `/timeline/`.
extension Views {
    /// What every generated page shares: title, permalink, hreflang to its translations.
    func generated(key: String, language: Language, title: String, description: String? = nil) -> [String: Any] {
        let path = Page.path(key: key, language: language)
        var view = common(language, key: key, from: path)
        var page: [String: Any] = ["title": title, "fullTitle": "\(title) · \(site.config.title.text(language))", "permalink": permalink(path)]
        if let description, !description.isEmpty { page["description"] = description }
        view["page"] = page
        view["alternates"] = site.config.languages.map { ["tag": $0.tag, "permalink": permalink(Page.path(key: key, language: $0))] }
            + [["tag": "x-default", "permalink": permalink(Page.path(key: key, language: site.config.defaultLanguage))]]
        return view
    }

    func dataHTML(_ language: Language, from path: String) -> DataHTML {
        let urls = site.urls
        return DataHTML(site: site, language: language, link: { urls.url($0, from: path, fragment: $1) })
    }

    func directive(_ directive: Directive, language: Language) -> [String: Any] {
        let key = "directives/\(directive.id)"
        let path = Page.path(key: key, language: language)
        let html = dataHTML(language, from: path)
        var view = generated(key: key, language: language, title: directive.title.text(language))
        let others = site.config.languages.filter { $0 != language }.compactMap { other -> [String: Any]? in
            guard let title = directive.title[other.code], directive.title.shared == nil else { return nil }
            return ["tag": other.tag, "title": title]
        }
        var values: [String: Any] = [
            "otherTitles": others,
            "summary": html.markdown(directive.summary),
            "table": html.directiveTable(directive, footer: false),
            "csv": site.urls.url("directives/\(directive.id).csv", from: path),
            "json": site.urls.url("directives/\(directive.id).json", from: path),
            "csvName": "\(directive.id).csv", "jsonName": "\(directive.id).json",
        ]
        if let issued = directive.issued { values["issued"] = html.time(issued) }
        if !directive.issuers.isEmpty { values["issuers"] = html.termList(directive.issuers, ruby: true) }
        if let source = html.sourceLink(directive.source) { values["source"] = source }
        view["directive"] = values
        return view
    }

    func comparison(_ comparison: Comparison, language: Language) -> [String: Any] {
        let key = "compare/\(comparison.id)"
        var html = dataHTML(language, from: Page.path(key: key, language: language))
        html.headingLevel = 2
        var view = generated(key: key, language: language, title: comparison.title.text(language),
                             description: comparison.description.text(language))
        var values: [String: Any] = ["table": html.comparison(comparison, footer: false)]
        if let source = html.sourceLink(comparison.source) { values["source"] = source }
        view["comparison"] = values
        return view
    }

    func timeline(_ language: Language) -> [String: Any] {
        let path = Page.path(key: "timeline", language: language)
        var html = dataHTML(language, from: path)
        html.headingLevel = 2
        let ui = UIStrings.strings(for: language.code)
        var view = generated(key: "timeline", language: language, title: ui["timelineTitle"] ?? "Timeline")
        view["timeline"] = [
            "events": html.timeline(site.data.timeline, ids: true, axis: true),
            "feed": site.urls.url(Page.path(key: "", language: language) + "feed.xml", from: path),
            "json": site.urls.url("timeline.json", from: path),
            "tags": site.data.tags.map { ["id": $0, "label": site.data.tagLabel($0, language: language)] },
        ] as [String: Any]
        return view
    }

    /// The generated pages the home page lists beside the content's pages.
    func dataPages(_ language: Language, from path: String) -> [[String: Any]] {
        let ui = UIStrings.strings(for: language.code)
        var list: [[String: Any]] = site.data.directives.map {
            ["title": $0.title.text(language), "kind": ui["directiveLabel"] ?? "", "url": site.urls.url(Page.path(key: "directives/\($0.id)", language: language), from: path)]
        }
        list += site.data.comparisons.map {
            ["title": $0.title.text(language), "kind": ui["comparisonLabel"] ?? "", "url": site.urls.url(Page.path(key: "compare/\($0.id)", language: language), from: path)]
        }
        if !site.data.timeline.isEmpty {
            list.append(["title": ui["timelineTitle"] ?? "", "url": site.urls.url(Page.path(key: "timeline", language: language), from: path)])
        }
        if site.config.report {
            list.append(["title": ui["reportTitle"] ?? "", "url": site.urls.url(Page.path(key: "report", language: language), from: path)])
        }
        return list
    }
}
