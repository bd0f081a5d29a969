#!/usr/bin/env python3
"""Sentence splitting on any UD Portuguese CoNLL-U file (e.g. the dev and
train splits in ../shared/ud), scored like ../shared/benchmarks/score_sent.py
scores the test sets: documents from '# newdoc' (Bosque), the FOLHA_DOC id
(Porttinari) or 10 consecutive sentences (GSD), sentences joined by a space.

Usage: python3 Scripts/score_sent_ud.py [-v] FILE.conllu...   (from the project root)
"""
import os, re, sys, collections
BENCH = os.environ.get("CRONISTA_BENCHMARKS", os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../shared/benchmarks"))
sys.path.insert(0, BENCH)
from common import OffsetMap, fmt_prf, normalise, prf, run_cronista  # noqa: E402
import score_sent  # noqa: E402


def load(path, group=10):
    kind = "porttinari" if "porttinari" in path else "gsd" if "gsd" in path else "bosque"
    sents, doc, n = [], None, 0
    for block in open(path, encoding="utf-8").read().split("\n\n"):
        text = sid = None
        for line in block.split("\n"):
            if line.startswith("# newdoc"):
                doc = line.split("=", 1)[1].strip() if "=" in line else line
            elif line.startswith("# text ="):
                text = line.split("=", 1)[1].strip()
            elif line.startswith("# sent_id ="):
                sid = line.split("=", 1)[1].strip()
        if text is None:
            continue
        n += 1
        if kind == "porttinari":
            m = re.match(r"(.*_DOC\d+)_SENT(\d+)", sid or "")
            key, order = (m.group(1), int(m.group(2))) if m else (sid, 0)
        elif kind == "gsd":
            key, order = "g%05d" % ((n - 1) // group), n
        else:
            key, order = doc, n
        sents.append((key, order, text))
    bydoc = {}
    for key, order, text in sents:
        bydoc.setdefault(key, []).append((order, text))
    docs = []
    for key, items in bydoc.items():
        items.sort()
        parts, gold, pos = [], [], 0
        for _, t in items:
            t = re.sub(r"\s+", " ", t).strip()
            if parts:
                pos += 1
            gold.append((pos, pos + len(t), {}))
            parts.append(t)
            pos += len(t)
        text, gold = normalise(" ".join(parts), gold)
        docs.append({"id": "%s-%s" % (kind, key), "text": text, "published": None, "gold": gold})
    return docs


def main():
    verbose = "-v" in sys.argv
    summary = []
    for path in [a for a in sys.argv[1:] if a != "-v"]:
        docs = load(path)
        an, _ = run_cronista(docs)
        c = collections.Counter()
        under, over = [], []
        for d in docs:
            a, text = an.get(d["id"]), d["text"]
            if a is None:
                continue
            om = OffsetMap(a["document"]["text"], text)
            sysS = {score_sent.strip(text, *om.span(s["start"], s["end"])) for s in a.get("sentences", [])}
            sysS = {x for x in sysS if x[0] < x[1]}
            gold = {score_sent.strip(text, g[0], g[1]) for g in d["gold"]}
            c["tp"] += len(sysS & gold); c["fp"] += len(sysS - gold); c["fn"] += len(gold - sysS)
            end = len(text.rstrip())
            gb = {e for _, e in gold if e < end}
            sb = {e for _, e in sysS if e < end}
            under += [score_sent.ctx(text, p) for p in sorted(gb - sb)]
            over += [score_sent.ctx(text, p) for p in sorted(sb - gb)]
        name = "/".join(path.split("/")[-2:])
        print("== %s: %d docs; sentences %s" % (name, len(docs), fmt_prf(c["tp"], c["fp"], c["fn"])))
        print("  under-split %d, over-split %d" % (len(under), len(over)))
        for tag, items in (("UNDER", under), ("OVER", over)):
            for it in items[:None if verbose else 15]:
                print("   %s | %s" % (tag, it))
        summary.append("%s F1 %.3f" % (name, prf(c["tp"], c["fp"], c["fn"])[2]))
    print("SUMMARY " + " || ".join(summary))


if __name__ == "__main__":
    main()
