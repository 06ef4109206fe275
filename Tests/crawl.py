#!/usr/bin/env python3
"""Crawl a built policysite site over HTTP and check every internal link. Run by Tests/nginx.sh.

Usage: crawl.py BASE_URL SITE_DIR [--name NAME]

BASE_URL is where SITE_DIR is served (http://127.0.0.1:PORT/explainer/). Starting at BASE_URL,
then robots.txt and the alias pages, fetches breadth first every URL found in href, src, srcset,
poster, data, action, meta refresh and style attributes, in <style> and in CSS url(...) and
@import, in the sitemap (<loc>, hrefs) and in Atom feeds (hrefs and the HTML of entries).
mailto:, tel:, javascript:, data: and URLs to other hosts are left alone. Checks:
  - every internal URL answers 200 (redirects are followed and listed), with a content type that
    fits its extension (html, css, js, json, xml, svg); sitemaps and feeds are well-formed XML;
  - no URL on the same host (or on localhost / loopback) points outside BASE_URL's path or at
    another port or scheme: the site must keep to its subpath;
  - every #fragment of a link to an HTML page names an id (or an <a name>) in that page;
  - every HTML page in SITE_DIR but 404.html files and alias pages (whose only job is a meta
    refresh) is reached from the home page by links a reader follows (<a href>, <area href>,
    meta refresh): canonical, hreflang, sitemap and feed links do not count for that;
  - under the directory of each 404.html, a missing page answers 404 with that file's bytes,
    and the links in it work from that depth.
Prints a summary line; exits 1 with a list of the failures if there are any. --verbose lists
every URL fetched.
"""
import argparse
import posixpath
import re
import sys
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET
from collections import deque
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import quote, unquote, urljoin, urlsplit, urlunsplit

IGNORED_SCHEMES = {"mailto", "tel", "javascript", "data", "sms", "urn"}
LOOPBACK_HOSTS = {"127.0.0.1", "localhost", "::1", "0.0.0.0"}
MAX_URLS = 5000
URL_ATTRS = {"href", "src", "poster", "data", "action", "cite", "background", "formaction"}
CSS_URL = re.compile(r"""url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"\s]*))\s*\)""")
CSS_IMPORT = re.compile(r"""@import\s+(?:"([^"]*)"|'([^']*)')""")
EXPECTED_TYPES = {  # extension → a string the Content-Type must contain
    ".html": "text/html", ".htm": "text/html", ".css": "text/css", ".js": "javascript",
    ".mjs": "javascript", ".json": "application/json", ".xml": "xml", ".svg": "image/svg+xml",
}
ATOM = "{http://www.w3.org/2005/Atom}"
MISSING = "policysite-crawl-missing/page/"
NAVIGATION = {"<a href>", "<area href>", "<meta refresh>"}  # the links that make a page reachable


class Page(HTMLParser):
    """Collects the URLs of one HTML document, its ids and names, and whether it is a redirect."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.urls = []            # (raw URL, where: "a href", …)
        self.ids = set()
        self.refresh = None       # the URL of a <meta http-equiv=refresh>, if any
        self.base = None
        self._style = False

    def handle_starttag(self, tag, attrs):
        a = {k.lower(): (v or "") for k, v in attrs}
        if "id" in a:
            self.ids.add(a["id"])
        if tag in ("a", "map", "img", "form", "iframe", "object") and a.get("name"):
            self.ids.add(a["name"])
        if tag == "base" and a.get("href") and self.base is None:
            self.base = a["href"].strip()
            return
        for k, v in a.items():
            if k in URL_ATTRS and v.strip():
                self.urls.append((v.strip(), f"<{tag} {k}>"))
            elif k in ("srcset", "imagesrcset"):
                for candidate in v.split(","):
                    parts = candidate.split()
                    if parts:
                        self.urls.append((parts[0], f"<{tag} {k}>"))
            elif k == "style":
                self.urls.extend((u, f"<{tag} style>") for u in css_urls(v))
        if tag == "meta" and a.get("http-equiv", "").lower() == "refresh":
            m = re.search(r"url\s*=\s*['\"]?([^'\"]*)", a.get("content", ""), re.I)
            self.refresh = m.group(1).strip() if m else ""
            if self.refresh:
                self.urls.append((self.refresh, "<meta refresh>"))
        if tag == "style":
            self._style = True

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag):
        if tag == "style":
            self._style = False

    def handle_data(self, data):
        if self._style:
            self.urls.extend((u, "<style>") for u in css_urls(data))


def css_urls(text):
    out = []
    for pattern in (CSS_URL, CSS_IMPORT):
        for m in pattern.finditer(text):
            u = next((g for g in m.groups() if g is not None), "").strip()
            if u:
                out.append(u)
    return out


def parse_html(body):
    p = Page()
    p.feed(body.decode("utf-8", "replace"))
    p.close()
    return p


def xml_urls(body):
    """URLs in a sitemap or an Atom feed: <loc>, every href, and links in HTML entry content."""
    out = []
    try:
        root = ET.fromstring(body)
    except ET.ParseError as e:
        return None, str(e)
    for el in root.iter():
        if el.tag.endswith("}loc") or el.tag == "loc":
            out.append(((el.text or "").strip(), "<loc>"))
        if "href" in el.attrib:
            out.append((el.attrib["href"].strip(), f"<{el.tag.split('}')[-1]} href>"))
        if el.tag == ATOM + "content" and el.attrib.get("type") in ("html", "xhtml"):
            if el.attrib["type"] == "html":
                inner = parse_html((el.text or "").encode("utf-8"))
                out.extend((u, "feed entry " + w) for u, w in inner.urls)
    return out, None


def normalize_path(path):
    """Percent-encode what must be (non-ASCII, spaces) and leave the rest, so one resource has one key."""
    return quote(unquote(path), safe="/:@!$&'()*+,;=-._~")


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None


OPENER = urllib.request.build_opener(NoRedirect)


def get(url):
    """GET without following redirects: (status, headers, body); status 0 when the request failed."""
    try:
        with OPENER.open(urllib.request.Request(url, headers={"User-Agent": "policysite-crawl"}), timeout=15) as r:
            return r.status, r.headers, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.headers, e.read()
    except (urllib.error.URLError, OSError) as e:
        return 0, {}, str(e).encode()


class Crawl:
    def __init__(self, base, site):
        self.base = base
        b = urlsplit(base)
        self.origin = (b.scheme, b.netloc)
        self.host = b.hostname
        self.prefix = b.path if b.path.endswith("/") else b.path + "/"
        self.site = site
        self.results = {}       # key → dict(status, final, type, ids, redirects, kind)
        self.refs = []          # (source, raw, key, fragment, where)
        self.failures = []
        self.external = set()
        self.queue = deque()
        self.seeds = []
        self.anchors = 0        # fragment references checked

    # -- URLs ----------------------------------------------------------------------------------
    def classify(self, url):
        """('internal', key, fragment) | ('ignore', None, None) | ('outside', reason, None)."""
        s = urlsplit(url)
        scheme = s.scheme.lower()
        if scheme in IGNORED_SCHEMES:
            return "ignore", None, None
        if scheme not in ("http", "https"):
            return "outside", f"unexpected scheme {scheme!r}", None
        host = (s.hostname or "").lower()
        if host != self.host and host not in LOOPBACK_HOSTS:
            self.external.add(url)
            return "ignore", None, None
        if (scheme, s.netloc) != self.origin:
            return "outside", f"another origin than {self.origin[0]}://{self.origin[1]}", None
        path = normalize_path(s.path or "/")
        if not (path + "/").startswith(self.prefix):
            return "outside", f"outside the site's path {self.prefix}", None
        key = urlunsplit((scheme, s.netloc, path, s.query, ""))
        return "internal", key, s.fragment

    def add_ref(self, source, raw, where, base=None):
        url = urljoin(base or source, raw)
        kind, key, frag = self.classify(url)
        if kind == "ignore":
            return
        if kind == "outside":
            self.failures.append(f"outside the site: {raw} ({where} in {source}): {key}")
            return
        self.refs.append((source, raw, key, frag, where))
        self.queue.append(key)

    def file_of(self, key):
        """The file under SITE_DIR that a URL maps to (directory URLs → index.html), or None."""
        path = unquote(urlsplit(key).path)
        if not (path + "/").startswith(self.prefix):
            return None
        rel = path[len(self.prefix):]
        if rel == "" or rel.endswith("/"):
            rel += "index.html"
        rel = posixpath.normpath(rel)
        return None if rel.startswith("..") else rel

    # -- fetching ------------------------------------------------------------------------------
    def fetch(self, key):
        redirects, url = [], key
        for _ in range(10):
            status, headers, body = get(url)
            if status in (301, 302, 303, 307, 308) and headers.get("Location"):
                target = urljoin(url, headers["Location"])
                kind, nxt, _ = self.classify(target)
                redirects.append(f"{url} → {status} {target}")
                if kind != "internal":
                    self.failures.append(f"redirect out of the site: {url} → {target}")
                    break
                url = nxt
                continue
            break
        ctype = headers.get("Content-Type", "") if headers else ""
        res = {"status": status, "final": url, "type": ctype, "ids": None, "redirects": redirects,
               "kind": "asset"}
        self.results[key] = res
        if status != 200:
            return
        path = urlsplit(url).path
        ext = posixpath.splitext(path)[1].lower() if not path.endswith("/") else ".html"
        want = EXPECTED_TYPES.get(ext)
        if want and want not in ctype.lower():
            self.failures.append(f"content type: {url} is served as {ctype or 'nothing'!r}, wanted {want}")
        if "text/html" in ctype:
            res["kind"] = "page"
            page = parse_html(body)
            res["ids"] = page.ids
            base = urljoin(url, page.base) if page.base else None
            for raw, where in page.urls:
                self.add_ref(url, raw, where, base)
        elif "text/css" in ctype:
            for raw in css_urls(body.decode("utf-8", "replace")):
                self.add_ref(url, raw, "css url()")
        elif "xml" in ctype:
            urls, err = xml_urls(body)
            if err:
                self.failures.append(f"malformed XML: {url}: {err}")
            for raw, where in urls or []:
                self.add_ref(url, raw, where)
        elif path.endswith("/robots.txt"):
            for line in body.decode("utf-8", "replace").splitlines():
                if line.lower().startswith("sitemap:"):
                    self.add_ref(url, line.split(":", 1)[1].strip(), "robots.txt Sitemap")

    def run_queue(self):
        while self.queue:
            key = self.queue.popleft()
            if key in self.results:
                continue
            if len(self.results) >= MAX_URLS:
                self.failures.append(f"stopped after {MAX_URLS} URLs")
                self.queue.clear()
                return
            self.fetch(key)

    def reachable(self, home):
        """Keys reached from the home page by what a reader follows: <a>, <area>, meta refresh."""
        nav = {}
        for source, _, key, _, where in self.refs:
            if where in NAVIGATION:
                nav.setdefault(source, []).append(key)
        seen, todo = {home}, deque([home])
        while todo:
            res = self.results.get(todo.popleft())
            if res is None or res["status"] != 200 or res["kind"] != "page":
                continue
            for key in nav.get(res["final"], []):
                if key not in seen:
                    seen.add(key)
                    todo.append(key)
        return seen

    # -- the whole check -----------------------------------------------------------------------
    def run(self):
        # What is on disk: pages that must be reached, aliases, 404 pages.
        pages, aliases, not_found = [], [], []
        for f in sorted(self.site.rglob("*.html")):
            rel = f.relative_to(self.site).as_posix()
            if f.name == "404.html":
                not_found.append(rel)
            elif parse_html(f.read_bytes()).refresh is not None:
                aliases.append(rel)
            else:
                pages.append(rel)

        # The home page, then robots.txt (→ the sitemap) and the aliases: every URL they lead to.
        home = self.classify(self.base)[1]
        self.seeds = [home, self.classify(self.base + "robots.txt")[1]]
        self.seeds += [self.classify(self.url_of(rel))[1] for rel in aliases]
        self.queue.extend(self.seeds)
        self.run_queue()
        for rel in not_found:
            self.check_404(rel)
        self.run_queue()

        reached = self.reachable(home)
        reached_files = {self.file_of(self.results[k]["final"]) for k in reached
                         if k in self.results and self.results[k]["status"] == 200}
        unreached = [p for p in pages if p not in reached_files]

        # Every reference: the target answers 200, the fragment exists.
        broken = {}
        for source, raw, key, frag, where in self.refs:
            res = self.results.get(key)
            if res is None:
                continue
            if res["kind"] == "404" and key == source:
                pass  # a link inside the 404 page to itself (#main): only its fragment counts
            elif res["status"] != 200:
                broken.setdefault(key, (res["status"], []))[1].append(f"{where} in {source}")
                continue
            if frag and res["ids"] is not None and frag != "top":
                self.anchors += 1
                if frag not in res["ids"] and unquote(frag) not in res["ids"]:
                    self.failures.append(f"missing anchor: {raw} ({where} in {source}): "
                                         f"{res['final']} has no id {unquote(frag)!r}")
        for key in self.seeds:
            if key not in broken and self.results[key]["status"] != 200:
                broken[key] = (self.results[key]["status"], ["the crawl's start"])
        for key, (status, sources) in sorted(broken.items()):
            more = f" and {len(sources) - 3} more" if len(sources) > 3 else ""
            self.failures.append(f"broken: {key} answers {status or 'no response'}, linked from "
                                 + "; ".join(sources[:3]) + more)
        for rel in unreached:
            self.failures.append(f"unreached: {rel} ({self.url_of(rel)}): no chain of links "
                                 "(<a href>, <area href>, meta refresh) leads to it from the home page")

        self.reached = reached
        redirects = [r for res in self.results.values() for r in res["redirects"]]
        fetched = [r for r in self.results.values() if r["kind"] != "404"]
        n_pages = sum(1 for r in fetched if r["kind"] == "page")
        on_disk = {p.relative_to(self.site).as_posix() for p in self.site.rglob("*") if p.is_file()}
        fetched_files = {self.file_of(r["final"]) for r in fetched if r["status"] == 200}
        unlinked = sorted(f for f in on_disk - fetched_files if f not in not_found)
        return {
            "urls": len(fetched), "pages": n_pages, "assets": len(fetched) - n_pages,
            "broken": len(broken), "unreached": unreached, "redirects": redirects,
            "unlinked": unlinked, "disk_pages": len(pages), "aliases": len(aliases),
            "not_found": len(not_found),
        }

    def url_of(self, rel):
        url = self.base + quote(rel)
        return url[: -len("index.html")] if url.endswith("/index.html") or rel == "index.html" else url

    def check_404(self, rel):
        """A missing page under 404.html's directory gets status 404 and that file's bytes."""
        directory = posixpath.dirname(rel)
        url = self.base + (directory + "/" if directory else "") + MISSING
        status, headers, body = get(url)
        want = (self.site / rel).read_bytes()
        if status != 404:
            self.failures.append(f"404 page: {url} answers {status or 'no response'}, wanted 404")
        elif body != want:
            self.failures.append(f"404 page: {url} answers 404 but not with the bytes of {rel}")
        elif "text/html" not in (headers.get("Content-Type", "") if headers else ""):
            self.failures.append(f"404 page: {url} is served as {headers.get('Content-Type')!r}")
        else:
            page = parse_html(body)  # its links must work from any depth
            for raw, where in page.urls:
                self.add_ref(url, raw, f"{where} of {rel} served at")
            self.results.setdefault(url, {"status": 404, "final": url, "type": "text/html",
                                          "ids": page.ids, "redirects": [], "kind": "404"})


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("base_url")
    ap.add_argument("site_dir")
    ap.add_argument("--name", default="")
    ap.add_argument("--verbose", action="store_true", help="list every URL fetched")
    args = ap.parse_args()
    base = args.base_url if args.base_url.endswith("/") else args.base_url + "/"
    site = Path(args.site_dir)
    if not (site / "index.html").is_file():
        sys.exit(f"crawl: {site} has no index.html")
    c = Crawl(base, site)
    s = c.run()
    label = f"crawl {args.name}" if args.name else "crawl"
    urls, assets = s["urls"], s["assets"]
    if args.verbose:
        for key, r in c.results.items():
            print(f"  {r['status']} {r['kind']:5} {'reached' if key in c.reached else '       '} {key} [{r['type']}]")
    for r in s["redirects"]:
        print(f"  redirect: {r}")
    if s["unlinked"]:
        print(f"  files not linked from anywhere (not a failure): {', '.join(s['unlinked'])}")
    def n(count, word):
        return f"{count} {word}" + ("" if count == 1 else "s")
    reach = "every page reached" if not s["unreached"] else f"{n(len(s['unreached']), 'page')} unreached"
    reached = s["disk_pages"] - len(s["unreached"])
    print(f"{label}: {urls} URLs ({n(s['pages'], 'page')}, {n(assets, 'asset')}), {s['broken']} broken, "
          f"{reach} ({reached} of {s['disk_pages']} HTML pages on disk; also checked: "
          f"{n(s['aliases'], 'alias page')}, {n(s['not_found'], '404 page')}, {n(c.anchors, '#fragment')}; "
          f"{n(len(s['redirects']), 'redirect')}; {n(len(c.external), 'external URL')} not fetched)")
    failures = list(dict.fromkeys(c.failures))  # each once, in the order found
    if failures:
        print(f"{label}: {n(len(failures), 'failure')}:")
        for f in failures:
            print(f"  {f}")
        sys.exit(1)


if __name__ == "__main__":
    main()
