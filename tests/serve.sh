#!/bin/sh
# `parley serve` end to end: starts the server on 127.0.0.1 at a free port
# with a database coded from tests/fixtures/serve/, checks the HTTP answers with curl, runs the browser test
# (tests/browser.js: Debian's chromium driven by npm's playwright-core) where
# Chromium and node are present, then stops the server with SIGTERM and
# checks that it drained and exited 0.  Bounded: every request has a 20 s
# limit, the whole run about a minute at most.
# usage: tests/serve.sh BUILD_DIR
B=${1:-build}
T=$B/serve-test
mkdir -p "$T"
ok=0 bad=0
fail() { bad=$((bad + 1)); echo "serve: FAIL: $*"; }
pass() { ok=$((ok + 1)); }

command -v curl >/dev/null 2>&1 || { echo "serve: SKIPPED: curl not found (apt-get install curl)"; exit 77; }

# a database of our own fixture articles
DB=$T/fixture.sqlite
rm -f "$DB" "$DB-wal" "$DB-shm"
if ! "$B/parley" code -q --db "$DB" tests/fixtures/serve/articles.jsonl >/dev/null 2>"$T/db.log"; then
	fail "could not build the fixture database: $(tail -n 3 "$T/db.log")"
	DB=
fi

# a log of an earlier run must not be read for this one
rm -f "$T/server.log"
"$B/parley" serve --port 0 --workers 2 --max-body 65536 ${DB:+--db "$DB"} 2>"$T/server.log" &
PID=$!
PORT=
i=0
while [ $i -lt 200 ] && [ -z "$PORT" ]; do
	PORT=$(sed -n 's|.*listening on http://127\.0\.0\.1:\([0-9]*\)/.*|\1|p' "$T/server.log")
	kill -0 $PID 2>/dev/null || break
	[ -z "$PORT" ] && sleep 0.1
	i=$((i + 1))
done
if [ -z "$PORT" ]; then
	echo "serve: FAIL: the server did not start:"; cat "$T/server.log"
	kill $PID 2>/dev/null; wait $PID 2>/dev/null
	exit 1
fi
U=http://127.0.0.1:$PORT

# req METHOD PATH [curl args...]: sets $code and $body
req() {
	m=$1 p=$2; shift 2
	code=$(curl -s -m 20 -o "$T/body" -w '%{http_code}' -X "$m" "$@" "$U$p")
	body=$(cat "$T/body")
}
# want CODE PATTERN WHAT
want() {
	if [ "$code" = "$1" ] && printf '%s' "$body" | grep -q -- "$2"; then pass; else fail "$3: got $code ${body%"${body#??????????????????????????????????????????????????????????????????????????????}"}"; fi
}

req GET /health;                    want 200 '"status":"ok"' "GET /health"
req GET /nowhere;                   want 404 '"error":"not found"' "unknown path is 404 with a JSON body"
req GET /../../etc/passwd --path-as-is; want 404 '"error"' "no path traversal"
req GET /code;                      want 405 '"error"' "GET /code is 405"
req POST /health -d x;              want 405 'GET only' "POST /health is 405"
req POST /nowhere -d x;             want 404 '"error":"not found"' "POST to an unknown path is 404"
req POST /code --data-binary '{"text": "Russia';                  want 400 '"error":"malformed JSON' "malformed JSON is 400"
req POST /code --data-binary '{"title": "no text"}';             want 400 'needs a string' "an article without text is 400"
req POST '/code?date=yesterday' -H 'Content-Type: text/plain' --data-binary 'x'; want 400 'YYYY-MM-DD' "a bad date is 400"
head -c 70000 /dev/zero | tr '\0' a >"$T/big"
req POST /code -H 'Content-Type: text/plain' --data-binary @"$T/big"; want 413 '"status":413' "a body over --max-body is 413"
req POST /code -H 'Content-Type: text/plain' -H 'Transfer-Encoding: chunked' --data-binary @"$T/big"; want 413 '"status":413' "a chunked body over --max-body is 413"
req GET /health;                    want 200 '"status":"ok"' "still healthy after bad requests"

TEXT='Russian forces attacked the Ukrainian city of Kharkiv on Monday, killing at least 12 civilians.'
req POST '/code?date=2024-05-14' -H 'Content-Type: text/plain' --data-binary "$TEXT"
want 200 '"type":"event"' "text/plain is coded"
printf '%s\n' "$body" | grep -q '"date":"2024-05-13"' && pass || fail "text/plain: ?date= is used (Monday before 2024-05-14)"
n=$(printf '%s\n' "$body" | grep -c '^{"type":')
nl=$(printf '%s\n' "$body" | wc -l)
[ "$n" -ge 2 ] && [ "$n" -eq "$nl" ] && pass || fail "text/plain answer is JSON Lines ($n records on $nl lines)"
want_cli=$(printf '%s' "$TEXT" >"$T/t.txt"; "$B/parley" code -q --text --date 2024-05-14 "$T/t.txt" | sed 's/"doc":"[^"]*"/"doc":null/g')
[ "$body" = "$want_cli" ] && pass || fail "POST /code gives the records of parley code"
req POST /code -H 'Accept: application/json' --data-binary "{\"id\":\"a1\",\"date\":\"2024-05-14\",\"text\":\"$TEXT\"}"
want 200 '^\[{"type":"event","doc":"a1"' "a JSON article with Accept: application/json gives a JSON array"
printf '{\n  "id": "pretty",\n  "text": "Egypt urged Israel to allow aid into Gaza."\n}\n' >"$T/pretty.json"
req POST /code --data-binary @"$T/pretty.json"
want 200 '"doc":"pretty"' "a pretty-printed JSON article (several lines) is one article"
printf '{"id":"x","text":"Egypt urged Israel to allow aid into Gaza."}\n{oops\n' >"$T/two.jsonl"
req POST /code -H 'Content-Type: application/x-ndjson' --data-binary @"$T/two.jsonl"
want 200 '"type":"error","doc":null,"line":2' "JSON Lines: a bad line gives an error record, the others their records"
printf '%s\n' "$body" | grep -q '"doc":"x"' && pass || fail "JSON Lines: the good line is coded"
req GET /metrics
want 200 'parley_http_requests_total{code="413"} 2' "metrics count answers by status"
printf '%s\n' "$body" | grep -q '^parley_documents_coded_total [1-9]' && pass || fail "metrics count documents"
printf '%s\n' "$body" | grep -q 'parley_http_request_duration_seconds{quantile="0.99"} 0\.[0-9]' && pass || fail "metrics give latency percentiles"
req GET /; want 200 '<title>parley</title>' "GET / is the page"
req GET /assets/uPlot.js; want 200 'uPlot' "uPlot is served from memory"
req GET /assets/countries-110m.json; want 200 '"Topology"' "world-atlas TopoJSON is served from memory"

if [ -n "$DB" ]; then
	req GET '/events?format=json&dyad=RUS-UKR'; want 200 '"events":\[{' "GET /events JSON with a dyad"
	req GET '/events?format=csv&root=19'; want 200 '^[a-z_]*,' "GET /events CSV"
	req GET '/events?format=tsv'; want 200 '	' "GET /events Phoenix TSV"
	req GET '/events?from=2024-99-01'; want 400 '"error"' "a bad from date is 400"
	req GET '/events?dyad=%FF-x'; want 400 'not \\"?-x\\"' "an error quoting bytes that are not UTF-8 shows them as ?"
	req GET '/aggregate?by=week&dyad=RUS-UKR'; want 200 '"rows":\[{"period":"' "GET /aggregate by week"
	sum_events() { python3 -c 'import json,sys; print(sum(r["events"] for r in json.load(sys.stdin)["rows"]))'; }
	ab=$(curl -s -m 20 "$U/aggregate?dyad=RUS-UKR" | sum_events)
	ba=$(curl -s -m 20 "$U/aggregate?dyad=UKR-RUS" | sum_events)
	both=$(curl -s -m 20 "$U/aggregate?dyad=RUS-UKR&both=1" | sum_events)
	[ "$ab" -gt 0 ] && [ "$ba" -gt 0 ] && [ "$both" -eq $((ab + ba)) ] && pass ||
		fail "aggregate both=1 adds the two directions: $ab + $ba != $both"
	req GET '/aggregate?dyad=RUS-RUSGOV&both=1'; want 400 'neither of which' "both=1 refuses overlapping sides"
	req GET '/articles/fx-1'; want 200 '"text":' "GET /articles/ID"
	req GET '/articles/nope'; want 404 '"error"' "an unknown article is 404"
else
	req GET /events; want 404 'no database' "without --db, /events says so"
fi

# malformed HTTP of every kind: the server answers or closes, and stays up
if out=$(timeout 120 python3 tests/garbage.py "$PORT" 300 2>&1); then pass; echo "serve: $out"; else fail "$out"; fi

# the browser test
if [ -n "${PARLEY_NO_BROWSER:-}" ]; then
	echo "serve: browser test SKIPPED: PARLEY_NO_BROWSER is set"
elif ! command -v node >/dev/null 2>&1; then
	echo "serve: browser test SKIPPED: node not found"
elif [ ! -x "${CHROMIUM:=/usr/bin/chromium}" ]; then
	echo "serve: browser test SKIPPED: $CHROMIUM not found (apt-get install chromium)"
elif ! sh tools/fetch-npm-web.sh --test build/npm-web; then
	fail "browser test: could not fetch playwright-core"
else
	if NODE_PATH=build/npm-web/node_modules timeout 120 node tests/browser.js "$U/" "$B/screenshots" "${DB:+db}" \
	    >"$T/browser.log" 2>&1; then
		pass; sed 's/^/serve: /' "$T/browser.log"
	else
		fail "browser test:"; sed 's/^/serve:   /' "$T/browser.log"
	fi
fi

# SIGTERM while a request is in flight (its body sent slowly): it is answered
python3 -c "import json; print(json.dumps({'id': 'slow', 'text': 'Egypt urged Israel to allow aid into Gaza. ' * 1300}))" >"$T/slow.json"
curl -s -m 30 --limit-rate 20K -o "$T/slow.out" -w '%{http_code}' -X POST --data-binary @"$T/slow.json" "$U/code" >"$T/slow.code" &
CURL=$!
sleep 1
kill -TERM $PID
wait $CURL
[ "$(cat "$T/slow.code")" = 200 ] && grep -q '"doc":"slow"' "$T/slow.out" && pass ||
	fail "a request in flight at SIGTERM is answered: got $(cat "$T/slow.code")"
i=0
while kill -0 $PID 2>/dev/null && [ $i -lt 100 ]; do sleep 0.1; i=$((i + 1)); done
if kill -0 $PID 2>/dev/null; then
	fail "the server did not stop within 10 s of SIGTERM"; kill -KILL $PID
fi
wait $PID; rc=$?
[ $rc -eq 0 ] && grep -q 'stopped' "$T/server.log" && pass || fail "SIGTERM: exit $rc; $(tail -n 2 "$T/server.log")"

echo "serve: $ok checks passed, $bad failed"
[ $bad -eq 0 ]
