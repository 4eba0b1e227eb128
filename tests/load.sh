#!/bin/sh
# `make load`: a bounded load test of `parley serve` on the loopback, with
# Debian's wrk over 2 threads and 32 connections:
#   1. 1,000 POST /code of one short article (warm-up), then the server's RSS;
#   2. SECONDS (default 10) of the same, which must make at least 10,000:
#      0 errors, throughput and p50/p99 latency, and the RSS within 10% of
#      the RSS after the first 1,000;
#   3. 1,000 malformed bodies: every answer 4xx, and /health still 200.
# Writes the figures to BUILD_DIR/load.txt.  About 20 s in all.
# usage: tests/load.sh BUILD_DIR [SECONDS]  (of the main run; default 10)
B=${1:-build}
SECS=${2:-10}
T=$B/load-test
mkdir -p "$T"
command -v wrk >/dev/null 2>&1 || { echo "load: wrk not found (apt-get install wrk)"; exit 1; }
command -v curl >/dev/null 2>&1 || { echo "load: curl not found (apt-get install curl)"; exit 1; }

# a log of an earlier run must not be read for this one
rm -f "$T/server.log"
"$B/parley" serve --port 0 --workers 2 --max-conn 64 2>"$T/server.log" &
PID=$!
trap 'kill -TERM $PID 2>/dev/null' EXIT
PORT= i=0
while [ $i -lt 200 ] && [ -z "$PORT" ]; do
	PORT=$(sed -n 's|.*listening on http://127\.0\.0\.1:\([0-9]*\)/.*|\1|p' "$T/server.log" 2>/dev/null)
	kill -0 $PID 2>/dev/null || break
	[ -z "$PORT" ] && sleep 0.1
	i=$((i + 1))
done
[ -n "$PORT" ] || { echo "load: the server did not start"; cat "$T/server.log"; exit 1; }
U=http://127.0.0.1:$PORT

printf '%s' '{"id":"load","date":"2024-05-14","text":"Russian forces attacked the Ukrainian city of Kharkiv on Monday, killing at least 12 civilians, the regional governor said. Ukraine accused Moscow of targeting homes and urged its allies to send more air defence systems."}' >"$T/article.json"
printf '%s' '{"id":"bad","text": "unterminated' >"$T/bad.json"
curl -s -m 10 -X POST --data-binary @"$T/article.json" "$U/code" | grep -q '"type":"event"' ||
	{ echo "load: the article gives no event"; exit 1; }

rss() { awk '/^VmRSS/ { print $2 }' /proc/$PID/status; }
# run WANT PER_THREAD SECONDS BODY: prints wrk's summary line (wrk runs for
# SECONDS; each thread stops sending after PER_THREAD answers)
run() {
	LOAD_WANT=$1 LOAD_PER_THREAD=$2 LOAD_BODY=$4 timeout $(($3 + 20)) \
	    wrk -t 2 -c 32 -d "$3s" --timeout 10s -s tests/load.lua "$U/code" >"$T/wrk.out" 2>&1
	grep '^LOAD ' "$T/wrk.out" || { echo "load: wrk failed:"; cat "$T/wrk.out"; exit 1; }
}
field() { printf '%s\n' "$1" | tr ' ' '\n' | sed -n "s/^$2=//p"; }

bad=0
warm=$(run 2xx 500 4 "$T/article.json")
rss1=$(rss)
main=$(run 2xx 100000000 "$SECS" "$T/article.json")
rss2=$(rss)
junk=$(run 4xx 500 4 "$T/bad.json")
health=$(curl -s -m 10 -o /dev/null -w '%{http_code}' "$U/health")

n=$(field "$main" answered)
[ "$n" -ge 10000 ] || { echo "load: FAIL: only $n requests answered"; bad=1; }
[ "$(field "$main" wrong)" -eq 0 ] && [ "$(field "$main" socket_errors)" -eq 0 ] && [ "$(field "$warm" wrong)" -eq 0 ] ||
	{ echo "load: FAIL: errors under load: $main"; bad=1; }
growth=$(awk -v a="$rss1" -v b="$rss2" 'BEGIN { printf "%.1f", (b - a) * 100 / a }')
awk -v a="$rss1" -v b="$rss2" 'BEGIN { exit !(b <= a * 1.10 && b >= a * 0.90) }' ||
	{ echo "load: FAIL: RSS went from $rss1 kB to $rss2 kB ($growth%)"; bad=1; }
[ "$(field "$junk" answered)" -ge 1000 ] && [ "$(field "$junk" wrong)" -eq 0 ] ||
	{ echo "load: FAIL: malformed requests not all answered 4xx: $junk"; bad=1; }
[ "$health" = 200 ] || { echo "load: FAIL: /health answers $health after the malformed requests"; bad=1; }

{
	echo "parley serve load test ($(date -u +%Y-%m-%d), $(nproc) cores, wrk -t2 -c32, --workers 2, loopback)"
	echo "POST /code of one 2-sentence article ($(wc -c <"$T/article.json") bytes):"
	echo "  $n requests in $(field "$main" secs) s: $(field "$main" rps) requests/s, p50 $(field "$main" p50_ms) ms, p99 $(field "$main" p99_ms) ms, $(field "$main" wrong) errors"
	echo "  RSS after the first 1,000: $rss1 kB; after $n more: $rss2 kB ($growth%)"
	echo "1,000+ malformed bodies: $(field "$junk" answered) answered, $(field "$junk" wrong) not 4xx; /health then: $health"
} | tee "$B/load.txt"
kill -TERM $PID
wait $PID || { echo "load: FAIL: the server did not stop cleanly"; bad=1; }
trap - EXIT
[ $bad -eq 0 ] && echo "load: passed" || { echo "load: FAILED"; exit 1; }
