/*
** hash.h: string-keyed hash map (open addressing, linear probing).
**
** Keys are byte strings that the caller keeps alive as long as the map (usually
** in a long-lived arena); values are pointers.  Built while loading, then only
** read, so a map may be shared by threads once loading is over.
*/
#ifndef PL_HASH_H
#define PL_HASH_H

#include <stddef.h>
#include <stdint.h>

typedef struct pl_hash {
	struct pl_hash_slot *slot;
	size_t cap;   /* power of two, or 0 */
	size_t n;
	/* A sieve in front of a small map: 16,384 bits (2 KB), the bit of each
	** key put (from its length and first, middle and last bytes) set, so
	** that a clear bit turns a key away with no hashing and no probe (most
	** look-ups, a token against a word set, miss).  Made when the first
	** key is put; freed for good when the map passes 1,536 keys (too many
	** bits set to turn keys away).  NULL then, or when out of memory:
	** look-ups go straight to the slots.  Valid as long as the map, keys
	** being never removed. */
	uint64_t *sieve;
	/* The filter in front of a large map (4,096 slots or more): 4 bits a
	** slot, two of them set in one 64-bit word for each key, from its hash;
	** a key with either bit clear is absent, and no slot is read.  A large
	** map's slots (24 bytes each, megabytes for the largest) miss the
	** caches on most probes, and most look-ups there miss; the filter, a
	** 48th of their size, mostly stays in cache.  Remade at each growth;
	** NULL for a smaller map, or when out of memory. */
	uint64_t *filter;
	size_t fmask;   /* the filter's words less one */
} pl_hash;

struct pl_hash_slot {
	const char *key;
	uint32_t len;
	uint32_t h;
	void *val;
};

uint32_t pl_hash_bytes(const char *s, size_t n);

/* Value stored under key[0..n), or NULL. */
void *pl_hash_get(const pl_hash *m, const char *key, size_t n);

/* Stores val under key (not copied), replacing any old value, which is
** returned through *old when old is not NULL.  Returns 0, or -1 when out of
** memory. */
int pl_hash_put(pl_hash *m, const char *key, size_t n, void *val, void **old);

/* Gives an empty map room for nkeys keys at once (slots a power of two, at
** least 2 * (nkeys + 1)), so that putting them never grows it; a map of
** 4,096 slots or more gets its filter, as growth would give it.  Does
** nothing to a map that has keys, or room enough already.  Returns 0, or
** -1 when out of memory (the map is then left empty, with no slots). */
int pl_hash_presize(pl_hash *m, size_t nkeys);

/* Frees the table (not keys or values).  Accepts NULL. */
void pl_hash_free(pl_hash *m);

/* The bytes of a key shorter than 8 as one word (the hash map's keys, and
** the tagger's cache of words): two overlapping 4-byte
** loads, or for 1-3 bytes the first, middle and last; either way every byte
** is in it, and the length, mixed in apart, tells the cases apart. */
static inline uint64_t pl_short_word(const char *s, size_t n)
{
	uint32_t a, b;
	if (n >= 4) {
		__builtin_memcpy(&a, s, 4);
		__builtin_memcpy(&b, s + n - 4, 4);
		return (uint64_t)a << 32 | b;
	}
	if (n == 0)
		return 0;
	return (uint64_t)(unsigned char)s[0] << 16 | (uint64_t)(unsigned char)s[n / 2] << 8 |
	       (unsigned char)s[n - 1];
}

#endif
