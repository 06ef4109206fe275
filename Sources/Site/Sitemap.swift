import Content
import Foundation

/// `sitemap.xml` with hreflang alternates, and `robots.txt` pointing at it.
enum Sitemap {
    static func xml(_ site: ResolvedSite) -> String {
        var out = """
        <?xml version="1.0" encoding="UTF-8"?>
        <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">

        """
        let link: @Sendable (String) -> String = { path in XML.escape(site.config.baseURL + PercentCoding.encodePath(path)) }
        // Each page's entry on any core, in chunks, then joined in order.
        let pages = site.pages.filter { $0.fallbackFrom == nil }
        let chunk = 512, chunks = (pages.count + chunk - 1) / chunk
        let parts = ResultSlots<String>(count: chunks)
        DispatchQueue.concurrentPerform(iterations: chunks) { c in
            var part = ""
            for page in pages[(c * chunk)..<min(pages.count, (c + 1) * chunk)] {
                part += "<url>\n<loc>\(link(page.path))</loc>\n"
                if let date = page.frontMatter.date.flatMap(PartialDate.init), date.day != nil {
                    part += "<lastmod>\(date)</lastmod>\n"
                }
                let languages = site.languagesByKey[page.key] ?? []
                if languages.count > 1 {
                    for language in languages {
                        part += "<xhtml:link rel=\"alternate\" hreflang=\"\(language.tag)\" href=\"\(link(Page.path(key: page.key, language: language)))\"/>\n"
                    }
                    part += "<xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"\(link(Page.path(key: page.key, language: languages[0])))\"/>\n"
                }
                part += "</url>\n"
            }
            parts[c] = part
        }
        for part in parts.values { out += part ?? "" }
        for key in site.generatedKeys {
            for language in site.config.languages {
                out += "<url>\n<loc>\(link(Page.path(key: key, language: language)))</loc>\n"
                for other in site.config.languages {
                    out += "<xhtml:link rel=\"alternate\" hreflang=\"\(other.tag)\" href=\"\(link(Page.path(key: key, language: other)))\"/>\n"
                }
                out += "<xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"\(link(Page.path(key: key, language: site.config.defaultLanguage)))\"/>\n"
                out += "</url>\n"
            }
        }
        return out + "</urlset>\n"
    }

    static func robots(_ site: ResolvedSite) -> String {
        "User-agent: *\nAllow: /\nSitemap: \(site.config.baseURL)sitemap.xml\n"
    }
}

enum XML {
    /// `& < > "` escaped, in one pass; most text has none of them.
    static func escape(_ s: String) -> String {
        guard s.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 }) else { return s }
        var out = ""
        out.reserveCapacity(s.utf8.count + 16)
        for scalar in s.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
