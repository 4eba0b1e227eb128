#!/bin/sh
# Fault injection (`make faults`), after SQLite's test malloc and VFS: with a
# build whose Nth allocation or Nth write fails on request (src/base/fault.h;
# AddressSanitizer, UBSan and LeakSanitizer on, the arena off), checks that
# every failure gives an error record or a documented exit status with a
# message, never a crash, a leak, or records silently short of something.
#
#  1. coding (in process, tests/faults/faultloop.c): EVERY allocation of
#     coding the seed article, examples/article.jsonl and the golden error
#     lines fails once, in turn;
#  2. opening the store (in process): it makes about 190,000 allocations
#     with the arena off, 0.2 s a load under ASan, so every one would take
#     10 hours: FAULT_LOAD_SAMPLES of them (default 300) are tried, spread
#     evenly and shifted by FAULT_SEED (default: the day of the year, printed
#     so that a failure can be re-run), in two processes at once;
#  3. the command (`parley code`, 0.9 s a run): for examples/article.jsonl,
#     every allocation of the 50 around the end of the dictionary load (the
#     command's coders, reader and batch) and of the last 20, and every
#     FAULT_CLI_STRIDE-th (default 10; 1 for all) in between (the coding,
#     whose every allocation loop 1 tries), fails once, in turn; and
#     FAULT_CLI_LOAD (default 12) allocations spread over the load of
#     `parley dict stats`: exit 0 with the same records or an out-of-memory
#     error record, or exit 3 saying out of memory;
#  4. writes: every write of `parley code`, `explain`, `dict stats` and
#     `--help` makes the disk full from then on (fd swapped for /dev/full):
#     exit 4 saying "No space left on device", output a prefix of the
#     whole, and the summary saying the output is incomplete.
# usage: tests/faults.sh BUILD_DIR (a faults build: make faults)
B=${1:-build-faults}
P=$B/parley
FL=$B/faultloop
DATA=$B/data
SEED=${FAULT_SEED:-$(date +%j | sed 's/^0*//')}
SAMPLES=${FAULT_LOAD_SAMPLES:-300}
STRIDE=${FAULT_CLI_STRIDE:-10}
CLI_LOAD=${FAULT_CLI_LOAD:-12}
SEEDART=${PARLEY_SHARED:-../shared}/seed/article.jsonl
ASAN_OPTIONS=exitcode=86:detect_leaks=1; export ASAN_OPTIONS
UBSAN_OPTIONS=halt_on_error=1:exitcode=87:print_stacktrace=1; export UBSAN_OPTIONS
[ -x "$FL" ] && [ -x "$P" ] || { echo "faults: $P or $FL missing (make faults)"; exit 1; }
"$FL" 2> /dev/null; [ $? -eq 2 ] || { echo "faults: $FL is not usable"; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
ok=0 bad=0
start=$(date +%s)
fail() { bad=$((bad + 1)); echo "faults: $*"; }

# ---- 1. coding, every allocation
for f in "$SEEDART" examples/article.jsonl tests/golden/errors.in; do
	if [ ! -f "$f" ]; then
		echo "faults: $f not found: its loop skipped"
		continue
	fi
	if "$FL" code dict "$DATA" "$f" > "$tmp/fl.out" 2> "$tmp/fl.err"; then ok=$((ok + 1)); else
		fail "coding $f under failing allocations:"; grep -v '^{' "$tmp/fl.err" | head -n 20; fi
	cat "$tmp/fl.out"
done

# ---- 2. opening the store, sampled, two processes
"$FL" load dict "$DATA" "$SAMPLES" "$SEED" 0 2 > "$tmp/l0.out" 2> "$tmp/l0.err" &
p0=$!
"$FL" load dict "$DATA" "$SAMPLES" "$SEED" 1 2 > "$tmp/l1.out" 2> "$tmp/l1.err"
r1=$?
wait $p0; r0=$?
for k in 0 1; do
	cat "$tmp/l$k.out"
	eval "r=\$r$k"
	if [ "$r" -eq 0 ]; then ok=$((ok + 1)); else
		fail "opening the store under failing allocations (status $r):"; head -n 20 "$tmp/l$k.err"; fi
done

# ---- 3. the command
# cli_check N: one run of `parley code` whose Nth allocation fails
ref=examples/article.jsonl
"$P" code -q "$ref" > "$tmp/ref.out"
cli_check() {
	PARLEY_FAULT_ALLOC=$1 "$P" code -q "$ref" > "$tmp/c.out" 2> "$tmp/c.err"
	rc=$?
	case $rc in
		0)  if cmp -s "$tmp/c.out" "$tmp/ref.out"; then cli_same=$((cli_same + 1)); return 0; fi
		    if [ "$(grep -c . "$tmp/c.out")" -eq 1 ] && grep -q '"type":"error".*out of memory' "$tmp/c.out"; then
			cli_record=$((cli_record + 1)); return 0; fi
		    fail "allocation $1 of parley code: exit 0 with other records:"; head -c 300 "$tmp/c.out"; echo ;;
		3)  if grep -q 'out of memory\|Cannot allocate memory' "$tmp/c.err"; then cli_exit3=$((cli_exit3 + 1)); return 0; fi
		    fail "allocation $1 of parley code: exit 3 without saying out of memory:"; head -n 5 "$tmp/c.err" ;;
		*)  fail "allocation $1 of parley code: status $rc:"; grep -v '^ *#' "$tmp/c.err" | head -n 8
		    grep -m 12 '^ *#' "$tmp/c.err" ;;
	esac
	return 1
}
PARLEY_FAULT_COUNT=$tmp/n.code "$P" code -q "$ref" > /dev/null 2>&1
PARLEY_FAULT_COUNT=$tmp/n.load "$P" dict stats > /dev/null 2>&1
total=$(sed -n 's/^allocs //p' "$tmp/n.code")
load=$(sed -n 's/^allocs //p' "$tmp/n.load")
if [ -z "$total" ] || [ -z "$load" ]; then
	fail "no allocation counts from $P (PARLEY_FAULT_COUNT)"
else
	cli_same=0 cli_record=0 cli_exit3=0 before=$bad
	# every one at the start of coding (the command's reader and batch)
	# and at the end, every STRIDE-th in between (the coding itself has
	# every allocation tried in process, above)
	n=$((load - 20)); runs=0
	while [ $n -le $((total + 1)) ]; do
		cli_check $n; runs=$((runs + 1))
		if [ $n -lt $((load + 30)) ] || [ $n -ge $((total - 20)) ]; then n=$((n + 1)); else n=$((n + STRIDE)); fi
	done
	k=1
	while [ $k -le "$CLI_LOAD" ]; do
		cli_check $((k * load / (CLI_LOAD + 1))); runs=$((runs + 1)); k=$((k + 1))
	done
	[ $bad -eq $before ] && ok=$((ok + 1))
	echo "faults: parley code (allocations $((load - 20))..$((total + 1)) of $total, and $CLI_LOAD" \
	     "in the load): $runs runs: $cli_same unchanged, $cli_record out-of-memory error record, $cli_exit3 exit 3," \
	     "$((bad - before)) bad"
fi

# ---- 4. writes: the disk becomes full at the Nth write
# write_loop NAME REFERENCE-FILE COMMAND...: every write of the command
write_loop() {
	name=$1 reffile=$2
	shift 2
	PARLEY_FAULT_COUNT=$tmp/n.w "$@" > "$reffile" 2> /dev/null
	w=$(sed -n 's/^writes //p' "$tmp/n.w")
	before=$bad
	n=1
	while [ $n -le "$w" ]; do
		PARLEY_FAULT_WRITE=$n "$@" > "$tmp/w.out" 2> "$tmp/w.err"
		rc=$?
		size=$(wc -c < "$tmp/w.out")
		if [ $rc -eq 0 ] && cmp -s "$reffile" "$tmp/w.out"; then
			: # a flush with nothing left to write: nothing lost
		elif [ $rc -ne 4 ] || ! grep -q 'No space left on device' "$tmp/w.err"; then
			fail "$name, write $n of $w failing: status $rc:"; head -n 5 "$tmp/w.err"
		elif ! head -c "$size" "$reffile" | cmp -s - "$tmp/w.out"; then
			fail "$name, write $n of $w failing: the output is not a prefix of the whole"
		elif [ "$name" = code ] && ! grep -q 'output INCOMPLETE' "$tmp/w.err"; then
			fail "$name, write $n of $w failing: the summary does not say the output is incomplete"
		fi
		n=$((n + 1))
	done
	[ $bad -eq $before ] && ok=$((ok + 1))
	echo "faults: $name: each of its $w writes failed in turn (disk full from then on): $((bad - before)) bad"
}
# 30 articles: output past stdio's buffer, written in many calls
if [ -f "${PARLEY_SHARED:-../shared}/corpora/reuters21578.jsonl" ]; then
	head -n 30 "${PARLEY_SHARED:-../shared}/corpora/reuters21578.jsonl" > "$tmp/many.jsonl"
else
	for i in 1 2 3 4 5 6 7 8; do cat examples/article.jsonl; done > "$tmp/many.jsonl"
fi
write_loop code "$tmp/r1" "$P" code "$tmp/many.jsonl"
write_loop explain "$tmp/r2" "$P" explain examples/article.txt
write_loop "dict stats" "$tmp/r3" "$P" dict stats
write_loop --help "$tmp/r4" "$P" --help

echo "faults: $ok passed, $bad failed ($(( $(date +%s) - start )) s; FAULT_SEED=$SEED)"
[ "$bad" -eq 0 ]
