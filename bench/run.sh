#!/bin/sh
# make bench: codes the Reuters corpus and prints throughput, memory, load
# time and the ratio to `wc -w` (medians of RUNS runs each); writes the same
# lines to bench/results.txt.  Timing lives here, never in the tests.
# Then a length-scaling table: one generated article (bench/gen-long) of 1k,
# 10k, 100k, 129k (10 MB, the size whose peak RSS is watched) and 300k
# sentences, one of 30k quotations ("...," Miller said.) and one of the
# corpus's first stories joined up to 10 MB, each coded once; time per sentence is compared with that of the
# Reuters stories, in CPU seconds (user + system), which a busy machine
# disturbs less than wall time.  SCALE=0 leaves the table out.
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

# one timed run: wall seconds and peak RSS (KB) to stdout
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

[ "${SCALE:-1}" = 0 ] && exit 0
# CPU seconds of loading (an empty input), taken from every run below
: > "$tmp/empty"
/usr/bin/time -f '%U %S' -o "$tmp/cpu" "$B/parley" code -q "$tmp/empty" > /dev/null
load_cpu=$(tail -n 1 "$tmp/cpu" | awk '{ print $1 + $2 }')
# CPU seconds and peak RSS of one Reuters run, for the comparison
/usr/bin/time -f '%U %S %M' -o "$tmp/cpu" "$B/parley" code -q -j 1 "$CORPUS" > /dev/null
read -r ru rs rm < "$tmp/cpu"
rcpu=$(awk -v u="$ru" -v s="$rs" -v l="$load_cpu" 'BEGIN { print u + s - l }')
row() {   # name sentences bytes wall cpu rss_kb
	# (a run shorter than the clock's 0.01 s, once loading is taken off,
	# has no per-sentence figure)
	awk -v name="$1" -v n="$2" -v b="$3" -v w="$4" -v cpu="$5" -v m="$6" -v c="$rcpu" -v se="$sentences" 'BEGIN {
		if (cpu < 0.02)
			printf "| %s | %d | %.1f | %s | <0.02 | - | - | %.0f |\n", name, n, b / 1e6, w, m / 1024
		else
			printf "| %s | %d | %.1f | %s | %.2f | %.1f | %.2fx | %.0f |\n",
			       name, n, b / 1e6, w, cpu, cpu / n * 1e6, (cpu / n) / (c / se), m / 1024 }'
}
{
	echo
	echo "length scaling: one article of N generated sentences (bench/gen-long), one thread, one run each;"
	echo "CPU: user + system seconds less those of loading ($load_cpu s)"
	echo
	echo "| input | sentences | MB | wall s | CPU s | CPU us/sentence | vs Reuters | peak RSS MB |"
	echo "|---|---:|---:|---:|---:|---:|---:|---:|"
	row "Reuters (19,779 stories)" "$sentences" "$bytes" "-" "$rcpu" "$rm"
	for spec in "1000 news" "10000 news" "100000 news" "129000 news" "300000 news" "30000 quotes"; do
		set -- $spec
		python3 bench/gen-long "$1" "$2" > "$tmp/long.jsonl"
		/usr/bin/time -f '%e %U %S %M' -o "$tmp/time" "$B/parley" code -j 1 "$tmp/long.jsonl" > /dev/null 2> "$tmp/err"
		n=$(sed -n 's/.* articles, \([0-9]*\) sentences.*/\1/p' "$tmp/err")
		read -r w u sy m < "$tmp/time"
		if [ "$2" = quotes ]; then name="$(($1 / 1000))k quotations"; else name="$(($1 / 1000))k sentences"; fi
		[ "$1" = 129000 ] && name="10 MB ($name)"
		row "$name" "$n" "$(wc -c < "$tmp/long.jsonl")" "$w" "$(awk -v u="$u" -v s="$sy" -v l="$load_cpu" 'BEGIN { print u + s - l }')" "$m"
	done
	python3 -c 'import json, sys
texts, n = [], 0
for line in open(sys.argv[1]):
    t = json.loads(line).get("text") or ""
    if t:
        texts.append(t)
        n += len(t) + 2
    if n >= 10000000:
        break
print(json.dumps({"id": "joined", "date": "1987-03-01", "text": "\n\n".join(texts)}))' "$CORPUS" > "$tmp/long.jsonl"
	/usr/bin/time -f '%e %U %S %M' -o "$tmp/time" "$B/parley" code -j 1 "$tmp/long.jsonl" > /dev/null 2> "$tmp/err"
	n=$(sed -n 's/.* articles, \([0-9]*\) sentences.*/\1/p' "$tmp/err")
	read -r w u sy m < "$tmp/time"
	row "10 MB ($(basename "$CORPUS" .jsonl) joined)" "$n" "$(wc -c < "$tmp/long.jsonl")" "$w" "$(awk -v u="$u" -v s="$sy" -v l="$load_cpu" 'BEGIN { print u + s - l }')" "$m"
} | tee -a "$OUT"
