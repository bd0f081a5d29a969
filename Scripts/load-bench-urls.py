#!/usr/bin/env python3
"""The URLs Scripts/load-bench requests, read from a running server.

    load-bench-urls.py BASE OUT_DIR

Writes OUT_DIR/{story,actor,dyad,search}.urls, one path a line: story ids
from the event lists of many actors and years, the most mentioned actors,
the most active dyads, and search words of political news.
"""
import json
import sys
import urllib.parse
import urllib.request

base, out = sys.argv[1], sys.argv[2]


def get(path):
    with urllib.request.urlopen(base + path, timeout=120) as response:
        return json.load(response)


countries = ["RUS", "PRK", "CHN", "USA", "UKR", "BRA", "PRT", "AGO", "MOZ", "EU", "KOR", "FRA", "DEU", "ISR"]
stories = set()
for country in countries:
    for year in range(2019, 2026):
        page = get(f"/api/events?actor={country}&from={year}&to={year}&limit=100")
        stories.update(item["id"] for item in page["items"])
actors = [item["actor"]["id"] for item in get("/api/actors?limit=500")["items"]]
dyads = [f"{d['first']}-{d['second']}" for d in get("/api/dyads?limit=500")["items"]]
words = [
    "Lavrov", "Putin", "Kim Jong-un", "Pyongyang", "Moscovo", "Pequim", "Lula", "Zelensky", "cimeira",
    "mísseis balísticos", "sanções", "cooperação militar", "visita oficial", "acordo", "ministro",
    "negociações", "cessar-fogo", "Kremlin", "Coreia do Norte", "União Europeia", "parceria estratégica",
    "Guterres", "Macron", "Xi Jinping", "Luanda", "Maputo", "Lisboa", "Brasília", "eleições", "protesto",
]
lists = {
    "story": [f"/api/stories/{i}" for i in sorted(stories)],
    "actor": [f"/api/actors/{i}" for i in actors],
    "dyad": [f"/api/dyads/{d}" for d in dyads],
    "search": [f"/api/search?q={urllib.parse.quote(w)}&limit=20" for w in words],
}
for name, paths in lists.items():
    if not paths:
        sys.exit(f"no {name} URLs: is the store empty?")
    with open(f"{out}/{name}.urls", "w") as f:
        f.write("\n".join(paths) + "\n")
