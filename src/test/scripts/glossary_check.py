#!/usr/bin/env python3
"""Checks candidate glossary entries against the WMT20/WMT21 zh-en human references (ref.A, ref.B).

Usage: glossary_check.py CANDIDATES MQM_TSV... > report.tsv   (CANDIDATES: one "zh|en1;en2" a line)
For each entry (zh|en1;en2), finds the reference segments whose source holds the term (longest term first, as
mtlint's SourceTermIndex does) and counts those whose reference holds one of the English forms (case, plural,
possessive and hyphens ignored, as EnglishTermMatcher does). Prints zh, forms, hits, occurrences, first verifying
segment id.
"""
import csv, gzip, re, sys

csv.field_size_limit(10**9)
WORD = re.compile(r"[\w]+(?:['’][^\W\d_]+)?")

def norm(w):
    w = w.lower().replace('’', "'")
    if w.endswith("'s"): w = w[:-2]
    n = len(w)
    if n > 4 and w.endswith('ies'): return w[:-3] + 'y'
    if n > 4 and (w.endswith('sses') or w.endswith('xes') or w.endswith('ches') or w.endswith('shes') or w.endswith('zes')): return w[:-2]
    if n > 3 and w.endswith('s') and not w.endswith('ss') and not w.endswith('us') and not w.endswith('is'): return w[:-1]
    return w

def words(text):
    return [(m.start(), m.end(), norm(m.group()), m.group()) for m in WORD.finditer(text)]

GAP = re.compile(r"[\s\-‐‑–'’,]+$")

def contains(text, tw, form):
    fw = [norm(m.group()) for m in WORD.finditer(form)]
    acr = [len(m.group()) >= 2 and m.group().upper() == m.group() and any(c.isalpha() for c in m.group()) for m in WORD.finditer(form)]
    for i in range(len(tw) - len(fw) + 1):
        ok = True
        for k in range(len(fw)):
            s, e, key, raw = tw[i + k]
            if k and not GAP.match(text[tw[i + k - 1][1]:s]): ok = False; break
            if key != fw[k] or (acr[k] and raw == raw.lower()): ok = False; break
        if ok: return True
    return False

def load_candidates(path):
    entries = []
    for line in open(path, encoding='utf-8'):
        line = line.rstrip('\n')
        if not line or line.startswith('#'): continue
        zh, en = line.split('|')[:2]
        entries.append((zh, en.split(';')))
    return entries

def load_refs(paths):
    segs = {}
    for p in paths:
        op = gzip.open if p.endswith('.gz') else open
        year = 'WMT20' if 'wmt20' in p else 'WMT21'
        with op(p, 'rt', encoding='utf-8') as fh:
            for row in csv.DictReader(fh, delimiter='\t', quoting=csv.QUOTE_NONE):
                if row['system'].lower().startswith(('ref', 'human')):
                    segs[(year, row['system'], row['doc'], row['seg_id'])] = (row['source_text_plain'], row['target_text_plain'])
    return segs

def scan(text, terms):
    found, i = [], 0
    while i < len(text):
        hit = next((t for t in terms if text.startswith(t, i)), None)
        if hit: found.append(hit); i += len(hit)
        else: i += 1
    return found

def main():
    entries = load_candidates(sys.argv[1])
    refs = load_refs(sys.argv[2:])
    terms = sorted({zh for zh, _ in entries}, key=len, reverse=True)
    forms = dict(entries)
    stats = {zh: [0, 0, '', ''] for zh, _ in entries}
    for key in sorted(refs):
        src, tgt = refs[key]
        tw = words(tgt)
        for zh in set(scan(src, terms)):
            st = stats[zh]; st[0] += 1
            if any(contains(tgt, tw, f) for f in forms[zh]):
                st[1] += 1
                if not st[2]: st[2] = '%s %s %s seg %s' % (key[0], key[1], key[2], key[3])
            elif not st[3]:
                st[3] = tgt[:160]
    w = csv.writer(sys.stdout, delimiter='\t', lineterminator='\n')
    for zh, en in entries:
        occ, hit, first, miss = stats[zh]
        w.writerow([zh, ';'.join(en), hit, occ, first, miss])

main()
