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
echo "seed: $ok passed, $bad failed"
[ "$bad" -eq 0 ]
