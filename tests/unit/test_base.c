/* test_base.c: arena, hash map and byte buffer (src/base/). */
#include "testhelp.h"

#include "base/arena.h"
#include "base/buf.h"
#include "base/hash.h"
#include "base/words.h"

TEST(arena_alloc_and_reset)
{
	pl_arena *a = pl_arena_new(64);
	char *p = pl_arena_alloc(a, 10), *q;
	int *big;
	CHECK(p != NULL);
	CHECK(((size_t)p & 15) == 0);
	CHECK(p[9] == 0);
	q = pl_arena_strndup(a, "hello world", 5);
	CHECK_STR(q, "hello");
	big = pl_arena_alloc(a, 1000 * sizeof *big);   /* larger than a block */
	CHECK(big != NULL);
	big[999] = 7;
	CHECK(pl_arena_used(a) >= 1000 * sizeof *big);
	pl_arena_reset(a);
	CHECK_INT(pl_arena_used(a), 0);
	CHECK(pl_arena_alloc(a, 32) != NULL);
	pl_arena_free(a);
	pl_arena_free(NULL);
}

TEST(arena_grow_copies)
{
	pl_arena *a = pl_arena_new(0);
	int *v = NULL;
	size_t cap = 0, i;
	for (i = 0; i < 1000; i++) {
		CHECK_INT(pl_arena_grow(a, (void **)&v, &cap, i + 1, sizeof *v), 0);
		v[i] = (int)i;
	}
	CHECK(cap >= 1000);
	CHECK_INT(v[0], 0);
	CHECK_INT(v[999], 999);
	pl_arena_free(a);
}

TEST(hash_put_get_replace)
{
	pl_hash h = {0};
	static const char *keys[] = {"israel", "hamas", "egypt", "qatar", "u.s."};
	void *old = NULL;
	size_t i;
	char buf[32];
	for (i = 0; i < 5; i++)
		CHECK_INT(pl_hash_put(&h, keys[i], strlen(keys[i]), (void *)(keys[i]), NULL), 0);
	for (i = 0; i < 5; i++)
		CHECK(pl_hash_get(&h, keys[i], strlen(keys[i])) == keys[i]);
	CHECK(pl_hash_get(&h, "isra", 4) == NULL);
	CHECK_INT(pl_hash_put(&h, "hamas", 5, (void *)"x", &old), 0);
	CHECK(old == keys[1]);
	CHECK_INT((long)h.n, 5);
	/* many keys force growth; every one must still be found */
	{
		static char store[2000][8];
		for (i = 0; i < 2000; i++) {
			snprintf(store[i], sizeof store[i], "k%zu", i);
			pl_hash_put(&h, store[i], strlen(store[i]), store[i], NULL);
		}
		for (i = 0; i < 2000; i += 97) {
			snprintf(buf, sizeof buf, "k%zu", i);
			CHECK(pl_hash_get(&h, buf, strlen(buf)) == store[i]);
		}
	}
	pl_hash_free(&h);
	pl_hash_free(NULL);
}

/* The sieve of a small map (see pl_hash) turns absent keys away and never a
** present one, the empty key included; a map grown past its keys drops it
** and still finds every key. */
TEST(hash_sieve)
{
	pl_hash h = {0};
	static char store[3000][8];
	char buf[32];
	size_t i, found = 0;
	CHECK(h.sieve == NULL);
	CHECK_INT(pl_hash_put(&h, "", 0, (void *)"empty", NULL), 0);
	CHECK(h.sieve != NULL);
	CHECK(pl_hash_get(&h, "", 0) != NULL);
	for (i = 0; i < 1000; i++) {
		snprintf(store[i], sizeof store[i], "w%zu", i);
		CHECK_INT(pl_hash_put(&h, store[i], strlen(store[i]), store[i], NULL), 0);
	}
	CHECK(h.sieve != NULL);
	for (i = 0; i < 1000; i++)
		found += pl_hash_get(&h, store[i], strlen(store[i])) == store[i];
	CHECK_INT((long)found, 1000);
	for (i = 1000; i < 1100; i++) {
		snprintf(buf, sizeof buf, "w%zu", i);
		CHECK(pl_hash_get(&h, buf, strlen(buf)) == NULL);
	}
	for (i = 1000; i < 3000; i++) {
		snprintf(store[i], sizeof store[i], "w%zu", i);
		CHECK_INT(pl_hash_put(&h, store[i], strlen(store[i]), store[i], NULL), 0);
	}
	CHECK(h.sieve == NULL);
	for (found = 0, i = 0; i < 3000; i++)
		found += pl_hash_get(&h, store[i], strlen(store[i])) == store[i];
	CHECK_INT((long)found, 3000);
	CHECK(pl_hash_get(&h, "w3000", 5) == NULL);
	pl_hash_free(&h);
	CHECK(h.sieve == NULL);
}

/* A large map's filter (see pl_hash) comes with 4,096 slots or more, is
** remade at each growth and never turns a present key away; most absent
** keys it does, so that it must be set from the keys' hashes. */
TEST(hash_filter)
{
	pl_hash h = {0};
	static char store[20000][8];
	char buf[32];
	size_t i, found = 0, passed = 0;
	for (i = 0; i < 1000; i++) {
		snprintf(store[i], sizeof store[i], "f%zu", i);
		CHECK_INT(pl_hash_put(&h, store[i], strlen(store[i]), store[i], NULL), 0);
	}
	CHECK(h.filter == NULL);
	for (i = 1000; i < 20000; i++) {
		snprintf(store[i], sizeof store[i], "f%zu", i);
		CHECK_INT(pl_hash_put(&h, store[i], strlen(store[i]), store[i], NULL), 0);
	}
	CHECK(h.filter != NULL);
	for (i = 0; i < 20000; i++)
		found += pl_hash_get(&h, store[i], strlen(store[i])) == store[i];
	CHECK_INT((long)found, 20000);
	for (i = 0; i < 20000; i++) {
		uint32_t x = pl_hash_bytes(store[i], strlen(store[i]));
		passed += (h.filter[x >> 12 & h.fmask] >> (x & 63) & 1) &&
		          (h.filter[x >> 12 & h.fmask] >> (x >> 6 & 63) & 1);
	}
	CHECK_INT((long)passed, 20000);
	for (passed = 0, i = 20000; i < 30000; i++) {
		uint32_t x;
		snprintf(buf, sizeof buf, "f%zu", i);
		x = pl_hash_bytes(buf, strlen(buf));
		passed += (h.filter[x >> 12 & h.fmask] >> (x & 63) & 1) &&
		          (h.filter[x >> 12 & h.fmask] >> (x >> 6 & 63) & 1);
		CHECK(pl_hash_get(&h, buf, strlen(buf)) == NULL);
	}
	CHECK(passed < 1000);   /* 20,000 keys in 65,536 slots: about 3% */
	pl_hash_free(&h);
	CHECK(h.filter == NULL);
}

TEST(buf_json_escapes)
{
	pl_buf b = {0};
	pl_buf_json_str(&b, "say \"hi\"\\\n\t\x01 caf\xc3\xa9", 18);
	CHECK_STR(b.p, "\"say \\\"hi\\\"\\\\\\n\\t\\u0001 caf\xc3\xa9\"");
	pl_buf_reset(&b);
	pl_buf_json_cstr(&b, NULL);
	CHECK_STR(b.p, "null");
	pl_buf_reset(&b);
	pl_buf_printf(&b, "%s-%d", "x", 42);
	pl_buf_printf(&b, "%0200d", 1);   /* longer than the small buffer */
	CHECK_INT((long)b.n, 4 + 200);
	CHECK(!b.oom);
	pl_buf_free(&b);
}

TEST(word_lists)
{
	static const char *const says[] = {"say", "tell", "state", NULL};
	static const char *const none[] = {NULL};
	CHECK(pl_in_list("tell", says));
	CHECK(pl_in_list("state", says));
	CHECK(!pl_in_list("stat", says));
	CHECK(!pl_in_list("Say", says));
	CHECK(!pl_in_list("say", none));
}

/* A static list's filter is kept by its address; a list on the stack is
** not, so that lists made one after another at one address (a compound
** literal in a loop) are each asked of their own words.  A word set finds
** each of its words, the empty word included, and no other. */
TEST(word_lists_kept)
{
	static const char *const days[] = {"monday", "tuesday", "", "then", NULL};
	static pl_wordset set = PL_WORDSET(days);
	static const char *const w[] = {"monday", "tuesday", "wednesday", "then", "them", "", "x"};
	char buf[16];
	int i, k, hits = 0;
	for (i = 0; i < 7; i++) {
		int in = i < 2 || i == 3 || i == 5;
		CHECK(pl_in_list(w[i], days) == in);
		CHECK(pl_in_set(&set, w[i]) == in);
	}
	for (k = 0; k < 3; k++) {
		snprintf(buf, sizeof buf, "w%d", k);
		{
			const char *list[] = {buf, NULL};
			for (i = 0; i < 3; i++) {
				char probe[16];
				snprintf(probe, sizeof probe, "w%d", i);
				hits += pl_in_list(probe, list);
				CHECK(pl_in_list(probe, list) == (i == k));
			}
		}
	}
	CHECK_INT(hits, 3);
}

/* A big array grows in place (its block is reallocated), keeps what it held,
** comes zeroed, and small allocations around it stay usable. */
TEST(arena_big_arrays)
{
	pl_arena *a = pl_arena_new(1024);
	char *small = pl_arena_alloc(a, 16);
	int *v = NULL, *z;
	size_t cap = 0, i;
	CHECK(small != NULL);
	for (i = 0; i < 100000; i++) {
		CHECK_INT(pl_arena_grow(a, (void **)&v, &cap, i + 1, sizeof *v), 0);
		CHECK_INT(v[i], 0);   /* new elements are zero */
		v[i] = (int)i;
	}
	CHECK_INT(v[0], 0);
	CHECK_INT(v[99999], 99999);
#ifndef PARLEY_NO_ARENA
	CHECK(pl_arena_used(a) < cap * sizeof *v + 4096);   /* no copies left behind */
#endif
	z = pl_arena_alloc(a, 5000);
	CHECK(z != NULL);
	CHECK_INT(z[1249], 0);
	small = pl_arena_alloc(a, 16);   /* still room in the first block */
	CHECK(small != NULL);
	pl_arena_reset(a);
	CHECK_INT(pl_arena_used(a), 0);
	CHECK(pl_arena_alloc_raw(a, 100) != NULL);
	pl_arena_free(a);
}

/* The raw growth keeps what was set, small and big, and leaves no copies
** behind once the array has a block of its own. */
TEST(arena_grow_raw_keeps)
{
	pl_arena *a = pl_arena_new(1024);
	long *v = NULL;
	size_t cap = 0, i, sum = 0;
	for (i = 0; i < 50000; i++) {
		CHECK_INT(pl_arena_grow_raw(a, (void **)&v, &cap, i + 1, sizeof *v), 0);
		v[i] = (long)i;
	}
	CHECK(cap >= 50000);
	for (i = 0; i < 50000; i++)
		sum += v[i] == (long)i;
	CHECK_INT(sum, 50000);
#ifndef PARLEY_NO_ARENA
	CHECK(pl_arena_used(a) < cap * sizeof *v + 4096);
#endif
	pl_arena_free(a);
}

/* With a sink the buffer passes on what gathered before growing: the pieces
** and what is left are, in order, everything written. */
static void sink_collect(void *ud, const char *p, size_t n)
{
	pl_buf *all = ud;
	CHECK(n >= PL_BUF_SINK_MIN);
	pl_buf_add(all, p, n);
}

TEST(buf_sink_streams)
{
	pl_buf b = {0}, all = {0}, want = {0};
	int i;
	b.sink = sink_collect;
	b.sink_ud = &all;
	for (i = 0; i < 50000; i++) {
		pl_buf_printf(&b, "{\"n\":%d}\n", i);
		pl_buf_printf(&want, "{\"n\":%d}\n", i);
	}
	CHECK(all.n > 0);
	CHECK(b.cap < 4 * PL_BUF_SINK_MIN);   /* never held it all */
	pl_buf_add(&all, b.p, b.n);
	CHECK_INT((long)all.n, (long)want.n);
	CHECK(memcmp(all.p, want.p, want.n) == 0);
	pl_buf_free(&b);
	pl_buf_free(&all);
	pl_buf_free(&want);
}

static th_test TESTS[] = {
	T(arena_alloc_and_reset), T(arena_grow_copies), T(hash_put_get_replace), T(hash_sieve), T(hash_filter),
	T(buf_json_escapes),
	T(word_lists), T(word_lists_kept), T(arena_big_arrays), T(arena_grow_raw_keeps), T(buf_sink_streams),
};
TEST_MAIN()
