#!/usr/bin/env bash
# Drives headless Chromium through the pages of `cronista serve` and checks
# the rendered DOM; with --screenshots DIR, saves a PNG of each page there.
#
#   Scripts/browser-check.sh [--bin .build/debug/cronista] [--screenshots docs/screenshots]
#
# The store is ingested from Examples/ and the seed copies (and ../shared/seeds
# when present) into a temporary folder; the server listens on a free loopback port.
set -euo pipefail
cd "$(dirname "$0")/.."

bin=.build/debug/cronista
shots=""
while [ $# -gt 0 ]; do
  case "$1" in
    --bin) bin="$2"; shift 2 ;;
    --screenshots) shots="$2"; shift 2 ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
done
browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  browser=$(command -v chromium)
fi

work=$(mktemp -d)
server=""
cleanup() { [ -n "$server" ] && kill -TERM "$server" 2>/dev/null; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

inputs=(Examples Tests/CronistaStoreTests/Fixtures/seeds)
[ -d ../shared/seeds ] && inputs+=(../shared/seeds)
"$bin" ingest "${inputs[@]}" --db "$work/store.sqlite" >/dev/null 2>&1 || true

"$bin" serve --db "$work/store.sqlite" --port 0 2>"$work/serve.log" &
server=$!
port=""
for _ in $(seq 1 100); do
  port=$(grep -o 'on http://127.0.0.1:[0-9]*' "$work/serve.log" | grep -o '[0-9]*$' || true)
  [ -n "$port" ] && break
  sleep 0.1
done
[ -n "$port" ] || { cat "$work/serve.log"; echo "the server did not start" >&2; exit 1; }
base="http://127.0.0.1:$port"

json() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }
lavrov=$(curl -s "$base/api/actors?name=Lavrov" | json "d['items'][0]['actor']['id']")
story=$(curl -s "$base/api/events?actor=RUS&with=PRK&limit=500" | json "max(d['items'], key=lambda s: s['source_count'])['id']")
document=$(curl -s "$base/api/search?q=Lavrov" | json "d['items'][0]['document']")

passed=0 failed=0
check() { # NAME PATH TEXT...
  local name=$1 path=$2; shift 2
  local dom
  dom=$(timeout 60 "$browser" --headless --no-sandbox --disable-gpu --dump-dom "$base$path" 2>/dev/null || true)
  for text in "$@"; do
    if grep -qF -- "$text" <<<"$dom"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL $name ($path): no '$text'"; fi
  done
  if [ -n "$shots" ]; then
    mkdir -p "$shots"
    local size=1280,1100
    case "$name" in phone-*) size=390,1100 ;; esac
    timeout 60 "$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=$size \
      --screenshot="$shots/$name.png" "$base$path" >/dev/null 2>&1 || true
  fi
}

check dashboard / "<h1>Dashboard</h1>" "Latest stories" "Most active dyads" "Claims and denials"
check events "/events?actor=RUS&with=PRK" 'value="RUS"' 'href="/stories/'
check story "/stories/$story" "<mark>" 'class="evidence"'
check actor "/actors/$lavrov" "Lavrov" "Roles over time" 'class="chart network"' 'class="chart timeline"'
check dyad /dyads/RUS-PRK "RUS–PRK" "2023-09" "<rect"
check article "/articles/$document" 'class="ent ent-per"' "Removed as boilerplate"
check search "/search?q=Lavrov" "<mark>Lavrov</mark>"
check phone-events "/events" "Filter"

echo "browser: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
