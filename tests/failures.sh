#!/bin/sh
# Every failure speaks: read errors exit 2 naming the file, write errors exit
# 4 with the system's reason from every command, damaged dictionaries and
# models exit 3 naming the file, and bad lines of a dictionary are skipped
# with a warning that quotes what was wrong.
# usage: tests/failures.sh BUILD_DIR
B=${1:-build}
P=$B/parley
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
ok=0 bad=0
ART=examples/article.jsonl

# expect NAME STATUS PATTERN: the last command's status must be STATUS and
# its standard error ($tmp/err) must hold PATTERN (a fixed string)
expect() {
	if [ "$rc" -eq "$2" ] && grep -qF -- "$3" "$tmp/err"; then
		ok=$((ok + 1))
	else
		bad=$((bad + 1))
		echo "failures: $1: status $rc (want $2), stderr:"
		sed 's/^/  /' "$tmp/err" | head -n 5
		echo "  (want: $3)"
	fi
}

# ---- reading
"$P" code "$tmp" > /dev/null 2> "$tmp/err"; rc=$?
expect "a directory as input" 2 "$tmp: Is a directory"
"$P" code < "$tmp" > /dev/null 2> "$tmp/err"; rc=$?
expect "a directory as standard input" 2 "standard input: Is a directory"
"$P" code <&- > /dev/null 2> "$tmp/err"; rc=$?
expect "closed standard input" 2 "standard input: Bad file descriptor"
"$P" code "$tmp" > /dev/null 2> "$tmp/err"; rc=$?
expect "summary after a read error" 2 "input not all read"
"$P" code "$ART" "$tmp/no-such-file" > /dev/null 2> "$tmp/err"; rc=$?
expect "a missing input" 2 "$tmp/no-such-file: No such file or directory"

# ---- writing: every command, to a full device and to a closed stdout
if [ -w /dev/full ]; then
	"$P" code "$ART" > /dev/full 2> "$tmp/err"; rc=$?
	expect "code > /dev/full" 4 "writing standard output: No space left on device"
	expect "code > /dev/full: summary" 4 "output INCOMPLETE"
	"$P" code --text examples/article.txt > /dev/full 2> "$tmp/err"; rc=$?
	expect "code --text > /dev/full" 4 "No space left on device"
	"$P" explain examples/article.txt > /dev/full 2> "$tmp/err"; rc=$?
	expect "explain > /dev/full" 4 "No space left on device"
	"$P" dict stats > /dev/full 2> "$tmp/err"; rc=$?
	expect "dict stats > /dev/full" 4 "No space left on device"
	"$P" --help > /dev/full 2> "$tmp/err"; rc=$?
	expect "--help > /dev/full" 4 "No space left on device"
	"$P" code --help > /dev/full 2> "$tmp/err"; rc=$?
	expect "code --help > /dev/full" 4 "No space left on device"
	"$P" --version > /dev/full 2> "$tmp/err"; rc=$?
	expect "--version > /dev/full" 4 "No space left on device"
	VAL=${PARLEY_SHARED:-../shared}/petrarch2/text/PETR.UnitTest.records.xml
	if [ -f "$VAL" ]; then
		"$P" validate "$VAL" > /dev/full 2> "$tmp/err"; rc=$?
		expect "validate > /dev/full" 4 "No space left on device"
	else
		echo "failures: validate > /dev/full skipped: $VAL not found"
	fi
else
	echo "failures: /dev/full not writable: full-device checks skipped"
fi
"$P" code "$ART" >&- 2> "$tmp/err"; rc=$?
expect "code >&-" 4 "writing standard output: Bad file descriptor"
"$P" dict stats >&- 2> "$tmp/err"; rc=$?
expect "dict stats >&-" 4 "writing standard output: Bad file descriptor"

# ---- --text honours --max-line
cat examples/article.txt examples/article.txt examples/article.txt > "$tmp/long.txt"
"$P" code -q --text --max-line 1000 "$tmp/long.txt" > "$tmp/out" 2> "$tmp/err"; rc=$?
if [ $rc -eq 0 ] && grep -qF '"type":"error"' "$tmp/out" &&
   grep -qF "$tmp/long.txt: longer than 1000 bytes (--max-line)" "$tmp/out" &&
   [ "$(wc -l < "$tmp/out")" -eq 1 ]; then ok=$((ok + 1)); else
	bad=$((bad + 1)); echo "failures: --text --max-line: status $rc, output:"; head -c 300 "$tmp/out"; echo; fi

# ---- damaged dictionaries and models: each exits 3 naming the file
fresh() {
	rm -rf "$tmp/dict" "$tmp/data"
	cp -r dict "$tmp/dict"
	cp -r "$B/data" "$tmp/data"
}
load() {
	"$P" dict stats --dict "$tmp/dict" --data "$tmp/data" "$@" > "$tmp/out" 2> "$tmp/err"; rc=$?
}
fresh; : > "$tmp/dict/verbs.tsv"; load
expect "empty verbs.tsv" 3 "$tmp/dict/verbs.tsv: the dictionary is empty"
fresh; head -n 1 dict/verbs.tsv > "$tmp/dict/verbs.tsv"; load
expect "verbs.tsv without entries" 3 "$tmp/dict/verbs.tsv: no entries"
fresh; grep -v '^#' dict/cameo.tsv | head -n 1 > "$tmp/dict/cameo.tsv"; load
expect "header-only cameo.tsv" 3 "$tmp/dict/cameo.tsv: no entries"
fresh; head -n 60 dict/cameo.tsv > "$tmp/dict/cameo.tsv"; load
expect "cameo.tsv cut short at a line's end" 3 "$tmp/dict/cameo.tsv: no root code"
fresh; head -c 5000 dict/cameo.tsv > "$tmp/dict/cameo.tsv"; load
expect "cameo.tsv cut in a line" 3 "$tmp/dict/cameo.tsv: the dictionary does not end with a newline"
fresh; { head -n 20 dict/verbs.tsv; printf 'x\000y\n'; tail -n +21 dict/verbs.tsv; } > "$tmp/dict/verbs.tsv"; load
expect "NUL byte in verbs.tsv" 3 "$tmp/dict/verbs.tsv: the dictionary holds a NUL byte"
fresh; sed '1,/^code/s/^code/kode/' dict/verbs.tsv > "$tmp/dict/verbs.tsv"; load
expect "verbs.tsv with a wrong header" 3 "the header must name the columns code"
fresh; rm "$tmp/dict/verbs.tsv"; mkdir "$tmp/dict/verbs.tsv"; load
expect "a directory as verbs.tsv" 3 "$tmp/dict/verbs.tsv: cannot read the dictionary: Is a directory"
fresh; rm "$tmp/dict/cameo.tsv"; load
expect "missing cameo.tsv" 3 "$tmp/dict/cameo.tsv: cannot read the dictionary: No such file or directory"
fresh; n=$(wc -c < "$B/data/tagger.txt"); head -c $((n / 2)) "$B/data/tagger.txt" > "$tmp/data/tagger.txt"; load
expect "tagger.txt cut in half" 3 "$tmp/data/tagger.txt"
fresh; head -n 20000 "$B/data/tagger.txt" > "$tmp/data/tagger.txt"; load
expect "tagger.txt cut at a line's end" 3 "$tmp/data/tagger.txt:20000: no end line: the file is cut short"
fresh; : > "$tmp/data/lemma.txt"; load
expect "empty lemma.txt" 3 "$tmp/data/lemma.txt: the lemma tables"
fresh; head -n 1000 "$B/data/lemma.txt" > "$tmp/data/lemma.txt"; load
expect "lemma.txt cut short" 3 "$tmp/data/lemma.txt:1000: no end line"
fresh; { cat "$B/data/lemma.txt"; echo "end	3"; } > "$tmp/data/lemma.txt"; load
expect "lemma.txt with data after its end" 3 "$tmp/data/lemma.txt"
fresh; : > "$tmp/empty.verbs.txt"; load --dict-file "$tmp/empty.verbs.txt"
expect "empty PETRARCH verbs file" 3 "$tmp/empty.verbs.txt: the PETRARCH dictionary is empty"
fresh; printf '# nothing but a comment\n\n' > "$tmp/none.verbs.txt"; load --dict-file "$tmp/none.verbs.txt"
expect "PETRARCH verbs file without verbs" 3 "$tmp/none.verbs.txt: no verbs or patterns"
fresh; printf 'some words\000 and a NUL\n' > "$tmp/nul.verbs.txt"; load --dict-file "$tmp/nul.verbs.txt"
expect "PETRARCH verbs file with a NUL" 3 "$tmp/nul.verbs.txt: the PETRARCH dictionary holds a NUL byte"

# ---- bad lines: skipped with a warning that quotes them; the load goes on
fresh; printf '190\tbad goldstein\tnan\t\t\t\n' >> "$tmp/dict/cameo.tsv"; load
expect "NaN Goldstein rejected" 0 'bad Goldstein value "nan", line skipped'
fresh; printf 'Nowhere\tXXXX\t91\t0\tcity\n' >> "$tmp/dict/places.tsv"; load
expect "a bad places.tsv line skipped" 0 "places.tsv:$(wc -l < "$tmp/dict/places.tsv"): "
grep -q '^places [1-9]' "$tmp/out" || { bad=$((bad + 1)); echo "failures: places not loaded after a bad line"; }
fresh; printf 'USAGOVXXX\tJohn Doe\t\tGOV\t2020-13-45\t\n' >> "$tmp/dict/actors/people.tsv"; load
expect "people.tsv date error quotes the date" 0 'bad date "2020-13-45"'
fresh; { printf 'USAGOV\t'; i=0; while [ $i -lt 300 ]; do printf 'Name%d|' $i; i=$((i + 1)); done; printf '\n'; } >> "$tmp/dict/actors/organizations.tsv"; load
expect "a cell of too many names says so" 0 "organizations.tsv:$(wc -l < "$tmp/dict/actors/organizations.tsv"): more than 256 values in one cell"

echo "failures: $ok passed, $bad failed"
[ "$bad" -eq 0 ]
