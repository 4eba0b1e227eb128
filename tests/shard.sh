#!/bin/sh
# Sharded runs equal one run: the input is cut into line-aligned shards, each
# coded by its own process, and the outputs concatenated in order must equal
# the single-process output byte for byte (with GNU parallel too, when it is
# installed).
# usage: tests/shard.sh BUILD_DIR
B=${1:-build}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
REUTERS=${PARLEY_SHARED:-../shared}/corpora/reuters21578.jsonl
cat tests/golden/constructions.in examples/article.jsonl > "$tmp/in.jsonl"
if [ -f "$REUTERS" ]; then
	head -n 3000 "$REUTERS" >> "$tmp/in.jsonl"
fi
ok=0 bad=0
"$B/parley" code -q "$tmp/in.jsonl" > "$tmp/single.out"
# line numbers in error records are per process, so compare event records
# only when inputs carry errors; these inputs carry none
[ -s "$tmp/single.out" ] || { echo "shard: no output at all"; exit 1; }

split -n l/4 -d "$tmp/in.jsonl" "$tmp/shard."
for s in "$tmp"/shard.0*; do
	"$B/parley" code -q "$s" > "$s.out"
done
cat "$tmp"/shard.0*.out > "$tmp/sharded.out"
if cmp -s "$tmp/single.out" "$tmp/sharded.out"; then ok=$((ok + 1)); else bad=$((bad + 1)); echo "shard: split -n l/4 output differs"; fi

if command -v parallel > /dev/null 2>&1; then
	parallel --will-cite --pipe -k --block 200k "$B/parley" code -q < "$tmp/in.jsonl" > "$tmp/parallel.out"
	if cmp -s "$tmp/single.out" "$tmp/parallel.out"; then ok=$((ok + 1)); else bad=$((bad + 1)); echo "shard: parallel --pipe -k output differs"; fi
else
	echo "shard: GNU parallel not installed, its check skipped"
fi
echo "shard: $ok passed, $bad failed"
[ "$bad" -eq 0 ]
