import Content
import Foundation
import Markdown
import Templates

/// Builds the values templates see. Keys that have no value are left out, so that
/// `{{#key}}` sections do not render for them.
struct Views: Sendable {
    let site: ResolvedSite
    let theme: Theme
    let documents: [String: RenderedDocument]
    /// Per language code: the values every page of the language shares (site, lang, ui).
    let shared: [String: [String: TemplateValue]]
    /// The preview server's report sections from earlier builds, and the site-wide key they must share.
    var reportMemo: (ReportMemo, UInt64)? = nil
    /// ResolvedSite.knownPaths, when the renderer has it already.
    var known: Set<String>? = nil

    init(site: ResolvedSite, theme: Theme, documents: [String: RenderedDocument]) {
        self.site = site
        self.theme = theme
        self.documents = documents
        var shared: [String: [String: TemplateValue]] = [:]
        for language in site.config.languages {
            shared[language.code] = [
                "site": ["title": .text(site.config.title.text(language)), "description": .text(site.config.description.text(language))],
                "lang": ["code": .text(language.code), "tag": .text(language.tag)],
                "ui": .strings(UIStrings.strings(for: language.code)),
            ]
        }
        self.shared = shared
        // The menu's items are the same on every page of a language but for `current` (with
        // site-absolute URLs; page-relative ones differ by page and are made per page).
        var menus: [String: (keys: [String], items: [TemplateValue])] = [:]
        if !site.config.relativeURLs {
            for language in site.config.languages {
                let pages = site.index.menu[language.code] ?? []
                menus[language.code] = (pages.map(\.key), pages.map { page in
                    ["title": .text(page.frontMatter.linkTitle ?? page.frontMatter.title), "url": .text(site.urls.url(page.path, from: nil)),
                     "current": false]
                })
            }
        }
        self.menus = menus
    }

    private let menus: [String: (keys: [String], items: [TemplateValue])]

    private func menuItems(_ language: Language, key: String?, url: (String) -> TemplateValue) -> [TemplateValue] {
        if let menu = menus[language.code] {
            var items = menu.items
            if let key, let i = menu.keys.firstIndex(of: key), case .object(var item) = items[i] {
                item["current"] = true
                items[i] = .object(item)
            }
            return items
        }
        return menuPages(language).map { page in
            ["title": .text(page.frontMatter.linkTitle ?? page.frontMatter.title), "url": url(page.path), "current": .bool(page.key == key)]
        }
    }

    func permalink(_ path: String) -> String {
        site.config.baseURL + PercentCoding.encodePath(path)
    }

    /// What every template gets: site, language, UI strings, assets, menu and switcher.
    /// `from` is the path of the page being rendered; nil for pages served at any depth.
    func common(_ language: Language, key: String?, from: String?) -> [String: Any] {
        let url = { (path: String) in TemplateValue.text(site.urls.url(path, from: from)) }
        let ui = UIStrings.strings(for: language.code)
        var menu = menuItems(language, key: key, url: url)
        if !site.data.timeline.isEmpty {
            menu.append(["title": .text(ui["timelineTitle"] ?? "Timeline"), "url": url(Page.path(key: "timeline", language: language)),
                         "current": .bool(key == "timeline")])
        }
        if !site.glossary.terms.isEmpty {
            menu.append(["title": .text(ui["glossaryTitle"] ?? "Glossary"), "url": url(Page.path(key: "glossary", language: language)),
                         "current": .bool(key == "glossary")])
        }
        let languages: [TemplateValue] = site.config.languages.map { other in
            let generated = key.map { site.generatedPages.contains(Page.path(key: $0, language: other)) } ?? false
            // Every page key is in every language (a fallback stands in for a missing translation).
            let target = generated || key.map({ site.languagesByKey[$0] != nil }) == true ? Page.path(key: key!, language: other)
                : Page.path(key: "", language: other)
            return ["name": .text(UIStrings.strings(for: other.code)["languageName"] ?? other.code), "tag": .text(other.tag),
                    "url": url(target), "current": .bool(other == language)]
        }
        var view: [String: Any] = shared[language.code] ?? [:]
        view["home"] = url(Page.path(key: "", language: language))
        view["assets"] = ["css": url(theme.stylesheet), "js": url(theme.script)] as TemplateValue
        view["menu"] = TemplateValue.list(menu)
        view["languages"] = TemplateValue.list(languages)
        if site.config.report { view["report"] = url(Page.path(key: "report", language: language)) }
        if !site.data.timeline.isEmpty { view["feed"] = url(Page.path(key: "", language: language) + "feed.xml") }
        return view
    }

    func page(_ page: Page) -> [String: Any] {
        var view = common(page.language, key: page.key, from: page.path)
        let ui = UIStrings.strings(for: page.language.code)
        let document = documents[page.path] ?? documents[page.file]
        let siteTitle = site.config.title.text(page.language)
        var values: [String: TemplateValue] = [
            "title": .text(page.frontMatter.title),
            "fullTitle": .text(page.isHome ? siteTitle : "\(page.frontMatter.title) · \(siteTitle)"),
            "content": .text(document?.html ?? ""),
            "permalink": .text(permalink(page.fallbackFrom.map { Page.path(key: page.key, language: $0) } ?? page.path)),
        ]
        if let description = page.frontMatter.description { values["description"] = .text(description) }
        if let date = page.frontMatter.date.flatMap(PartialDate.init) {
            values["date"] = .text(date.description)
            values["dateText"] = .text(DateText.format(date, language: page.textLanguage))
        }
        if let minutes = document?.readingTime.minutes, minutes > 0 {
            values["readingTimeText"] = .text(String(format: ui["readingTime"] ?? "%d min", minutes))
        }
        let toc = (document?.headings ?? []).filter { (2...3).contains($0.level) && !$0.id.isEmpty }
        if toc.count >= 2 {
            values["hasToc"] = true
            values["toc"] = .list(toc.map { ["level": .text(String($0.level)), "id": .text($0.id), "text": .text($0.text)] })
        }
        if let original = page.fallbackFrom {
            values["textLang"] = .text(original.tag)
            values["fallbackNotice"] = .text(ui["fallbackNotice"])
        }
        view["page"] = TemplateValue.object(values)
        view["alternates"] = alternates(page)
        if page.isHome {
            let list = listedPages(page.language).map { other -> [String: Any] in
                var item: [String: Any] = ["title": other.frontMatter.title, "url": site.urls.url(other.path, from: page.path)]
                if let description = other.frontMatter.description { item["description"] = description }
                return item
            }
            view["pages"] = list
            view["hasPages"] = !list.isEmpty
            let data = dataPages(page.language, from: page.path)
            view["dataPages"] = data
            view["hasDataPages"] = data.count > 1
        }
        return view
    }

    /// hreflang links: every real translation, and x-default for the default language.
    func alternates(_ page: Page) -> [[String: Any]] {
        let languages = site.languagesByKey[page.key] ?? []
        guard languages.count > 1 else { return [] }
        var list: [[String: Any]] = languages.map {
            ["tag": $0.tag, "permalink": permalink(Page.path(key: page.key, language: $0))]
        }
        if let first = languages.first {
            list.append(["tag": "x-default", "permalink": permalink(Page.path(key: page.key, language: first))])
        }
        return list
    }

    func notFound(_ language: Language) -> [String: Any] {
        var view = common(language, key: nil, from: nil)
        let url = { (path: String) in site.urls.url(path, from: nil) }
        let ui = UIStrings.strings(for: language.code)
        view["page"] = ["title": ui["notFoundTitle"] ?? "", "fullTitle": "\(ui["notFoundTitle"] ?? "") · \(site.config.title.text(language))"]
        view["homes"] = site.config.languages.map { other -> [String: Any] in
            ["tag": other.tag, "url": url(Page.path(key: "", language: other)),
             "text": UIStrings.strings(for: other.code)["homeLink"] ?? other.code]
        }
        return view
    }

    func alias(for page: Page, at aliasPath: String) -> [String: Any] {
        ["lang": ["tag": page.language.tag], "page": ["title": page.frontMatter.title],
         "target": site.urls.url(page.path, from: aliasPath), "permalink": permalink(page.path)]
    }

    /// Pages with a `weight` appear in the main navigation, lightest first.
    func menuPages(_ language: Language) -> [Page] { site.index.menu[language.code] ?? [] }

    /// The home page lists every other page: weighted ones first, then by title.
    func listedPages(_ language: Language) -> [Page] { site.index.listed[language.code] ?? [] }
}

/// Dates as readers write them: `5 August 2025`, `2025年8月5日`.
enum DateText {
    static let months = ["January", "February", "March", "April", "May", "June", "July", "August",
                         "September", "October", "November", "December"]

    static func format(_ date: PartialDate, language: Language) -> String {
        if language.code == "zh" {
            var text = "\(date.year)年"
            if let month = date.month { text += "\(month)月" }
            if let day = date.day { text += "\(day)日" }
            return text
        }
        switch (date.month, date.day) {
        case let (month?, day?): return "\(day) \(months[month - 1]) \(date.year)"
        case let (month?, nil): return "\(months[month - 1]) \(date.year)"
        default: return "\(date.year)"
        }
    }

    /// A range's two ends and what goes between them, leaving out what the ends share:
    /// `10`–`11 December 2025`, `2025年12月10日`至`11日`.
    static func range(_ start: PartialDate, _ end: PartialDate, language: Language) -> (String, String, String) {
        let full = (format(start, language: language), format(end, language: language))
        let sameYear = start.year == end.year, sameMonth = sameYear && start.month != nil && start.month == end.month
        if language.code == "zh" {
            guard sameYear, start.month != nil, end.month != nil else { return (full.0, full.1, "至") }
            var second = sameMonth ? "" : "\(end.month!)月"
            if let day = end.day { second += "\(day)日" }
            return (full.0, second.isEmpty ? full.1 : second, "至")
        }
        guard sameYear, let startMonth = start.month, end.month != nil else { return (full.0, full.1, " – ") }
        if sameMonth, let day = start.day, end.day != nil { return ("\(day)", full.1, "–") }
        if let day = start.day, end.day != nil { return ("\(day) \(months[startMonth - 1])", full.1, " – ") }
        if start.day == nil, end.day == nil { return (months[startMonth - 1], full.1, "–") }
        return (full.0, full.1, " – ")
    }
}
