#!/bin/sh
# Memory stays flat whatever the input size: feeds a generated stream of
# SIZE_MB (default 1024) megabytes of articles to `parley code -j 2` and fails
# when peak RSS goes over LIMIT_MB (default 150).  Also checks that every line
# was answered.  Slow (a minute or two): run by `make stress` and CI, not by
# `make test`.
# usage: tests/stress.sh BUILD_DIR
B=${1:-build}
SIZE_MB=${SIZE_MB:-1024}
LIMIT_MB=${LIMIT_MB:-150}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# a block of articles of ours, repeated with fresh ids; every 97th line is
# bad JSON, every 1000th is longer than --max-line (so both paths run)
cat tests/golden/constructions.in examples/article.jsonl > "$tmp/block"
perl -e '
	my ($size) = @ARGV; shift @ARGV;
	my @blk = <STDIN>; chomp @blk;
	my $long = "{\"id\":\"long\",\"text\":\"" . ("filler text " x 3000) . "\"}";
	my ($target, $written, $n) = ($size * 1048576, 0, 0);
	while ($written < $target) {
		for my $b (@blk) {
			last if $written >= $target;
			$n++;
			my $line;
			if ($n % 1000 == 0) { $line = $long }
			elsif ($n % 97 == 0) { $line = "{\"id\": broken" }
			else { ($line = $b) =~ s/"id": *"[^"]*"/"id":"g$n"/ }
			print $line, "\n";
			$written += length($line) + 1;
		}
	}
	print STDERR "$n\n";
' "$SIZE_MB" < "$tmp/block" 2> "$tmp/lines" |
	/usr/bin/time -f '%M' -o "$tmp/rss" "$B/parley" code -q -j 2 --max-line 20000 > "$tmp/out" || {
		echo "stress: parley failed"; exit 1; }
lines=$(cat "$tmp/lines")
rss_kb=$(tail -n 1 "$tmp/rss")
errors=$(grep -c '"type":"error"' "$tmp/out")
docs=$(cut -d, -f2 "$tmp/out" | sort -u | wc -l)
echo "stress: $SIZE_MB MB, $lines lines, $errors error records, peak RSS $((rss_kb / 1024)) MB (limit $LIMIT_MB MB)"
fail=0
[ "$rss_kb" -le $((LIMIT_MB * 1024)) ] || { echo "stress: peak RSS over the limit"; fail=1; }
expected_errors=$(awk -v n="$lines" 'BEGIN { e = 0; for (i = 1; i <= n; i++) if (i % 1000 == 0 || i % 97 == 0) e++; print e }')
[ "$errors" -eq "$expected_errors" ] || { echo "stress: $errors error records, expected $expected_errors"; fail=1; }
[ "$fail" -eq 0 ] && echo "stress: 1 passed, 0 failed" || echo "stress: 0 passed, 1 failed"
exit $fail
