#!/usr/bin/env python3
"""jusText as a peer of Cronista's boilerplate removal, on the same lines.

Usage: python3 Scripts/justext-peer.py DIR...   (NAME.txt beside NAME.gold.json)

Each line of NAME.txt becomes one <p> of an HTML page (the ` date …`
metadata header taken off the first line, as Cronista does), jusText
(PyPI `justext`, Portuguese stoplist, default parameters) classifies the
paragraphs, and the figures are those of `cronista eval`: the share of gold
boilerplate lines removed, and the share of body lines (every other
non-empty line) kept. Text is compared folded as the evaluation does.

Needs `pip install justext lxml_html_clean` (jusText 3 imports lxml's
html cleaner, now a package of its own). Figures with jusText 3.0.2 on the
dev set: removed 0.467 (14/30), kept 0.952 (140/147); on dev 11–22 alone:
removed 0.375 (9/24), kept 0.940 (79/84).
"""
import glob, html, json, os, re, sys, unicodedata

import justext


def fold(text):
    text = unicodedata.normalize("NFD", text.lower())
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"[\s\-\u2010-\u2013]+", " ", text)
    return text.strip()


HEADER = re.compile(r"^\s*date\s+\d{4}(-\d{2}){0,2}(\s+|$)")


def score(directory, totals):
    stoplist = justext.get_stoplist("Portuguese")
    for gold_path in sorted(glob.glob(os.path.join(directory, "*.gold.json"))):
        gold = json.load(open(gold_path, encoding="utf-8"))
        text = open(gold_path[: -len(".gold.json")] + ".txt", encoding="utf-8").read()
        raw = text.split("\n")
        lines = [HEADER.sub("", l) if i == 0 else l for i, l in enumerate(raw)]
        page = "<html><body>" + "".join(f"<p>{html.escape(l)}</p>" for l in lines if l.strip()) + "</body></html>"
        kept = {fold(p.text) for p in justext.justext(page.encode("utf-8"), stoplist, encoding="utf-8") if not p.is_boilerplate}
        boilerplate = {fold(b) for b in gold["boilerplate"]}
        for line in gold["boilerplate"]:
            stripped = HEADER.sub("", line) if raw and line == raw[0] else line
            totals["bp"] += 1
            totals["bp_removed"] += fold(stripped) not in kept or not fold(stripped)
        for i, line in enumerate(raw):
            if fold(line) in boilerplate:
                continue
            line = lines[i]
            if not fold(line) or fold(line) in boilerplate:
                continue
            totals["body"] += 1
            totals["body_kept"] += fold(line) in kept


def main():
    totals = dict(bp=0, bp_removed=0, body=0, body_kept=0)
    for directory in sys.argv[1:]:
        score(directory, totals)
    print(f"jusText {justext.__version__ if hasattr(justext, '__version__') else ''}".strip())
    print(f"boilerplate_removed  {totals['bp_removed'] / max(1, totals['bp']):.3f}   ({totals['bp_removed']}/{totals['bp']})")
    print(f"body_lines_kept      {totals['body_kept'] / max(1, totals['body']):.3f}   ({totals['body_kept']}/{totals['body']})")


if __name__ == "__main__":
    main()
