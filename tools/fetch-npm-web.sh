#!/bin/sh
# fetch-npm-web.sh: installs the npm packages that the page of `parley serve`
# is built from (charts, map projection, TopoJSON world outlines) under
# PREFIX/node_modules (default build/npm-web); with --test, also
# playwright-core, which drives Chromium in the browser test.  Versions are
# pinned; nothing fetched is committed.  Built into the binary by
# tools/gen-assets, so nothing is loaded from the internet at run time.
#
#     sh tools/fetch-npm-web.sh [--test] [PREFIX]
#
# Idempotent: does nothing when the pinned versions are already there.
# Quiet unless something goes wrong; then it says what and exits 1.
set -u

TEST=0
if [ "${1:-}" = "--test" ]; then TEST=1; shift; fi
PREFIX=${1:-build/npm-web}
PKGS="uplot@1.6.32 d3-array@3.2.5 d3-geo@3.1.2 topojson-client@3.1.0 world-atlas@2.0.2"
[ "$TEST" = 1 ] && PKGS="$PKGS playwright-core@1.65.2"

have_all() {
	for pv in $PKGS; do
		n=${pv%@*} v=${pv##*@}
		grep -q "\"version\": *\"$v\"" "$PREFIX/node_modules/$n/package.json" 2>/dev/null || return 1
	done
	return 0
}

have_all && exit 0

if ! command -v npm >/dev/null 2>&1; then
	echo "fetch-npm-web: npm not found; it is needed to fetch $PKGS" >&2
	echo "fetch-npm-web: install it (apt-get install npm) or run \`make setup\`" >&2
	exit 1
fi
mkdir -p "$PREFIX" || { echo "fetch-npm-web: cannot create $PREFIX" >&2; exit 1; }
# a package.json of our own, so that a second install does not prune the first
[ -f "$PREFIX/package.json" ] || echo '{"name":"parley-web-build","private":true}' >"$PREFIX/package.json"
log="$PREFIX/npm-install.log"
# shellcheck disable=SC2086
if ! npm install --save-exact --no-audit --no-fund --ignore-scripts --loglevel=error \
    --prefix "$PREFIX" $PKGS >"$log" 2>&1; then
	echo "fetch-npm-web: npm install $PKGS failed (is the npm registry reachable?)" >&2
	sed 's/^/fetch-npm-web:   /' "$log" | tail -n 15 >&2
	exit 1
fi
if ! have_all; then
	echo "fetch-npm-web: some of $PKGS not found under $PREFIX/node_modules after npm install" >&2
	exit 1
fi
exit 0
