#!/usr/bin/env python3
"""Lists glossary words whose polyphonic characters no entry of WordReadings.swift covers.

A character counts as polyphonic when the modern dictionaries in Unihan (kXHC1983,
kTGHZ2013) give it more than one reading. Needs Debian's unicode-data and PyYAML.
Run from the repository root: python3 scripts/word-coverage.py (exit 1 when any is missing).
"""
import sys
import bz2, re, yaml, unicodedata, collections
modern=collections.defaultdict(set)
for line in bz2.open('/usr/share/unicode/Unihan_Readings.txt.bz2','rt',encoding='utf-8'):
    if line.startswith('#') or not line.strip(): continue
    code,field,val=line.rstrip('\n').split('\t')
    if field in ('kXHC1983','kTGHZ2013'):
        for e in val.split():
            for r in e.split(':',1)[1].split(','): modern[chr(int(code[2:],16))].add(unicodedata.normalize('NFC',r))
words={}
src=open('Sources/Pinyin/WordReadings.swift',encoding='utf-8').read()
for w,r in re.findall(r'"([^"]+)": "([^"]+)"',src): words[w]=r
def ishan(c): return 0x3400<=ord(c)<=0x9fff
g=yaml.safe_load(open('content/data/glossary.yml',encoding='utf-8'))
out=collections.OrderedDict()
for t in g:
    pairs=[(t['zh'],t['pinyin'])]
    if t.get('short') and t['short'].get('zh'): pairs.append((t['short']['zh'],t['short']['pinyin']))
    for zh,py in pairs:
        s=''.join(c for c in zh if ishan(c)); covered=set(); i=0
        while i<len(s):
            for L in range(min(16,len(s)-i),1,-1):
                if s[i:i+L] in words: covered.update(range(i,i+L)); i+=L; break
            else: i+=1
        for k,c in enumerate(s):
            if len(modern.get(c,()))>1 and k not in covered:
                out.setdefault((zh,py),[]).append(c+'/'+'|'.join(sorted(modern[c])))
for (zh,py),cs in out.items(): print(zh,'|',py,'|',' '.join(cs))
print(f'{len(out)} glossary words with uncovered polyphonic characters')
sys.exit(1 if out else 0)
