#!/bin/sh
# PETRARCH's own unit-test records, coded from their raw text with PETRARCH's
# validation dictionaries (issue #3): at least 90% of the expected codings
# must match.  Exit 77 (skipped) when ../shared is absent.
# usage: tests/validate.sh BUILD_DIR
B=${1:-build}
F=${PARLEY_SHARED:-../shared}/petrarch2/text/PETR.UnitTest.records.xml
if [ ! -f "$F" ]; then
	echo "validate: SKIPPED: $F not found"
	exit 77
fi
last=$("$B/parley" validate "$F" 2>/dev/null | tail -n 1)
echo "$last"
# "validation: N/M expected codings matched (P%), K unexpected codings"
n=$(echo "$last" | sed -n 's/^validation: \([0-9]*\)\/\([0-9]*\) .*/\1/p')
m=$(echo "$last" | sed -n 's/^validation: \([0-9]*\)\/\([0-9]*\) .*/\2/p')
if [ -z "$n" ] || [ -z "$m" ] || [ "$m" -eq 0 ]; then
	echo "validate: FAIL: no summary line"
	exit 1
fi
if [ $((n * 100)) -lt $((m * 90)) ]; then
	echo "validate: FAIL: $n/$m is below 90%"
	exit 1
fi
echo "validate: 1 passed, 0 failed"
