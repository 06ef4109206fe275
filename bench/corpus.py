#!/usr/bin/env python3
"""Deterministic benchmark corpus for policysite, and the same corpus as a Hugo site.

    python3 bench/corpus.py N OUT [--seed S]

writes

    OUT/policysite/   a policysite site: content/site.yml (en + zh), N English pages and their
                      N Chinese translations (name.md + name.zh.md) in nested sections, a home
                      page per language, data/glossary.yml (500 terms), data/timeline.yml
                      (200 events), data/tags.yml
    OUT/hugo/         the same site for Hugo 0.111: hugo.toml, the same page bodies (term: links
                      rewritten to links to the glossary page's anchors, since Hugo has no term
                      links), the same data files, a minimal comparable layout
    OUT/markdown/     the 2N page bodies alone (no front matter), for a cmark-gfm floor
    OUT/corpus.json   what was generated (N, seed, page and byte counts)

Each page is about 4 KB of Markdown: front matter, headings, paragraphs of generated English or
Simplified Chinese, a GFM table, a list, a code block, two footnotes, links to other pages of the
corpus (relative to the source file, some with an anchor, and site-absolute ones), a link to a
heading of the same page and glossary term links. All links resolve: policysite checks them.

Only the Python 3 standard library; the same N and seed give the same bytes.
"""
import json
import os
import random
import re
import shutil
import sys

SEED = 20250805

# Glossary terms: a modifier word and a head word, both real two-character Chinese words, so
# every term is a real (if sometimes bureaucratic) Chinese compound with a known reading. The
# pinyin is one word per Chinese word. policysite's pinyin checker passes all of them.
MODIFIERS = [
    ("金融", "jīnróng", "financial"), ("科技", "kējì", "technology"),
    ("产业", "chǎnyè", "industry"), ("工业", "gōngyè", "industrial"),
    ("农村", "nóngcūn", "rural"), ("城市", "chéngshì", "urban"),
    ("数字", "shùzì", "digital"), ("绿色", "lǜsè", "green"),
    ("创新", "chuàngxīn", "innovation"), ("区域", "qūyù", "regional"),
    ("国家", "guójiā", "national"), ("地方", "dìfāng", "local"),
    ("能源", "néngyuán", "energy"), ("交通", "jiāotōng", "transport"),
    ("教育", "jiàoyù", "education"), ("医疗", "yīliáo", "healthcare"),
    ("住房", "zhùfáng", "housing"), ("消费", "xiāofèi", "consumption"),
    ("外贸", "wàimào", "foreign trade"), ("海洋", "hǎiyáng", "marine"),
    ("文化", "wénhuà", "cultural"), ("环境", "huánjìng", "environmental"),
    ("资本", "zīběn", "capital"), ("信用", "xìnyòng", "credit"),
    ("土地", "tǔdì", "land"), ("人才", "réncái", "talent"),
    ("网络", "wǎngluò", "network"), ("农业", "nóngyè", "agricultural"),
    ("制造", "zhìzào", "manufacturing"), ("服务", "fúwù", "services"),
    ("社会", "shèhuì", "social"), ("生态", "shēngtài", "ecological"),
    ("安全", "ānquán", "safety"), ("人口", "rénkǒu", "population"),
]
HEADS = [
    ("政策", "zhèngcè", "policy", "concept"), ("市场", "shìchǎng", "market", "concept"),
    ("体系", "tǐxì", "system", "concept"), ("改革", "gǎigé", "reform", "program"),
    ("规划", "guīhuà", "plan", "program"), ("基金", "jījīn", "fund", "instrument"),
    ("平台", "píngtái", "platform", "institution"), ("标准", "biāozhǔn", "standards", "concept"),
    ("项目", "xiàngmù", "projects", "program"), ("试点", "shìdiǎn", "pilot", "program"),
    ("机制", "jīzhì", "mechanism", "instrument"), ("指数", "zhǐshù", "index", "instrument"),
    ("监管", "jiānguǎn", "regulation", "concept"), ("战略", "zhànlüè", "strategy", "program"),
    ("补贴", "bǔtiē", "subsidies", "instrument"), ("保险", "bǎoxiǎn", "insurance", "instrument"),
    ("统计", "tǒngjì", "statistics", "concept"), ("法规", "fǎguī", "rules", "concept"),
    ("工程", "gōngchéng", "programme", "program"), ("园区", "yuánqū", "park", "place"),
    ("能力", "nénglì", "capacity", "concept"), ("结构", "jiégòu", "structure", "concept"),
    ("投资", "tóuzī", "investment", "instrument"), ("联盟", "liánméng", "alliance", "institution"),
]
GLOSSARY_SIZE = 500
TIMELINE_SIZE = 200

SECTIONS = [
    "policies", "policies/monetary", "policies/fiscal", "industry", "industry/manufacturing",
    "industry/manufacturing/materials", "regions", "regions/east", "regions/west", "finance",
]
TAGS = [
    ("monetary-policy", "Monetary policy", "货币政策"), ("fiscal-policy", "Fiscal policy", "财政政策"),
    ("industrial-policy", "Industrial policy", "产业政策"), ("innovation", "Innovation", "科技创新"),
    ("macro-policy", "Macro policy", "宏观政策"), ("sme-finance", "SME finance", "中小企业融资"),
    ("regional-policy", "Regional policy", "区域政策"), ("green-transition", "Green transition", "绿色转型"),
]

# Headings every page has, so links to another page's heading are known to be valid.
HEADINGS_EN = [("Background", "background"), ("Measures and instruments", "measures-and-instruments"),
               ("Implementation", "implementation"), ("Risks", "risks"), ("Outlook", "outlook")]
HEADINGS_ZH = [("背景", "背景"), ("措施与工具", "措施与工具"), ("实施情况", "实施情况"),
               ("风险", "风险"), ("展望", "展望")]

EN_SENTENCES = [
    "The {a} is one of the main levers of the {b}, and local governments are asked to carry it out in full.",
    "Since {y}, the {a} has advanced steadily and the {b} has made visible progress.",
    "Officials describe the {a} and the {b} as two halves of the same effort to steady growth.",
    "Official figures show the {a} growing by {p} percent year on year, {q} points faster than the year before.",
    "Each province is expected to adapt the {a} to local conditions instead of applying one rule everywhere.",
    "Working together, the {a} and the {b} are meant to support high-quality development.",
    "In the next stage, the departments concerned will improve the {a} and give more support to the {b}.",
    "By the end of {y}, a cumulative {m} billion yuan had gone into the {a}.",
    "Analysts argue that the key to the {a} is getting the balance between the state and the market right.",
    "In the field of the {b}, the {a} has served as a model that others are told to follow.",
    "Coordination of the {a} is to be strengthened so that the different measures pull in one direction.",
    "The {a} now covers {k} provinces and reaches more than {m} firms.",
    "By refining the {a}, regulators expect the {b} to become more efficient and less costly.",
    "The document sets the goal of a basic {a} in place by {y}.",
    "At the same time, the risks around the {a} must be handled prudently so that no systemic risk arises.",
    "The measure is meant to stabilize expectations and strengthen the confidence of businesses.",
    "International experience suggests that the {a} usually takes years to show results.",
    "The results of the {a} will be evaluated regularly and adjusted where the evaluation calls for it.",
    "The approach starts from concrete problems and focuses on the weak links in the {b}.",
    "A larger role for the {a} should steer more resources toward the {b}.",
    "Critics note that the {a} still depends heavily on bank lending and on land as collateral.",
    "Pilot cities that tried the {a} early report shorter approval times and lower financing costs.",
    "The commentary stresses that the {a} only works when the {b} is reformed at the same time.",
    "A review in {y} found that {p} percent of the funds reached the intended recipients.",
]
ZH_SENTENCES = [
    "{a}是推动{b}的重要抓手，各地区各部门要切实抓好落实。",
    "{y}年以来，{a}稳步推进，{b}取得积极进展。",
    "要坚持稳中求进工作总基调，统筹推进{a}和{b}。",
    "数据显示，{a}规模同比增长{p}%，增速比上年提高{q}个百分点。",
    "各地要结合实际，因地制宜完善{a}，防止简单化、一刀切。",
    "{a}与{b}协同发力，为经济高质量发展提供有力支撑。",
    "下一步，有关部门将进一步健全{a}，加大对{b}的支持力度。",
    "截至{y}年末，{a}累计投入资金{m}亿元。",
    "专家认为，{a}的关键在于处理好政府与市场的关系。",
    "在{b}领域，{a}发挥了引领和示范作用。",
    "要加强{a}的统筹协调，推动各项政策形成合力。",
    "{a}已覆盖{k}个省份，惠及企业超过{m}家。",
    "通过完善{a}，{b}的效率明显提升，成本有所下降。",
    "文件明确提出，到{y}年基本建成{a}。",
    "同时，要守住不发生系统性风险的底线，稳妥处置与{a}相关的风险。",
    "这一举措有助于稳定市场预期，增强经营主体信心。",
    "从国际经验看，{a}往往需要较长时间才能见效。",
    "{a}的实施效果将定期评估，并根据评估结果适时调整。",
    "坚持问题导向，聚焦{b}中的突出矛盾和薄弱环节。",
    "要更好发挥{a}的作用，引导更多资源流向{b}。",
    "也有观点指出，{a}仍然较多依赖银行贷款和土地抵押。",
    "较早开展{a}的试点城市反映，审批时间缩短，融资成本下降。",
    "评论文章强调，只有同步推进{b}，{a}才能取得实效。",
    "{y}年的一项评估发现，{p}%的资金到达了预定对象。",
]
EN_NOTES = ["Figures as reported by the issuing departments; they are not audited.",
            "The commentary gives no source for this number.",
            "Provincial implementation rules differ in detail.",
            "Quoted from the official English translation where one exists."]
ZH_NOTES = ["数据来自发文部门公布的材料，未经审计。", "评论文章未说明这一数字的出处。",
            "各省的实施细则在具体规定上有所不同。", "引文以官方发布的文本为准。"]
EN_TITLE_FORMS = ["The {a} in practice", "How the {a} supports the {b}", "Reforming the {a}",
                  "The {a} and the {b}", "A guide to the {a}", "What the {a} means for the {b}"]
ZH_TITLE_FORMS = ["{a}的实践", "{a}如何支持{b}", "{a}改革", "{a}与{b}", "{a}解读", "{a}对{b}意味着什么"]


def make_glossary(rng):
    pairs = [(m, h) for m in MODIFIERS for h in HEADS]
    rng.shuffle(pairs)
    terms = []
    for (mz, mp, me), (hz, hp, he, category) in pairs[:GLOSSARY_SIZE]:
        en = f"{me} {he}"
        terms.append({"id": en.replace(" ", "-"), "en": en, "zh": mz + hz, "pinyin": f"{mp} {hp}",
                      "category": category, "mod_zh": mz, "head_zh": hz, "mod_en": me, "head_en": he})
    ids = [t["id"] for t in terms]
    for t in terms:
        t["related"] = sorted(set(rng.sample(ids, 3)) - {t["id"]})[:2]
    return terms


def glossary_yaml(terms):
    out = ["# Generated by bench/corpus.py: every term is two real Chinese words with their pinyin.\n"]
    for t in terms:
        out.append(
            f"- id: {t['id']}\n"
            f"  en: {t['en']}\n"
            f"  zh: {t['zh']}\n"
            f"  pinyin: {t['pinyin']}\n"
            f"  definition:\n"
            f"    en: \"The {t['head_en']} for the {t['mod_en']} field: a *generated* entry of the benchmark corpus.\"\n"
            f"    zh: \"{t['mod_zh']}领域的{t['head_zh']}，本词条由基准测试语料**自动生成**。\"\n"
            f"  category: {t['category']}\n"
            f"  related: [{', '.join(t['related'])}]\n")
    return "".join(out)


def date_text(rng, lo=2010, hi=2025):
    return f"{rng.randint(lo, hi)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


class Corpus:
    def __init__(self, n, seed):
        self.n = n
        self.rng = random.Random(seed)
        self.terms = make_glossary(self.rng)
        self.pages = []  # (section, name, title_en, title_zh, date, weight)
        rng = self.rng
        for i in range(n):
            a, b = rng.sample(self.terms, 2)
            form = rng.randrange(len(EN_TITLE_FORMS))
            title_en = EN_TITLE_FORMS[form].format(a=a["en"], b=b["en"])
            title_en = title_en[0].upper() + title_en[1:] + f" ({i + 1})"
            title_zh = ZH_TITLE_FORMS[form].format(a=a["zh"], b=b["zh"]) + f"（{i + 1}）"
            self.pages.append((SECTIONS[i % len(SECTIONS)], f"topic-{i:05d}", title_en, title_zh,
                               date_text(rng), (i + 1) * 10 if i < 6 else None))

    # Text -----------------------------------------------------------------------------------

    def sentence(self, zh):
        rng = self.rng
        a, b = rng.choice(self.terms), rng.choice(self.terms)
        form = rng.choice(ZH_SENTENCES if zh else EN_SENTENCES)
        return form.format(a=a["zh"] if zh else a["en"], b=b["zh"] if zh else b["en"],
                           y=rng.randint(2015, 2030), p=rng.randint(2, 40), q=rng.randint(1, 9),
                           m=rng.randint(10, 9000), k=rng.randint(3, 31))

    def term_link(self, zh):
        t = self.rng.choice(self.terms)
        if self.rng.random() < 0.5:
            return f"[](term:{t['id']})"
        label = t["zh"] if zh else t["en"]
        return f"[{label}](term:{t['id']})"

    def paragraph(self, zh, count, extras=()):
        parts = [self.sentence(zh) for _ in range(count)]
        for extra in extras:
            parts.insert(self.rng.randrange(len(parts) + 1), extra)
        return ("" if zh else " ").join(parts)

    def page_link(self, i, zh, absolute=False, anchor=False):
        """A link from page i to another page: relative to the source file, or site-absolute."""
        rng = self.rng
        j = rng.randrange(self.n - 1) if self.n > 1 else 0
        if j >= i and self.n > 1:
            j += 1
        section, name, title_en, title_zh = self.pages[j][:4]
        label = title_zh if zh else title_en
        if absolute:
            target = ("/zh/" if zh else "/") + f"{section}/{name}/"
        else:
            here = self.pages[i][0]
            target = os.path.relpath(f"{section}/{name}{'.zh' if zh else ''}.md", here)
        if anchor:
            target += "#" + rng.choice(HEADINGS_ZH if zh else HEADINGS_EN)[1]
        return label, target

    def body(self, i, zh):
        rng = self.rng
        H = HEADINGS_ZH if zh else HEADINGS_EN
        fn = f"{'z' if zh else 'e'}{i}"
        out = []
        tl = lambda: self.term_link(zh)

        # Introduction: two term links, one of them the page's key term.
        out.append(self.paragraph(zh, 4 if zh else 3, [tl(), "**" + self.sentence(zh) + "**"]))

        out.append(f"## {H[0][0]}")
        label, target = self.page_link(i, zh, anchor=False)
        see = f"参见[{label}]({target})。" if zh else f"See [{label}]({target})."
        out.append(self.paragraph(zh, 5 if zh else 3, [tl(), see + f"[^{fn}a]"]))
        out.append(self.paragraph(zh, 4 if zh else 3, ["*" + self.sentence(zh) + "*"]))

        out.append(f"## {H[1][0]}")
        items = []
        for _ in range(4 if zh else 3):
            t = rng.choice(self.terms)
            name = t["zh"] if zh else t["en"]
            items.append(f"- **{name}**{'：' if zh else ': '}{self.sentence(zh)}")
        label, target = self.page_link(i, zh, absolute=True)
        items.append(f"- [{label}]({target})")
        out.append("\n".join(items))
        if zh:
            rows = ["| 措施 | 牵头单位 | 年份 | 金额（亿元） | 变化 |", "|---|---|--:|--:|--:|"]
        else:
            rows = ["| Measure | Lead body | Year | Amount (bn yuan) | Change |", "|---|---|--:|--:|--:|"]
        for _ in range(5):
            a, b = rng.choice(self.terms), rng.choice(self.terms)
            rows.append(f"| {a['zh'] if zh else a['en']} | {b['zh'] if zh else b['en']} | "
                        f"{rng.randint(2015, 2025)} | {rng.randint(10, 9999):,} | {rng.uniform(-9, 30):+.1f}% |")
        out.append("\n".join(rows))

        out.append(f"## {H[2][0]}")
        label, target = self.page_link(i, zh, anchor=True)
        see = f"另见[{label}]({target})。" if zh else f"See also [{label}]({target})."
        out.append(self.paragraph(zh, 5 if zh else 3, [tl(), see, "`quota = base × 0.6`"]))
        out.append("```text\n"
                   f"item      {rng.randint(1000, 9999)}\n"
                   f"quota     {rng.randint(10, 999)}.{rng.randint(0, 9)}\n"
                   f"share     {rng.randint(1, 99)}%\n"
                   "```")

        out.append(f"### {H[3][0]}")
        back = f"[上文](#{H[0][1]})" if zh else f"[above](#{H[0][1]})"
        out.append(self.paragraph(zh, 3 if zh else 2, [tl(), ("详见" if zh else "As noted ") + back + ("。" if zh else "."),
                                          "~~" + self.sentence(zh) + "~~"]))
        label, target = self.page_link(i, zh, absolute=True)
        out.append(f"> {self.sentence(zh)} [{label}]({target})")

        out.append(f"## {H[4][0]}")
        steps = [f"{k}. {self.sentence(zh)}" for k in range(1, 4)]
        out.append("\n".join(steps))
        out.append(self.paragraph(zh, 3, [tl() + f"[^{fn}b]"]))

        notes = ZH_NOTES if zh else EN_NOTES
        out.append(f"[^{fn}a]: {rng.choice(notes)}\n[^{fn}b]: {rng.choice(notes)}")
        return "\n\n".join(out) + "\n\n"

    def front_matter(self, i, zh, terms):
        section, name, title_en, title_zh, date, weight = self.pages[i]
        title = title_zh if zh else title_en
        desc = self.sentence(zh)
        lines = ["---", f'title: "{title}"', f'description: "{desc}"', f"date: {date}"]
        if weight is not None:
            lines.append(f"weight: {weight}")
        lines.append(f"terms: [{', '.join(terms)}]")
        lines.append("---")
        return "\n".join(lines) + "\n\n"


TERM_LINK = re.compile(r"\[([^\]]*)\]\(term:([a-z0-9-]+)\)")


def hugo_body(body, zh, names):
    """term: links become ordinary links to the glossary page's anchors."""
    prefix = "/zh/glossary/#" if zh else "/glossary/#"

    def repl(m):
        label = m.group(1) or names[m.group(2)][1 if zh else 0]
        return f"[{label}]({prefix}{m.group(2)})"
    return TERM_LINK.sub(repl, body)


def write(path, text):
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


HUGO_CONFIG = """baseURL = "https://example.org/"
defaultContentLanguage = "en"
defaultContentLanguageInSubdir = false
# policysite writes neither taxonomies nor RSS feeds of pages; sitemap.xml stays on both sides.
disableKinds = ["taxonomy", "term", "RSS"]
enableRobotsTXT = true

[languages.en]
weight = 1
languageName = "English"
title = "Benchmark Explainer"
[languages.en.params]
description = "A generated bilingual corpus for benchmarks."

[languages.zh]
weight = 2
languageName = "中文"
languageCode = "zh-Hans"
title = "基准测试解读"
[languages.zh.params]
description = "用于性能测试的中英双语语料。"

[markup.goldmark.renderer]
unsafe = false
[markup.tableOfContents]
startLevel = 2
endLevel = 3
"""

HUGO_LAYOUTS = {
    "_default/baseof.html": """<!DOCTYPE html>
<html lang="{{ site.LanguageCode | default .Lang }}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ if .IsHome }}{{ site.Title }}{{ else }}{{ .Title }} · {{ site.Title }}{{ end }}</title>
{{ with .Description }}<meta name="description" content="{{ . }}">{{ end }}
<meta name="generator" content="hugo">
<link rel="canonical" href="{{ .Permalink }}">
{{ range .AllTranslations }}<link rel="alternate" hreflang="{{ .Lang }}" href="{{ .Permalink }}">
{{ end }}{{ $css := resources.Get "site.css" | fingerprint }}<link rel="stylesheet" href="{{ $css.RelPermalink }}">
</head>
<body>
<a class="skip-link" href="#main">Skip to content</a>
<header class="site-header">
<a class="site-title" href="{{ site.Home.RelPermalink }}">{{ site.Title }}</a>
{{ partialCached "nav.html" . .Lang }}
<nav class="language-switcher"><ul>
{{ range .AllTranslations }}<li>{{ if eq .Lang $.Lang }}<span aria-current="true">{{ .Language.LanguageName }}</span>{{ else }}<a href="{{ .RelPermalink }}" hreflang="{{ .Lang }}">{{ .Language.LanguageName }}</a>{{ end }}</li>
{{ end }}</ul></nav>
</header>
<main id="main" class="site-main">
{{ block "main" . }}{{ end }}
</main>
<footer class="site-footer"><p>{{ site.Title }} · Hugo</p></footer>
</body>
</html>
""",
    "partials/nav.html": """<nav class="site-nav"><ul>
{{ range where site.RegularPages "Weight" "gt" 0 }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a></li>
{{ end }}</ul></nav>
""",
    "_default/single.html": """{{ define "main" }}
<article class="page">
<header class="page-header">
<h1>{{ .Title }}</h1>
<p class="page-meta">{{ with .Date }}<time datetime="{{ .Format "2006-01-02" }}">{{ .Format "2 January 2006" }}</time> · {{ end }}{{ .ReadingTime }} min</p>
</header>
<nav class="toc">{{ .TableOfContents }}</nav>
<div class="content">
{{ .Content }}
</div>
</article>
{{ end }}
""",
    "_default/list.html": """{{ define "main" }}
<article class="page home">
<header class="page-header"><h1>{{ .Title | default site.Title }}</h1>
{{ with .Description }}<p class="lead">{{ . }}</p>{{ end }}</header>
<div class="content">{{ .Content }}</div>
<section class="page-list"><ul>
{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ with .Description }}<p>{{ . }}</p>{{ end }}</li>
{{ end }}</ul></section>
</article>
{{ end }}
""",
    "index.html": """{{ define "main" }}
<article class="page home">
<header class="page-header"><h1>{{ site.Title }}</h1>
{{ with .Description }}<p class="lead">{{ . }}</p>{{ end }}</header>
<div class="content">{{ .Content }}</div>
<section class="page-list"><h2>All pages</h2><ul>
{{ range site.RegularPages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ with .Description }}<p>{{ . }}</p>{{ end }}</li>
{{ end }}</ul></section>
</article>
{{ end }}
""",
    "_default/glossary.html": """{{ define "main" }}
<article class="page glossary">
<h1>{{ .Title }}</h1>
<dl>
{{ range site.Data.glossary }}<dt id="{{ .id }}">{{ if eq $.Lang "zh" }}<ruby>{{ .zh }}<rt>{{ .pinyin }}</rt></ruby> {{ .en }}{{ else }}{{ .en }} <span lang="zh">{{ .zh }}</span> {{ .pinyin }}{{ end }}</dt>
<dd>{{ index .definition $.Lang | markdownify }} <span class="category">{{ .category }}</span>{{ with .related }} · {{ range . }}<a href="#{{ . }}">{{ . }}</a> {{ end }}{{ end }}</dd>
{{ end }}</dl>
</article>
{{ end }}
""",
    "_default/timeline.html": """{{ define "main" }}
<article class="page timeline">
<h1>{{ .Title }}</h1>
<ol>
{{ range site.Data.timeline }}<li id="event-{{ .id }}"><time datetime="{{ .date }}">{{ .date }}</time>{{ with .end }}–<time datetime="{{ . }}">{{ . }}</time>{{ end }}
<h2>{{ index .title $.Lang }}</h2>
{{ with .body }}{{ index . $.Lang | markdownify }}{{ end }}
<p>{{ range .tags }}<span class="tag">{{ index site.Data.tags . $.Lang }}</span> {{ end }}
{{ with .source }}{{ with site.GetPage . }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}{{ end }}</p></li>
{{ end }}</ol>
</article>
{{ end }}
""",
    "404.html": """{{ define "main" }}<h1>Page not found</h1><p><a href="{{ site.Home.RelPermalink }}">{{ site.Title }}</a></p>{{ end }}
""",
    # Links to source files (a.md, ../b.zh.md#x) become the page's URL, as policysite does; a
    # link to a page that does not exist fails the build, as it does in policysite.
    "_default/_markup/render-link.html": """{{- $u := urls.Parse .Destination -}}
{{- $href := .Destination -}}
{{- if and (not $u.Scheme) (strings.HasSuffix $u.Path ".md") -}}
{{- with $.Page.GetPage $u.Path -}}{{- $href = .RelPermalink -}}{{- with $u.Fragment -}}{{- $href = printf "%s#%s" $href . -}}{{- end -}}
{{- else -}}{{- errorf "%s: broken link to %s" $.Page.File.Path $u.Path -}}{{- end -}}
{{- end -}}
<a href="{{ $href | safeURL }}"{{ with .Title }} title="{{ . }}"{{ end }}>{{ .Text | safeHTML }}</a>
{{- /* keep no trailing newline */ -}}
""",
}

SITE_CSS = """body { font: 16px/1.6 system-ui, sans-serif; max-width: 48rem; margin: 0 auto; padding: 1rem; }
table { border-collapse: collapse; } td, th { border: 1px solid #ccc; padding: .25rem .5rem; }
.toc { float: right; font-size: .9em; } .skip-link { position: absolute; left: -999px; }
"""


def main(argv):
    args = argv[1:]
    seed = SEED
    if "--seed" in args:
        k = args.index("--seed")
        seed = int(args[k + 1])
        del args[k:k + 2]
    if len(args) != 2 or not args[0].isdigit() or int(args[0]) < 2:
        sys.exit("usage: corpus.py N OUT [--seed S]   (N >= 2 pages per language)")
    n, out = int(args[0]), args[1]
    c = Corpus(n, seed)
    rng = c.rng
    names = {t["id"]: (t["en"], t["zh"]) for t in c.terms}

    ps, hugo, md = (os.path.join(out, d) for d in ("policysite", "hugo", "markdown"))
    for d in (ps, hugo, md):
        shutil.rmtree(d, ignore_errors=True)
    for s in SECTIONS:
        for root in (os.path.join(ps, "content"), os.path.join(hugo, "content"), md):
            os.makedirs(os.path.join(root, s), exist_ok=True)
    for d in (os.path.join(ps, "content", "data"), os.path.join(hugo, "data"), os.path.join(hugo, "assets")):
        os.makedirs(d, exist_ok=True)

    # Pages.
    total_bytes = 0
    for i in range(n):
        section, name = c.pages[i][:2]
        for zh in (False, True):
            terms = sorted({t["id"] for t in rng.sample(c.terms, 2)})
            body = c.body(i, zh)
            fm = c.front_matter(i, zh, terms)
            file = f"{section}/{name}{'.zh' if zh else ''}.md"
            write(os.path.join(ps, "content", file), fm + body)
            write(os.path.join(hugo, "content", file), fm + hugo_body(body, zh, names))
            write(os.path.join(md, file), body)
            total_bytes += len((fm + body).encode("utf-8"))

    # Home pages: a few links into the corpus.
    for zh in (False, True):
        links = []
        for j in range(min(n, 5)):
            section, name, title_en, title_zh = c.pages[j][:4]
            links.append(f"- [{title_zh if zh else title_en}]({section}/{name}{'.zh' if zh else ''}.md)")
        if zh:
            home = ("---\ntitle: 基准测试解读\ndescription: 用于性能测试的中英双语语料。\n---\n\n"
                    "本站由 `bench/corpus.py` 生成。从以下页面开始阅读：\n\n" + "\n".join(links) + "\n")
        else:
            home = ("---\ntitle: Benchmark Explainer\ndescription: A generated bilingual corpus for benchmarks.\n---\n\n"
                    "This site is generated by `bench/corpus.py`. Start with:\n\n" + "\n".join(links) + "\n")
        sfx = ".zh" if zh else ""
        write(os.path.join(ps, "content", f"index{sfx}.md"), home)
        write(os.path.join(hugo, "content", f"_index{sfx}.md"), home)

    # Data: glossary, tags, timeline (identical files for both generators).
    glossary = glossary_yaml(c.terms)
    tags = "".join(f"{tid}: {{en: {en}, zh: {zh}}}\n" for tid, en, zh in TAGS)
    events = []
    dates = sorted(date_text(rng, 2000, 2025) for _ in range(TIMELINE_SIZE))
    for k, date in enumerate(dates):
        if k % 10 == 3:
            date = date[:4]          # year precision
        elif k % 10 == 7:
            date = date[:7]          # month precision
        a, b = rng.sample(c.terms, 2)
        section, name = c.pages[rng.randrange(n)][:2]
        tag_ids = sorted({rng.choice(TAGS)[0] for _ in range(2)})
        end = ""
        if k % 9 == 0 and len(date) == 10:
            end = f"  end: {date[:8]}{min(28, int(date[8:]) + 1):02d}\n"
        events.append(
            f"- id: e{k:03d}\n"
            f"  date: {date}\n{end}"
            f"  title: {{en: \"{a['en'].capitalize()} announced\", zh: \"{a['zh']}出台\"}}\n"
            f"  body:\n"
            f"    en: \"The [{a['en']}](term:{a['id']}) is announced, with a link to the [](term:{b['id']}).\"\n"
            f"    zh: \"[](term:{a['id']})正式出台，并与[](term:{b['id']})衔接。\"\n"
            f"  tags: [{', '.join(tag_ids)}]\n"
            f"  terms: [{a['id']}, {b['id']}]\n"
            f"  source: {section}/{name}\n")
    timeline = "# Generated by bench/corpus.py, oldest first.\n" + "".join(events)
    for d in (os.path.join(ps, "content", "data"), os.path.join(hugo, "data")):
        write(os.path.join(d, "glossary.yml"), glossary)
        write(os.path.join(d, "tags.yml"), tags)
    write(os.path.join(ps, "content", "data", "timeline.yml"), timeline)
    # Hugo has no term: links: the timeline's bodies link to the glossary page's anchors.
    write(os.path.join(hugo, "data", "timeline.yml"),
          re.sub(r"(  body:\n    en: )(.*)\n(    zh: )(.*)\n",
                 lambda m: m.group(1) + hugo_body(m.group(2), False, names) + "\n"
                 + m.group(3) + hugo_body(m.group(4), True, names) + "\n", timeline))

    write(os.path.join(ps, "content", "site.yml"),
          "title: {en: Benchmark Explainer, zh: 基准测试解读}\n"
          "description: {en: A generated bilingual corpus for benchmarks., zh: 用于性能测试的中英双语语料。}\n"
          "baseURL: https://example.org/\n"
          "languages: [en, zh]\n"
          "markdown:\n  unsafeHTML: false\n"
          "relativeURLs: false\n"
          # The Hugo site has no equivalent of /report/ (every page again in one document).
          "report: false\n")

    # Hugo: configuration, layouts, the glossary and timeline pages (policysite makes those itself).
    write(os.path.join(hugo, "hugo.toml"), HUGO_CONFIG)
    write(os.path.join(hugo, "assets", "site.css"), SITE_CSS)
    for rel, text in HUGO_LAYOUTS.items():
        path = os.path.join(hugo, "layouts", rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        write(path, text)
    for page, en, zh in (("glossary", "Glossary", "术语表"), ("timeline", "Timeline", "时间线")):
        for lang, title in (("", en), (".zh", zh)):
            write(os.path.join(hugo, "content", f"{page}{lang}.md"),
                  f"---\ntitle: {title}\nlayout: {page}\n_build: {{list: never}}\n---\n")

    info = {"n": n, "seed": seed, "pages": 2 * n, "page_bytes": total_bytes,
            "glossary_terms": len(c.terms), "timeline_events": TIMELINE_SIZE}
    write(os.path.join(out, "corpus.json"), json.dumps(info, indent=2) + "\n")
    print(f"corpus: {2 * n} pages ({total_bytes / 2 / n / 1024:.1f} KiB each on average, "
          f"{total_bytes / 1048576:.1f} MiB), {len(c.terms)} glossary terms, {TIMELINE_SIZE} events in {out}")


if __name__ == "__main__":
    main(sys.argv)
