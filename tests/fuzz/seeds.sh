#!/bin/sh
# Seed inputs for the fuzz targets, made from the repository's own files:
# the first byte of each picks the reader (see tests/fuzz/fuzz_*.c).
# usage: tests/fuzz/seeds.sh OUT_DIR DATA_DIR
out=${1:-build-fuzz/seeds}
data=${2:-build/data}
mkdir -p "$out/dict" "$out/petrarch" "$out/cli"
seed() { # seed DIR NAME BYTE FILE [LINES]
	{ printf "\\$(printf %03o "$3")"; if [ -n "$5" ]; then head -n "$5" "$4"; else cat "$4"; fi; } > "$out/$1/$2"
}
i=0
for f in dict/cameo.tsv "$data/iso3166.tsv" dict/actors/countries.tsv dict/actors/organizations.tsv \
         dict/actors/people.tsv dict/agents.tsv dict/verbs.tsv dict/nouns.tsv dict/places.tsv; do
	seed dict "d$i" $i "$f" 60
	i=$((i + 1))
done
seed dict tagger 9 "$data/tagger.txt" 80
seed dict lemma 10 "$data/lemma.txt" 80
i=0
for f in tests/fixtures/petrarch/test.actors.txt tests/fixtures/petrarch/test.agents.txt \
         tests/fixtures/petrarch/test.verbs.txt tests/fixtures/petrarch/test.discards.txt \
         tests/fixtures/petrarch/test.issues.txt; do
	seed petrarch "p$i" $i "$f"
	i=$((i + 1))
done
seed cli c0 0 tests/golden/errors.in
seed cli c1 130 tests/golden/constructions.in 20
seed cli c2 64 examples/article.txt
seed cli c3 2 tests/golden/maxline.in
