#!/bin/sh
# The review tool's counting (tools/review-sample --score and --agree) on two
# small filled-in samples written for the test (tests/fixtures/review): the
# figures below were worked out by hand from the files' verdicts.
# usage: tests/tools.sh BUILD_DIR
F=tests/fixtures/review
pass=0 fail=0
check() { # NAME OUTPUT EXPECTED-LINE
	if printf '%s\n' "$2" | grep -qF -- "$3"; then pass=$((pass + 1))
	else fail=$((fail + 1)); echo "tools: FAIL: $1: no line with \"$3\" in:"; printf '%s\n' "$2"; fi
}
out=$(python3 tools/review-sample --score $F/a.tsv)
check score "$out" "review-sample: 4 judged, 50.0% fully right"
check score-none "$out" "none         1   25.0%"
out=$(python3 tools/review-sample --agree $F/a.tsv $F/b.tsv)
check agree "$out" "fully right 2 and 2 (mean 50.0%)"
check agree-right "$out" "agree on right or not   50.0%  kappa 0.00"
check agree-verdict "$out" "agree on verdict        50.0%  kappa 0.20"
check agree-table "$out" "  none           1       0       0       0       0"
# a file that is not a copy of the same sample shares no rows: an error
if python3 tools/review-sample --agree $F/a.tsv tests/fixtures/review/missing.tsv 2>/dev/null; then
	fail=$((fail + 1)); echo "tools: FAIL: --agree on a missing file exited 0"
else pass=$((pass + 1)); fi
echo "tools: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
