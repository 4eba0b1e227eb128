#!/bin/sh
# make scale-store: loads N (default 1,000,000) synthetic event records
# (tools/gen-records) into a new database, deduplicates and exports them;
# peak RSS of each step must stay under 1 GB.  Prints times and sizes.
# usage: tests/scale-store.sh BUILD_DIR [N]
B=${1:-build}
N=${2:-1000000}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
limit=$((1024 * 1024))   # KB
status=0
step() {
	name=$1; shift
	/usr/bin/time -f '%e %U %M' -o "$T/time" "$@" > "$T/out" 2> "$T/err" || { echo "scale-store: $name failed:"; cat "$T/err"; status=1; }
	read -r wall user rss < "$T/time"
	printf 'scale-store: %-10s %6.1f s wall, %6.1f s user, peak RSS %5d MB\n' "$name" "$wall" "$user" $((rss / 1024))
	[ "$rss" -lt "$limit" ] || { echo "scale-store: $name over 1 GB"; status=1; }
}
python3 tools/gen-records "$N" > "$T/records.jsonl"
step load "$B/parley" load "$T/db.sqlite" "$T/records.jsonl"
step dedup "$B/parley" dedup --db "$T/db.sqlite"
step export "$B/parley" export --db "$T/db.sqlite" --format gdelt
events=$(wc -l < "$T/out")
step aggregate "$B/parley" aggregate --db "$T/db.sqlite" --by month --quad
echo "scale-store: $N records, $events events after dedup, database $(($(wc -c < "$T/db.sqlite") / 1048576)) MB"
exit $status
