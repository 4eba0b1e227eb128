#!/bin/sh
# Golden end-to-end tests: for each tests/golden/NAME.in (JSON Lines, or
# NAME.txt with a NAME.args file), runs `parley code` and compares standard
# output with NAME.out.  With UPDATE=1 rewrites the .out files instead (review
# the diff before committing).
# usage: tests/golden/run.sh BUILD_DIR
B=${1:-build}
dir=$(dirname "$0")
n=0 bad=0
for input in "$dir"/*.in; do
	[ -e "$input" ] || continue
	name=${input%.in}
	args=""
	[ -f "$name.args" ] && args=$(cat "$name.args")
	actual=$("$B/parley" code -q $args "$input" 2>/dev/null)
	n=$((n + 1))
	if [ "${UPDATE:-0}" = 1 ]; then
		printf '%s\n' "$actual" > "$name.out"
		continue
	fi
	if ! printf '%s\n' "$actual" | diff -u "$name.out" - > "$B/golden.diff" 2>&1; then
		bad=$((bad + 1))
		echo "golden: $(basename "$name") differs:"
		head -n 40 "$B/golden.diff"
		continue
	fi
	# threads must not change a byte of the output
	threaded=$("$B/parley" code -q -j 3 $args "$input" 2>/dev/null)
	if [ "$threaded" != "$actual" ]; then
		bad=$((bad + 1))
		echo "golden: $(basename "$name") differs with -j 3"
	fi
done
echo "golden: $((n - bad)) passed, $bad failed"
[ "$bad" -eq 0 ]
