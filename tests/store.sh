#!/bin/sh
# The SQLite data set: code --db, load, dedup (three levels), merge, export
# formats, aggregate numbers checked by hand, a SIGKILL mid-load, and bad
# databases (corrupt, locked, another schema version, full disk).
# usage: tests/store.sh BUILD_DIR
B=${1:-build}
P="$B/parley"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
ok=0 bad=0
pass() { ok=$((ok + 1)); }
fail() { bad=$((bad + 1)); echo "store: FAIL: $*"; }
# check DESCRIPTION EXPECTED ACTUAL
check() { if [ "$2" = "$3" ]; then pass; else fail "$1: expected [$2], got [$3]"; fi; }
q() { python3 -c 'import sqlite3, sys
c = sqlite3.connect(sys.argv[1])
for s in [s for s in sys.argv[2].split(";") if s.strip()]:
    rows = c.execute(s).fetchall()
for r in rows: print("|".join("" if v is None else str(v) for v in r))' "$@"; }
P_OPTS="-q"

# --- code --db: articles, outlets, the three levels of deduplication
"$P" code $P_OPTS --db "$T/a.sqlite" tests/store/articles.jsonl; check "code --db exit" 0 $?
check "articles (ids, a hash key, an unreadable line has none)" \
	"hash:|wire-1|wire-2|wire-3|wire-4|wire-6" \
	"$(q "$T/a.sqlite" "select case when id like 'hash:%' then 'hash:' else id end from articles order by id" | tr '\n' '|' | sed 's/|$//')"
check "outlet and url kept" "Wire One|https://wire1.example/a|Ceasefire call" \
	"$(q "$T/a.sqlite" "select source, url, title from articles where id='wire-1'")"
check "errors: bad text and bad JSON" 2 "$(q "$T/a.sqlite" "select count(*) from errors")"
"$P" export --db "$T/a.sqlite" --format csv --dyad USA,ISR > "$T/ev.csv"; check "export exit" 0 $?
# level 3 (across articles): one event, 5 mentions, 4 articles, 2 outlets, root wire-1
check "USA-ISR event (mentions,articles,sources,root,is_root)" "5,4,2,wire-1,1" \
	"$(sed 1d "$T/ev.csv" | cut -d, -f9,10,11,17,12 | awk -F, '{print $1","$2","$3","$5","$4}')"
check "USA-ISR: one row" 1 "$(sed 1d "$T/ev.csv" | wc -l | tr -d ' ')"
# level 1 (within an article): wire-4 says it twice
check "--dedup article: rows and mentions" "4 5" \
	"$("$P" export --db "$T/a.sqlite" --format csv --dedup article --dyad USA,ISR | sed 1d |
	   awk -F, '{n++; m+=$9} END {print n, m}')"
# level 2 (Phoenix one-a-day)
check "--dedup day: one row" 1 \
	"$("$P" export --db "$T/a.sqlite" --format csv --dedup day --dyad USA,ISR | sed 1d | wc -l | tr -d ' ')"
check "--dedup none: every mention" 5 \
	"$("$P" export --db "$T/a.sqlite" --format csv --dedup none --dyad USA,ISR | sed 1d | wc -l | tr -d ' ')"
# RUS-UKR with a date and without: two events
check "RUS-UKR: two events" 2 \
	"$("$P" export --db "$T/a.sqlite" --format csv --dyad RUS,UKR | sed 1d | wc -l | tr -d ' ')"
# what did not happen is a mention with its flags, never an event
printf '%s\n' '{"id":"n1","date":"2024-03-01","text":"Russia did not attack Ukraine on Friday. Russia would have attacked Ukraine if the talks had failed."}' > "$T/neg.jsonl"
"$P" code $P_OPTS --db "$T/n.sqlite" "$T/neg.jsonl"
check "negated and conditional: mentions kept with their flags" "1|asserted 0|conditional" \
	"$(q "$T/n.sqlite" "select negated, mood from mentions order by ordinal" | tr '\n' ' ' | sed 's/ $//')"
for level in event day article none; do
	check "negated and conditional: no event (--dedup $level)" 0 \
		"$("$P" export --db "$T/n.sqlite" --format csv --dedup $level | sed 1d | wc -l | tr -d ' ')"
done
# what is told as background (dated long before the story) is a mention, not an event
printf '%s\n' '{"id":"b1","date":"2024-03-01","text":"Russia attacked Ukraine in 1994."}' > "$T/bg.jsonl"
"$P" code $P_OPTS --db "$T/bg.sqlite" "$T/bg.jsonl"
check "background: mention kept with its flag" "1" "$(q "$T/bg.sqlite" "select background from mentions")"
check "background: no event" 0 \
	"$("$P" export --db "$T/bg.sqlite" --format csv --dedup event | sed 1d | wc -l | tr -d ' ')"
# an event whose source has no code ("the group", a passive without its
# agent) is a mention, not an event of the data set: who did it is unknown
printf '%s\n' '{"id":"s1","date":"2024-03-01","text":"The embassy was attacked on Friday. Russia attacked Ukraine on Friday."}' > "$T/src.jsonl"
"$P" code $P_OPTS --db "$T/s.sqlite" "$T/src.jsonl"
check "no source code: mention kept" "1 1" \
	"$(q "$T/s.sqlite" "select count(*) from mentions where source is null" | tr -d ' ') $(q "$T/s.sqlite" "select count(*) from mentions where source = 'RUS'" | tr -d ' ')"
for level in event day article none; do
	check "no source code: only the coded source's event (--dedup $level)" "RUS" \
		"$("$P" export --db "$T/s.sqlite" --format csv --dedup $level | sed 1d | cut -d, -f3 | sort -u | tr '\n' ' ' | sed 's/ $//')"
done
# a store of schema version 1 (no background column) is upgraded when opened to write
python3 -c 'import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); c.execute("alter table mentions drop column background"); c.execute("pragma user_version = 1"); c.commit()' "$T/bg.sqlite"
"$P" code $P_OPTS --db "$T/bg.sqlite" "$T/bg.jsonl"
check "schema 1: upgraded to 2" "2|1" "$(q "$T/bg.sqlite" "pragma user_version" | tr '\n' ' ' | sed 's/ $//')|$(q "$T/bg.sqlite" "select background from mentions")"
printf '{"text":"%0200d"}\n\n{"text":"Russia condemned Ukraine."}\n' 0 > "$T/long.jsonl"
"$P" code $P_OPTS --max-line 100 --db "$T/l.sqlite" "$T/long.jsonl"
check "a line too long, an empty line: one error each" "1|line 1: longer than 100 bytes (--max-line), skipped 2|line 2: empty line" \
	"$(q "$T/l.sqlite" "select line, message from errors order by line" | tr '\n' ' ' | sed 's/ $//')"
# idempotent reload: the same counts after loading the same articles again
before=$(q "$T/a.sqlite" "select (select count(*) from articles), (select count(*) from mentions), (select count(*) from quotes), (select count(*) from figures), (select count(*) from errors)")
"$P" code $P_OPTS --db "$T/a.sqlite" tests/store/articles.jsonl
check "reload replaces, never adds" "$before" \
	"$(q "$T/a.sqlite" "select (select count(*) from articles), (select count(*) from mentions), (select count(*) from quotes), (select count(*) from figures), (select count(*) from errors)")"
check "schema version" 2 "$(q "$T/a.sqlite" "pragma user_version")"
check "WAL mode" wal "$(q "$T/a.sqlite" "pragma journal_mode")"

# --- export formats: column counts, pandas
for f in phoenix:26 gdelt:61 gdelt-mentions:16; do
	fmt=${f%%:*} n=${f##*:}
	"$P" export --db "$T/a.sqlite" --format "$fmt" > "$T/out.tsv"
	check "$fmt columns" "$n" "$(awk -F'\t' '{print NF}' "$T/out.tsv" | sort -u | tr '\n' ' ' | sed 's/ $//')"
done
check "gdelt-mentions rows = mentions" "$(q "$T/a.sqlite" "select count(*) from mentions")" \
	"$("$P" export --db "$T/a.sqlite" --format gdelt-mentions | wc -l | tr -d ' ')"
"$P" export --db "$T/a.sqlite" --format csv > "$T/all.csv"
PD=python3
python3 -c 'import pandas' 2>/dev/null || PD=/usr/bin/python3
if $PD -c 'import pandas' 2>/dev/null; then
	check "pandas reads the CSV" "ok" "$($PD -c '
import sys, pandas
df = pandas.read_csv(sys.argv[1])
n = int(sys.argv[2])
assert len(df) == n, (len(df), n)
assert list(df.columns[:5]) == ["event_id", "date", "source", "target", "code"]
assert df["num_mentions"].sum() == int(sys.argv[3])
assert df["code"].dtype == object or df["code"].dtype.kind in "iu"
print("ok")' "$T/all.csv" "$(q "$T/a.sqlite" "select count(*) from events")" \
	"$(q "$T/a.sqlite" "select count(*) from mentions")" 2>&1)"
else
	echo "store: pandas not installed: CSV read by pandas not checked"
fi
"$P" export --db "$T/a.sqlite" --format jsonl > "$T/all.jsonl"
check "jsonl is JSON" ok "$(python3 -c '
import json, sys
n = sum(1 for l in open(sys.argv[1]) if json.loads(l)["num_mentions"] >= 1)
print("ok" if n > 0 else "none")' "$T/all.jsonl")"

# --- load + aggregate, numbers worked out by hand (tests/store/records.jsonl:
# USA-ISR 042 (1.9) said twice in a1 and again in a2 for 2024-01-01; RUS-UKR
# 111 (-2.0) on 01-02; ISR-PSE 190 (-10) on 01-03; USA-ISR 042 on 02-10;
# RUS-UKR 190 on 02-12)
"$P" load "$T/r.sqlite" tests/store/records.jsonl; check "load exit" 0 $?
agg() { "$P" aggregate --db "$T/r.sqlite" "$@" | tr '\n' ' ' | sed 's/ $//'; }
check "by day" "day,events,goldstein_sum,goldstein_mean,mentions 2024-01-01,1,1.9,1.900,3 2024-01-02,1,-2.0,-2.000,1 2024-01-03,1,-10.0,-10.000,1 2024-02-10,1,1.9,1.900,1 2024-02-12,1,-10.0,-10.000,1" "$(agg --by day)"
check "by week (Mondays)" "week,events,goldstein_sum,goldstein_mean,mentions 2024-01-01,3,-10.1,-3.367,5 2024-02-05,1,1.9,1.900,1 2024-02-12,1,-10.0,-10.000,1" "$(agg --by week)"
check "by month" "month,events,goldstein_sum,goldstein_mean,mentions 2024-01,3,-10.1,-3.367,5 2024-02,2,-8.1,-4.050,2" "$(agg --by month)"
check "by month and quad" "month,quad,events,goldstein_sum,goldstein_mean,mentions 2024-01,1,1,1.9,1.900,3 2024-01,3,1,-2.0,-2.000,1 2024-01,4,1,-10.0,-10.000,1 2024-02,1,1,1.9,1.900,1 2024-02,4,1,-10.0,-10.000,1" "$(agg --by month --quad)"
check "by month and root" "month,root,events,goldstein_sum,goldstein_mean,mentions 2024-01,04,1,1.9,1.900,3 2024-01,11,1,-2.0,-2.000,1 2024-01,19,1,-10.0,-10.000,1 2024-02,04,1,1.9,1.900,1 2024-02,19,1,-10.0,-10.000,1" "$(agg --by month --root)"
check "by month, dyad USA,ISR" "month,events,goldstein_sum,goldstein_mean,mentions 2024-01,1,1.9,1.900,3 2024-02,1,1.9,1.900,1" "$(agg --by month --dyad USA,ISR)"
check "by month, every mention" "month,events,goldstein_sum,goldstein_mean,mentions 2024-01,5,-6.3,-1.260,5 2024-02,2,-8.1,-4.050,2" "$(agg --by month --dedup none)"
check "by month, once per article" "month,events,goldstein_sum,goldstein_mean,mentions 2024-01,4,-8.2,-2.050,5 2024-02,2,-8.1,-4.050,2" "$(agg --by month --dedup article)"
check "by month, from/to" "month,events,goldstein_sum,goldstein_mean,mentions 2024-01,2,-12.0,-6.000,2" "$(agg --by month --from 2024-01-02 --to 2024-01-31)"
check "load: article dates from the records" "a1|2024-01-01 a2|2024-01-02 a3|2024-02-10" \
	"$(q "$T/r.sqlite" "select id, date from articles order by id" | tr '\n' ' ' | sed 's/ $//')"
check "load: quote, figure, error" "1|1|1" \
	"$(q "$T/r.sqlite" "select (select count(*) from quotes), (select count(*) from figures), (select count(*) from errors)")"
printf '{"type":"event"}\nnot json\n' > "$T/badrec.jsonl"
"$P" load "$T/r2.sqlite" "$T/badrec.jsonl" 2> "$T/err"
check "load: bad record lines, exit 2" 2 $?
check "load: bad line named" 1 "$(grep -c 'badrec.jsonl:line 2: invalid JSON' "$T/err")"

# --- merge: shards coded apart equal one load of everything
# The store keeps one article an id (a later one replaces it), and the golden
# files are written apart: an id found again is given a suffix, so that one
# load and the merge of the shards hold the same articles whatever the split.
cat tests/golden/*.in tests/store/articles.jsonl | grep -av '^not json' | python3 -c '
import json, sys
seen = set()
for line in sys.stdin.buffer:
    try:
        d = json.loads(line)
    except ValueError:
        d = None
    if isinstance(d, dict) and isinstance(d.get("id"), str):
        n, i = 1, d["id"]
        while d["id"] in seen:
            n += 1
            d["id"] = "%s~%d" % (i, n)
        seen.add(d["id"])
        if d["id"] != i:
            line = (json.dumps(d, ensure_ascii=False) + "\n").encode()
    sys.stdout.buffer.write(line)' > "$T/corpus.jsonl"
R=${PARLEY_SHARED:-../shared}/corpora/reuters21578.jsonl
[ -f "$R" ] && head -n 1500 "$R" >> "$T/corpus.jsonl"
n=$(wc -l < "$T/corpus.jsonl")
head -n $((n / 3)) "$T/corpus.jsonl" > "$T/s1.jsonl"
sed -n "$((n / 3 + 1)),\$p" "$T/corpus.jsonl" > "$T/s2.jsonl"
"$P" code $P_OPTS --db "$T/all.sqlite" "$T/corpus.jsonl"
"$P" code $P_OPTS -j 2 --db "$T/s2.sqlite" "$T/s2.jsonl"
"$P" code $P_OPTS --db "$T/s1.sqlite" "$T/s1.jsonl"
"$P" merge "$T/s2.sqlite" "$T/s1.sqlite" "$T/m.sqlite"; check "merge exit" 0 $?
for fmt in jsonl gdelt gdelt-mentions phoenix; do
	"$P" export --db "$T/all.sqlite" --format $fmt > "$T/x1"
	"$P" export --db "$T/m.sqlite" --format $fmt > "$T/x2"
	if cmp -s "$T/x1" "$T/x2" && [ -s "$T/x1" ]; then pass; else fail "merge differs from one load ($fmt)"; fi
done
# every mention, without the row ids (which follow the order of loading)
"$P" export --db "$T/all.sqlite" --format csv --dedup none | cut -d, -f2- | sort > "$T/x1"
"$P" export --db "$T/m.sqlite" --format csv --dedup none | cut -d, -f2- | sort > "$T/x2"
if cmp -s "$T/x1" "$T/x2"; then pass; else fail "merge: mentions differ"; fi
"$P" merge "$T/s1.sqlite" "$T/m.sqlite"   # merging an article again replaces it
check "merge again: same events" "$(q "$T/all.sqlite" "select count(*), sum(num_mentions) from events")" \
	"$(q "$T/m.sqlite" "select count(*), sum(num_mentions) from events")"

# --- SIGKILL mid-load: committed articles stay, the run resumes cleanly
python3 - "$T/big.jsonl" <<'EOF'
import json, sys
texts = ["The United States urged Israel to agree to a ceasefire. Egypt hosted talks with Qatar in Cairo.",
         "Russia condemned Ukraine. \"We will not back down,\" the Ukrainian president said.",
         "At least 12 people were killed in Gaza on Monday, the Health Ministry said."]
with open(sys.argv[1], "w") as f:
    for i in range(20000):
        f.write(json.dumps({"id": "k%05d" % i, "date": "2024-05-%02d" % (1 + i % 28), "text": texts[i % 3]}) + "\n")
EOF
"$P" code $P_OPTS --db "$T/whole.sqlite" "$T/big.jsonl"
"$P" code $P_OPTS --db "$T/k.sqlite" "$T/big.jsonl" &
pid=$!
seen=0 i=0
while [ $i -lt 400 ]; do
	seen=$(q "$T/k.sqlite" "select count(*) from articles" 2>/dev/null || echo 0)
	[ "${seen:-0}" -ge 1024 ] && break
	sleep 0.05; i=$((i + 1))
done
kill -9 $pid 2>/dev/null; wait $pid 2>/dev/null
after=$(q "$T/k.sqlite" "select count(*) from articles")
if [ "${seen:-0}" -ge 1 ] && [ "$after" -ge "$seen" ]; then pass; else fail "SIGKILL: $seen articles seen committed, $after after the kill"; fi
check "SIGKILL: integrity" ok "$(q "$T/k.sqlite" "pragma integrity_check")"
# every article kept has all its records (a batch is all or nothing)
check "SIGKILL: no article half written" 0 "$(q "$T/k.sqlite" "attach '$T/whole.sqlite' as w;
	select count(*) from articles a where (select count(*) from mentions where article = a.id) <>
	(select count(*) from w.mentions where article = a.id)")"
"$P" code $P_OPTS --db "$T/k.sqlite" "$T/big.jsonl"; check "resume exit" 0 $?
check "resumed = one clean run" "$(q "$T/whole.sqlite" "select count(*), (select count(*) from mentions), (select count(*) from quotes), (select count(*) from figures) from articles")" \
	"$(q "$T/k.sqlite" "select count(*), (select count(*) from mentions), (select count(*) from quotes), (select count(*) from figures) from articles")"

# --- bad databases: a clear message naming the file, exit 5
head -c 8192 /dev/urandom > "$T/corrupt.sqlite"
"$P" code $P_OPTS --db "$T/corrupt.sqlite" tests/store/articles.jsonl 2> "$T/err"
check "corrupt: exit 5" 5 $?
check "corrupt: message names the file" 1 "$(grep -c "corrupt.sqlite: .*not a database" "$T/err")"
"$P" export --db "$T/corrupt.sqlite" --format csv > /dev/null 2>&1; check "corrupt export: exit 5" 5 $?
"$P" export --db "$T/absent.sqlite" --format csv > /dev/null 2> "$T/err"; check "absent: exit 5" 5 $?
check "absent: not created" no "$([ -e "$T/absent.sqlite" ] && echo yes || echo no)"
cp "$T/r.sqlite" "$T/v7.sqlite"
python3 -c 'import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); c.execute("pragma user_version = 7"); c.commit()' "$T/v7.sqlite"
"$P" load "$T/v7.sqlite" tests/store/records.jsonl 2> "$T/err"; check "schema 7: exit 5" 5 $?
check "schema 7: message" 1 "$(grep -c "v7.sqlite: schema version 7, this parley reads version 2" "$T/err")"
"$P" merge "$T/v7.sqlite" "$T/m2.sqlite" 2> "$T/err"; check "merge of schema 7: exit 5" 5 $?
python3 -c 'import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); c.execute("create table other(x)"); c.commit()' "$T/foreign.sqlite"
"$P" load "$T/foreign.sqlite" tests/store/records.jsonl 2> "$T/err"; check "foreign: exit 5" 5 $?
check "foreign: message" 1 "$(grep -c "foreign.sqlite: not a parley database" "$T/err")"
# locked: another process holds the write lock longer than the busy timeout
python3 -c '
import sqlite3, sys, time
c = sqlite3.connect(sys.argv[1], isolation_level=None)
c.execute("begin immediate")
open(sys.argv[2], "w").close()
time.sleep(8)' "$T/r.sqlite" "$T/locked" &
lp=$!
i=0; while [ ! -e "$T/locked" ] && [ $i -lt 100 ]; do sleep 0.05; i=$((i + 1)); done
"$P" load "$T/r.sqlite" tests/store/records.jsonl 2> "$T/err"; check "locked: exit 5" 5 $?
check "locked: message" 1 "$(grep -c "r.sqlite: .*locked" "$T/err")"
kill $lp 2>/dev/null; wait $lp 2>/dev/null
# full disk: the file may not grow past a limit (SIGXFSZ ignored so writes fail)
cp "$T/k.sqlite" "$T/full.sqlite"
python3 -c 'import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); c.execute("delete from articles where id >= \"k06000\""); c.commit(); c.execute("pragma wal_checkpoint(truncate)"); c.execute("vacuum")' "$T/full.sqlite"
kept=$(q "$T/full.sqlite" "select count(*) from articles")
size=$(wc -c < "$T/full.sqlite")
(trap '' XFSZ; ulimit -f $(( (size + 300000) / 512 )); exec "$P" code $P_OPTS --db "$T/full.sqlite" "$T/big.jsonl") 2> "$T/err"
check "full disk: exit 5" 5 $?
check "full disk: message names the file" 1 "$(grep -ac "full.sqlite: " "$T/err")"
check "full disk: integrity" ok "$(q "$T/full.sqlite" "pragma integrity_check")"
left=$(q "$T/full.sqlite" "select count(*) from articles")
if [ "$left" -ge "$kept" ]; then pass; else fail "full disk: $kept articles before, $left after"; fi
check "full disk: no article half written" 0 "$(q "$T/full.sqlite" "attach '$T/whole.sqlite' as w;
	select count(*) from articles a where (select count(*) from mentions where article = a.id) <>
	(select count(*) from w.mentions where article = a.id)")"

echo "store: $ok passed, $bad failed"
[ "$bad" -eq 0 ]
