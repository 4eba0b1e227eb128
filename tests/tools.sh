#!/bin/sh
# The review tools' counting (tools/review-sample --score and --agree,
# tools/review-changes --score) on small filled-in samples written for the
# test (tests/fixtures/review): the figures below were worked out by hand
# from the files' verdicts and keys.
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
# tools/review-changes --score: row 1 new better (B is new, judged B), row 2 old
# better (B is new, judged A), row 3 neither, row 4 not judged
out=$(python3 tools/review-changes --score $F/changes.tsv)
check changes "$out" "3 sites judged: new build better at 1, old build better at 1, neither at 1 (1 unjudged)"
echo "tools: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
