#!/bin/sh
# The seed article (../shared/seed/article.jsonl): checks that parley finds the
# events the project was started for.  Skips (exit 77) where ../shared is absent.
# usage: tests/seed.sh BUILD_DIR
B=${1:-build}
SEED=${PARLEY_SHARED:-../shared}/seed/article.jsonl
if [ ! -f "$SEED" ]; then
	echo "seed: SKIPPED: $SEED not found (the shared material is not beside this checkout)"
	exit 77
fi
out=$("$B/parley" code -q "$SEED") || { echo "seed: parley failed"; exit 1; }
ok=0 bad=0
# expect DESCRIPTION PATTERN...: some event line matches every pattern
expect() {
	desc=$1; shift
	lines=$(printf '%s\n' "$out" | grep '"type":"event"')
	for p in "$@"; do
		lines=$(printf '%s\n' "$lines" | grep -E -- "$p")
	done
	if [ -n "$lines" ]; then ok=$((ok + 1)); else bad=$((bad + 1)); echo "seed: missing: $desc"; fi
}
src() { printf '"source":\\{"code":"%s"' "$1"; }
tgt() { printf '"target":\\{"code":"%s"' "$1"; }
expect "USA->ISR appeal (02x)" "$(src USA)" "$(tgt ISR)" '"root":"02"'
expect "USA->PSEREBHMS appeal (02x)" "$(src USA)" "$(tgt PSEREBHMS)" '"root":"02"'
expect "PSEREBHMS->ISR 181 dated 2023-10-07 or 2024-09-03" "$(src PSEREBHMS)" "$(tgt ISR)" '"code":"181"' '"date":"(2023-10-07|2024-09-03)"'
expect "USAGOV->ISRGOV 111/112 (Biden on Netanyahu)" "$(src USAGOV)" "$(tgt ISRGOV)" '"code":"11[12]"'
expect "ISRCVL->ISRGOV 112 (relatives accuse)" "$(src ISRCVL)" "$(tgt ISRGOV)" '"code":"112"'
expect "USA->EGY 03x/04x" "$(src USA)" "$(tgt EGY)" '"root":"0[34]"'
expect "USA->QAT 03x/04x" "$(src USA)" "$(tgt QAT)" '"root":"0[34]"'
expect "USAGOV->ISRGOV dated 2024-09-02 (Monday)" "$(src USAGOV)" "$(tgt ISRGOV)" '"date":"2024-09-02"'
expect "USAGOV->ISRMIL 11x (We are opposed to ... IDF troops, said Miller)" "$(src USAGOV)" "$(tgt ISRMIL)" '"root":"11"'

# quotations: Miller's four direct quotations (the two partial ones count
# apart), each attributed to him as USAGOV
expect_rec() {
	desc=$1; type=$2; shift 2
	lines=$(printf '%s\n' "$out" | grep "\"type\":\"$type\"")
	for p in "$@"; do
		lines=$(printf '%s\n' "$lines" | grep -E -- "$p")
	done
	if [ -n "$lines" ]; then ok=$((ok + 1)); else bad=$((bad + 1)); echo "seed: missing: $desc"; fi
}
miller='"speaker":\{"code":"USAGOV","text":"[^"]*Miller"'
expect_rec "quote: There are dozens of hostages ... (Miller)" quote '"direct":true' "$miller" '"content":\{"text":"There are dozens of hostages'
expect_rec "quote: The people of Israel cannot afford ... (Miller)" quote '"direct":true' "$miller" '"content":\{"text":"The people of Israel'
expect_rec "quote: over the coming days (partial, Miller)" quote '"partial":true' "$miller" '"content":\{"text":"over the coming days"'
expect_rec "quote: to push for a final agreement (partial, Miller)" quote '"partial":true' "$miller" '"content":\{"text":"to push for a final agreement'
expect_rec "quote: We are opposed ... (Miller)" quote '"direct":true' "$miller" '"content":\{"text":"We are opposed'
expect_rec "reported: Biden said Netanyahu was not doing enough" quote '"direct":false' '"speaker":\{"code":"USAGOV","text":"President Joe Biden"' '"content":\{"text":"Israeli Prime Minister Benjamin Netanyahu was not doing enough'

# figures: the six of EXPECTED.md, with counts and kinds
expect_rec "figure: 6 dead hostages" figure '"count":6,' '"what":"dead"' '"text":"hostages"'
expect_rec "figure: 251 hostages" figure '"count":251,' '"what":"hostages"'
expect_rec "figure: 97 hostages still held" figure '"count":97,' '"what":"hostages"'
expect_rec "figure: 33 dead, reported by the Israeli military" figure '"count":33,' '"what":"dead"' '"reported_by":\{"code":"ISRMIL"'
expect_rec "figure: scores of hostages released (20..99)" figure '"low":20,"high":99,' '"what":"released"'
expect_rec "figure: more than 40,786 Palestinians killed" figure '"count":40786,' '"what":"killed"' '"qualifier":"more than"' '"of":\{"code":"PSE"'
echo "seed: $ok passed, $bad failed"
[ "$bad" -eq 0 ]
