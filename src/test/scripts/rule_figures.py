#!/usr/bin/env python3
"""Per-rule figures of mtlint on the WMT zh-en MQM sets, as a Markdown table for the README.

  rule_figures.py NAME=MQM.tsv[.gz],DIR,REPORT.json [NAME=...]... [--min N]

DIR is a folder prepared by the MQM evaluation's mqm_eval.py prepare --with-refs (kept outside this repository) (its index.json maps lines to
segments), REPORT.json mtlint's JSON report over DIR. Findings are matched to annotated spans exactly as
mqm_eval.py score does: a finding belongs to the segment it starts in and is a hit when it overlaps an error
span (any severity but neutral or no-error) that a rater marked in that segment. For each set and rule:
findings on machine translation (systems not named ref.*), their precision, and the rule's rate per word on
the human reference translations divided by its rate on machine translation (`-` when it made no finding on
MT). A rule is listed when it made at least --min findings (default 1) on the machine translations of one set.
The last rows are each set's totals, and the reviewers' own error spans (per rater of a segment) on MT and their
rate on the human translations divided by that on MT: what a checker that found exactly the reviewers' errors
would score.
"""
import collections
import csv
import gzip
import json
import os
import sys

csv.field_size_limit(10 ** 9)


def overlaps(finding, span):
    s, e = finding
    if e <= s:  # an insertion point counts as the characters either side
        s, e = s - 1, s + 1
    return s < span[1] and span[0] < e


def figures(tsv, folder, report_path):
    """{rule: [mt findings, mt hits, human findings]}, MT words, human words, reviewers' [MT spans, human spans]."""
    index = json.load(open(os.path.join(folder, "index.json"), encoding="utf-8"))
    systems = {m["system"] for m in index.values()}
    opener = gzip.open if tsv.endswith(".gz") else open
    spans = collections.defaultdict(list)
    raters = collections.defaultdict(set)
    words = {}
    with opener(tsv, "rt", encoding="utf-8") as f:
        for r in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            if r["system"] not in systems:
                continue
            key = (r["system"], int(r["seg_id"]))
            words[key] = len(r["target_text_plain"].split())
            raters[key].add(r["rater"])
            s, e = int(r["error_span_start"]), int(r["error_span_end"])
            if r["severity"].lower() not in ("no-error", "neutral") and 0 <= s < e:
                spans[key].append((s, e))
    report = json.load(open(report_path, encoding="utf-8"))
    by_name = {os.path.basename(f["path"]): f for f in report["files"]}
    per_rule = collections.defaultdict(lambda: [0, 0, 0])
    for name, meta in index.items():
        for issue in by_name.get(name, {"issues": []})["issues"]:
            for seg, s0, s1 in meta["segments"]:
                if s0 <= issue["start"] <= s1:
                    key = (meta["system"], seg)
                    counts = per_rule[issue["rule"]]
                    if meta["system"].startswith("ref"):
                        counts[2] += 1
                    else:
                        counts[0] += 1
                        counts[1] += any(overlaps((issue["start"] - s0, issue["end"] - s0), h) for h in spans[key])
                    break
    mt_words = sum(n for k, n in words.items() if not k[0].startswith("ref"))
    human_words = sum(n for k, n in words.items() if k[0].startswith("ref"))
    reviewers = [0.0, 0.0]
    for key, found in spans.items():
        reviewers[key[0].startswith("ref")] += len(found) / len(raters[key])
    return per_rule, mt_words, human_words, reviewers


def cells(counts, mt_words, human_words):
    mt, hits, human = counts
    if mt == 0:
        return [str(mt), "-", "-" if human == 0 else f"({human} on human)"]
    return [str(mt), f"{hits / mt:.2f}", f"{(human / human_words) / (mt / mt_words):.2f}"]


def main(argv):
    minimum = 1
    if "--min" in argv:
        i = argv.index("--min")
        minimum = int(argv[i + 1])
        argv = argv[:i] + argv[i + 2:]
    sets = []
    for arg in argv:
        name, _, paths = arg.partition("=")
        parts = paths.split(",")
        if not name or len(parts) != 3:
            sys.exit(__doc__)
        sets.append((name, figures(*parts)))
    if not sets:
        sys.exit(__doc__)
    rules = sorted({r for _, (per, *_) in sets for r, c in per.items() if c[0] >= minimum},
                   key=lambda r: (-sum(per[r][0] for _, (per, *_) in sets), r))
    head = ["rule"] + [f"{n} {c}" for n, _ in sets for c in ("MT findings", "precision", "human/MT rate")]
    print("| " + " | ".join(head) + " |")
    print("|" + "---|" * len(head))
    for rule in rules:
        row = [f"`{rule}`"]
        for _, (per, mt_words, human_words, _) in sets:
            row += cells(per.get(rule, [0, 0, 0]), mt_words, human_words)
        print("| " + " | ".join(row) + " |")
    total = ["all rules"]
    reviewers = ["reviewers' error spans (per rater)"]
    for _, (per, mt_words, human_words, (mt_spans, human_spans)) in sets:
        total += cells([sum(c[i] for c in per.values()) for i in range(3)], mt_words, human_words)
        reviewers += [f"{mt_spans:.0f}", "-", f"{(human_spans / human_words) / (mt_spans / mt_words):.2f}"]
    print("| " + " | ".join(total) + " |")
    print("| " + " | ".join(reviewers) + " |")


if __name__ == "__main__":
    main(sys.argv[1:])
