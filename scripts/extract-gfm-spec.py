#!/usr/bin/env python3
"""Extracts the examples of the GFM spec into Tests/Fixtures/gfm-spec/examples.json.

Debian's cmark-gfm package ships the spec as /usr/share/doc/cmark-gfm/spec.txt.gz.
Run: python3 scripts/extract-gfm-spec.py [SPEC]  (the output is committed).
"""
import gzip, json, re, sys

path = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/doc/cmark-gfm/spec.txt.gz"
text = (gzip.open if path.endswith(".gz") else open)(path, "rt", encoding="utf-8").read()
fence = "`" * 32
examples, section, lines = [], "", text.split("\n")
i = 0
while i < len(lines):
    line = lines[i]
    m = re.match(r"^#{1,6} (.*)", line)
    if m:
        section = m.group(1).strip()
    if line.startswith(fence + " example"):
        extension = line[len(fence) + len(" example"):].strip()
        i += 1
        md, html, target = [], [], None
        target = md
        while not lines[i].startswith(fence):
            if lines[i] == "." and target is md:
                target = html
            else:
                target.append(lines[i])
            i += 1
        tab = lambda s: s.replace("\u2192", "\t")
        examples.append({
            "number": len(examples) + 1,
            "line": i + 1,
            "section": section,
            "extension": extension,
            "markdown": tab("\n".join(md) + "\n") if md else "",
            "html": tab("\n".join(html) + "\n") if html else "",
        })
    i += 1
json.dump({"source": "cmark-gfm " + "0.29.0.gfm.6 spec.txt", "examples": examples},
          open("Tests/Fixtures/gfm-spec/examples.json", "w"), ensure_ascii=False, indent=1)
print(f"{len(examples)} examples")
