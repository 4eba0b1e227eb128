#!/bin/sh
# The Python binding: pytest over tests/python with the module of `make python`
# (BUILD_DIR/python).  Skips (exit 77) with the reason where the module was not
# built (no python3-dev; sanitizer builds) or pytest is missing.
# usage: tests/python.sh BUILD_DIR   (PYTHON: the interpreter, as in the Makefile)
B=${1:-build}
if [ -z "${PYTHON:-}" ]; then
	if [ -x /usr/bin/python3 ]; then PYTHON=/usr/bin/python3; else PYTHON=python3; fi
fi
if ! ls "$B"/python/parley/_parley*.so > /dev/null 2>&1; then
	echo "python: SKIPPED: $B/python has no module (make python needs python3-dev; sanitizer builds leave it out)"
	exit 77
fi
if ! "$PYTHON" -c 'import pytest' 2> /dev/null; then
	echo "python: SKIPPED: no pytest for $PYTHON (Debian: apt-get install python3-pytest)"
	exit 77
fi
out=$(PARLEY_BUILD="$B" PYTHONPATH="$B/python" PYTHONDONTWRITEBYTECODE=1 \
	"$PYTHON" -m pytest -q -rs -p no:cacheprovider tests/python 2>&1)
rc=$?
if [ $rc -eq 0 ]; then
	printf '%s\n' "$out" | grep -E '^SKIPPED' | sed 's/^/python: /'
	echo "python: $(printf '%s\n' "$out" | tail -n 1 | sed 's/^=* *//; s/ *=*$//')"
else
	printf '%s\n' "$out" | tail -n 60
	echo "python: FAILED"
fi
exit $rc
