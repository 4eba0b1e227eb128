#!/bin/sh
# make bench: codes the Reuters corpus and prints throughput, memory, load
# time and the ratio to `wc -w` (medians of RUNS runs each); writes the same
# lines to bench/results.txt.  Timing lives here, never in the tests.
# usage: bench/run.sh BUILD_DIR [CORPUS]
set -eu
B=${1:-build}
CORPUS=${2:-${PARLEY_SHARED:-../shared}/corpora/reuters21578.jsonl}
RUNS=${RUNS:-5}
OUT=bench/results.txt
if [ ! -f "$CORPUS" ]; then
	echo "bench: SKIPPED: $CORPUS not found (the shared corpora are not beside this checkout)"
	exit 0
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

now() { date +%s.%N; }
median() { sort -g | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

# one timed run: wall seconds to stdout, peak RSS (KB) to $tmp/rss
timed() {
	/usr/bin/time -f '%e %M %U' -o "$tmp/time" "$@" > /dev/null 2> "$tmp/err"
	cat "$tmp/time" | tail -n 1
}

bytes=$(wc -c < "$CORPUS")
stories=$(wc -l < "$CORPUS")
"$B/parley" code -j 1 "$CORPUS" > /dev/null 2> "$tmp/summary"
sentences=$(sed -n 's/.* articles, \([0-9]*\) sentences.*/\1/p' "$tmp/summary")

: > "$tmp/p1"; : > "$tmp/p2"; : > "$tmp/wc"; : > "$tmp/rss"; : > "$tmp/load"
: > "$tmp/db"; : > "$tmp/dedup"; : > "$tmp/export"; : > "$tmp/u1"; : > "$tmp/udb"
i=0
while [ $i -lt "$RUNS" ]; do
	timed "$B/parley" code -q -j 1 "$CORPUS" | { read -r t m u; echo "$t" >> "$tmp/p1"; echo "$m" >> "$tmp/rss"; echo "$u" >> "$tmp/u1"; }
	timed "$B/parley" code -q -j 2 "$CORPUS" | { read -r t m u; echo "$t" >> "$tmp/p2"; }
	s=$(now); wc -w "$CORPUS" > /dev/null; e=$(now)
	awk -v s="$s" -v e="$e" 'BEGIN { print e - s }' >> "$tmp/wc"
	"$B/parley" dict stats | sed -n 's/^load_ms //p' >> "$tmp/load"
	# the SQLite store: code into a new database, then dedup and export it
	rm -f "$tmp/b.sqlite" "$tmp/b.sqlite-wal" "$tmp/b.sqlite-shm"
	timed "$B/parley" code -q -j 1 --db "$tmp/b.sqlite" "$CORPUS" | { read -r t m u; echo "$t" >> "$tmp/db"; echo "$u" >> "$tmp/udb"; }
	timed "$B/parley" dedup --db "$tmp/b.sqlite" | { read -r t m u; echo "$t" >> "$tmp/dedup"; }
	timed "$B/parley" export --db "$tmp/b.sqlite" --format gdelt | { read -r t m u; echo "$t" >> "$tmp/export"; }
	i=$((i + 1))
done
p1=$(median < "$tmp/p1"); p2=$(median < "$tmp/p2"); w=$(median < "$tmp/wc")
rss=$(median < "$tmp/rss"); load=$(median < "$tmp/load")
db=$(median < "$tmp/db"); dedup=$(median < "$tmp/dedup"); export=$(median < "$tmp/export")
u1=$(median < "$tmp/u1"); udb=$(median < "$tmp/udb")

awk -v p1="$p1" -v p2="$p2" -v w="$w" -v rss="$rss" -v load="$load" -v b="$bytes" \
    -v db="$db" -v dedup="$dedup" -v export="$export" -v u1="$u1" -v udb="$udb" \
    -v st="$stories" -v se="$sentences" -v runs="$RUNS" -v corpus="$(basename "$CORPUS")" 'BEGIN {
	printf "corpus: %s (%d stories, %d sentences, %.1f MB), median of %d runs\n", corpus, st, se, b / 1e6, runs
	printf "wall time: %.2f s with 1 thread, %.2f s with 2 threads (speed-up %.2fx)\n", p1, p2, p1 / p2
	printf "stories/s: %.0f\n", st / p1
	printf "sentences/s: %.0f\n", se / p1
	printf "MB/s: %.2f\n", b / 1e6 / p1
	printf "peak RSS: %.1f MB\n", rss / 1024
	printf "dictionary load: %.1f ms\n", load
	printf "ratio to wc -w: %.1f (wc -w %.3f s)\n", p1 / w, w
	printf "code --db (SQLite): %.2f s with 1 thread, %+.0f%% over code to standard output (CPU %+.0f%%)\n", db, (db / p1 - 1) * 100, (udb / u1 - 1) * 100
	printf "dedup of the whole corpus: %.2f s; export --format gdelt: %.2f s\n", dedup, export
}' | tee "$OUT"
