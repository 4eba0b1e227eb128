#!/bin/sh
# Runs every test: unit-test binaries, golden end-to-end files, the seed
# article check, sharding, validation, the SQLite store, the HTTP service
# with its browser test (tests/serve.sh), the Python binding.
# Prints one line per suite and a last line "tests: N passed, N failed, N
# skipped"; exits non-zero when any failed.
# usage: tests/run-all.sh BUILD_DIR
B=${1:-build}
PARLEY_TEST_DATA=${PARLEY_TEST_DATA:-$B/data}; export PARLEY_TEST_DATA
pass=0 fail=0 skip=0
for t in "$B"/tests/test_*; do
	[ -x "$t" ] || continue
	if out=$("$t" 2>&1); then
		pass=$((pass + 1)); printf '%s\n' "$out" | tail -n 1
	else
		fail=$((fail + 1)); printf '%s\n' "$out" | tail -n 30
	fi
done
for suite in tests/golden/run.sh tests/failures.sh tests/seed.sh tests/shard.sh tests/validate.sh tests/tools.sh \
    tests/store.sh tests/serve.sh tests/python.sh; do
	out=$(sh "$suite" "$B" 2>&1); rc=$?
	printf '%s\n' "$out"
	case $rc in
		0) pass=$((pass + 1)) ;;
		77) skip=$((skip + 1)) ;;
		*) fail=$((fail + 1)) ;;
	esac
done
echo "tests: $pass passed, $fail failed, $skip skipped"
[ "$fail" -eq 0 ]
