#!/bin/sh
# make bench, Python part: code_many over the Reuters corpus (one thread,
# articles read with json.loads into dicts, every record made into a dict)
# against `parley code -j 1` on the same file: whole processes, medians of
# RUNS runs each, run alternately.  Appends its lines to bench/results.txt.
# usage: bench/python.sh BUILD_DIR [CORPUS]   (PYTHON: the interpreter)
set -eu
B=${1:-build}
CORPUS=${2:-${PARLEY_SHARED:-../shared}/corpora/reuters21578.jsonl}
RUNS=${RUNS:-5}
OUT=bench/results.txt
if [ -z "${PYTHON:-}" ]; then
	if [ -x /usr/bin/python3 ]; then PYTHON=/usr/bin/python3; else PYTHON=python3; fi
fi
if [ ! -f "$CORPUS" ]; then
	echo "bench python: SKIPPED: $CORPUS not found"
	exit 0
fi
if ! ls "$B"/python/parley/_parley*.so > /dev/null 2>&1; then
	echo "bench python: SKIPPED: no module in $B/python (make python needs python3-dev)"
	exit 0
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
median() { sort -g | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

cat > "$tmp/code_many.py" <<'PY'
import json, sys, parley
coder = parley.Coder()
with open(sys.argv[1], encoding="utf-8") as f:
    n = sum(1 for _ in coder.code_many((json.loads(line) for line in f), threads=int(sys.argv[2])))
print(n)
PY
# one run: "wall cpu" (cpu = user + system seconds)
timed() {
	/usr/bin/time -f '%e %U %S' -o "$tmp/time" "$@" > "$tmp/out" 2> /dev/null
	awk '{print $1, $2 + $3}' "$tmp/time"
}
: > "$tmp/cli"; : > "$tmp/py"; : > "$tmp/py2"
i=0
while [ $i -lt "$RUNS" ]; do
	timed "$B/parley" code -q -j 1 "$CORPUS" >> "$tmp/cli"
	PYTHONPATH="$B/python" timed "$PYTHON" "$tmp/code_many.py" "$CORPUS" 1 >> "$tmp/py"
	PYTHONPATH="$B/python" timed "$PYTHON" "$tmp/code_many.py" "$CORPUS" 2 >> "$tmp/py2"
	i=$((i + 1))
done
records=$(cat "$tmp/out")
cw=$(cut -d' ' -f1 "$tmp/cli" | median); cc=$(cut -d' ' -f2 "$tmp/cli" | median)
pw=$(cut -d' ' -f1 "$tmp/py" | median); pc=$(cut -d' ' -f2 "$tmp/py" | median)
p2=$(cut -d' ' -f1 "$tmp/py2" | median)
awk -v cw="$cw" -v cc="$cc" -v pw="$pw" -v pc="$pc" -v p2="$p2" -v rec="$records" -v runs="$RUNS" 'BEGIN {
	printf "python code_many, 1 thread: %.2f s wall, %.2f s CPU (%d records); parley code -j 1: %.2f s wall, %.2f s CPU; ratio %.2f wall, %.2f CPU (median of %d runs)\n", pw, pc, rec, cw, cc, pw / cw, pc / cc, runs
	printf "python code_many, 2 threads: %.2f s wall\n", p2
}' | tee -a "$OUT"
