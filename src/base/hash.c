/*
** hash.c: see hash.h.  Keys hashed a word (8 bytes) at a time, load factor
** at most 1/2.
*/
#include "hash.h"
#include "mem.h"

#include <stdlib.h>
#include <string.h>

/* A multiply per word and a final fold of the high half into the low one
** (the table takes the low bits).  Byte-at-a-time FNV-1a cost twice as much
** on the dictionary look-ups made for every token.  Never 0.  Inlined into
** the look-up. */
static inline uint32_t hash_of(const char *s, size_t n)
{
	const uint64_t K = 0x9E3779B97F4A7C15u;
	uint64_t h = (n + 1) * K, w;
	size_t i;
	if (n < 8) {
		h = (h ^ pl_short_word(s, n)) * K;
	} else {
		for (i = 0; i + 8 < n; i += 8) {
			memcpy(&w, s + i, 8);
			h = (h ^ w) * K;
			h ^= h >> 29;
		}
		memcpy(&w, s + n - 8, 8);   /* the last 8, overlapping the loop's */
		h = (h ^ w) * K;
	}
	h ^= h >> 32;
	return (uint32_t)h ? (uint32_t)h : 1;
}

uint32_t pl_hash_bytes(const char *s, size_t n)
{
	return hash_of(s, n);
}

#define SIEVE_LOG2 14               /* 16,384 bits */
#define SIEVE_KEYS 1536             /* at most 9% of the bits set */
#define FILTER_SLOTS 4096           /* from 1,024 keys, before the sieve's drop */

/* The sieve's bit for key s[0..n) (see pl_hash): a multiply over four of
** its bytes, far cheaper than hash_of on a key of any length. */
static inline uint32_t sieve_bit(const char *s, size_t n)
{
	uint32_t x = 0;
	if (n)
		x = (uint32_t)(unsigned char)s[0] | (uint32_t)(unsigned char)s[n - 1] << 8 |
		    (uint32_t)(n & 0xff) << 16 | (uint32_t)(unsigned char)s[n / 2] << 24;
	return (x * 0x9E3779B1u) >> (32 - SIEVE_LOG2);
}

/* The filter's word and bits for hash h (see pl_hash): the word from bits
** 12 up, the two bits from bits 0-5 and 6-11 (a slot's index uses the low
** bits too, but the filter's word does not, so keys of one word differ in
** both). */
static inline size_t filter_word(const pl_hash *m, uint32_t h)
{
	return h >> 12 & m->fmask;
}

static inline uint64_t filter_bits(uint32_t h)
{
	return (uint64_t)1 << (h & 63) | (uint64_t)1 << (h >> 6 & 63);
}

/* Are the n bytes at a and b the same?  Words of 8 (the last one
** overlapping the one before), or for under 8 bytes the loads of
** short_word: no call of memcmp, whose cost on the short keys of the
** dictionaries was about that of the whole look-up. */
static inline int same_bytes(const char *a, const char *b, size_t n)
{
	uint64_t x, y;
	size_t i;
	if (n < 8)
		return pl_short_word(a, n) == pl_short_word(b, n);
	for (i = 0; i + 8 < n; i += 8) {
		memcpy(&x, a + i, 8);
		memcpy(&y, b + i, 8);
		if (x != y)
			return 0;
	}
	memcpy(&x, a + n - 8, 8);
	memcpy(&y, b + n - 8, 8);
	return x == y;
}

/* The slot at i has the key's hash and length: is it the key?  Most often
** it is, and its bytes are compared at once; if not (a rare collision of
** the full hash), the probe goes on.  Kept out of line: see pl_hash_get. */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static void *confirm(const pl_hash *m, const char *key, size_t n, uint32_t h, size_t i)
{
	size_t mask = m->cap - 1;
	const struct pl_hash_slot *s = &m->slot[i];
	if (same_bytes(s->key, key, n))
		return s->val;
	for (i = (i + 1) & mask;; i = (i + 1) & mask) {
		s = &m->slot[i];
		if (!s->key)
			return NULL;
		if (s->h == h && s->len == n && same_bytes(s->key, key, n))
			return s->val;
	}
}

/* Most look-ups (a token against a dictionary) miss.  The probe loop here
** makes no call and the comparison of the bytes is left to confirm(), called
** last, so the function needs no registers saved and a miss costs only the
** sieve's bit (in a small map: 45% of the look-ups in coding Reuters end
** there) or the hash and the probes. */
void *pl_hash_get(const pl_hash *m, const char *key, size_t n)
{
	uint32_t h;
	size_t i, mask;
	if (!m->cap)
		return NULL;
	if (m->sieve) {
		uint32_t b = sieve_bit(key, n);
		if (!(m->sieve[b / 64] >> (b % 64) & 1))
			return NULL;
	}
	h = hash_of(key, n);
	if (m->filter) {
		uint64_t want = filter_bits(h);
		if ((m->filter[filter_word(m, h)] & want) != want)
			return NULL;
	}
	mask = m->cap - 1;
	for (i = h & mask;; i = (i + 1) & mask) {
		const struct pl_hash_slot *s = &m->slot[i];
		if (!s->key)
			return NULL;
		if (s->h == h && s->len == n)
			return confirm(m, key, n, h, i);
	}
}

/* Keeps the sieve (see pl_hash) after key[0..n) was added as the n-th key:
** made with the first key, dropped past SIEVE_KEYS; a map whose
** sieve could not be made has none. */
static void sieve_add(pl_hash *m, const char *key, size_t n)
{
	uint32_t b;
	if (m->n == 1)
		m->sieve = calloc(((size_t)1 << SIEVE_LOG2) / 64, sizeof *m->sieve);
	if (!m->sieve)
		return;
	if (m->n > SIEVE_KEYS) {
		free(m->sieve);
		m->sieve = NULL;
		return;
	}
	b = sieve_bit(key, n);
	m->sieve[b / 64] |= (uint64_t)1 << (b % 64);
}

/* Doubles the slots.  A map of FILTER_SLOTS slots or more gets a filter
** (see pl_hash) of the new size, its bits set as the keys move, as a pass
** of its own over the slots cost as many cache misses again (without one,
** should memory run out).  The map has its sieve too until it drops it. */
static int grow(pl_hash *m)
{
	size_t nc = m->cap ? m->cap * 2 : 64, i;
	struct pl_hash_slot *ns = pl_calloc_written(nc, sizeof *ns);
	uint64_t *nf = NULL;
	if (!ns)
		return -1;
	free(m->filter);
	if (nc >= FILTER_SLOTS) {
		m->fmask = nc / 16 - 1;
		nf = pl_calloc_written(nc / 16, sizeof *nf);
	}
	for (i = 0; i < m->cap; i++) {
		struct pl_hash_slot *s = &m->slot[i];
		size_t j;
		if (!s->key)
			continue;
		for (j = s->h & (nc - 1); ns[j].key; j = (j + 1) & (nc - 1))
			;
		ns[j] = *s;
		if (nf)
			nf[filter_word(m, s->h)] |= filter_bits(s->h);
	}
	free(m->slot);
	m->slot = ns;
	m->cap = nc;
	m->filter = nf;
	return 0;
}

int pl_hash_presize(pl_hash *m, size_t nkeys)
{
	size_t cap = 64;
	while (cap < 2 * (nkeys + 1))
		cap *= 2;
	if (cap <= m->cap || m->n != 0)
		return 0;
	free(m->slot);
	free(m->filter);
	m->filter = NULL;
	m->slot = pl_calloc_written(cap, sizeof *m->slot);
	if (!m->slot) {
		m->cap = 0;
		return -1;
	}
	m->cap = cap;
	if (cap >= FILTER_SLOTS) {
		/* (without one, should memory run out, as in grow()) */
		m->fmask = cap / 16 - 1;
		m->filter = pl_calloc_written(cap / 16, sizeof *m->filter);
	}
	return 0;
}

int pl_hash_put(pl_hash *m, const char *key, size_t n, void *val, void **old)
{
	uint32_t h;
	size_t i, mask;
	if (old)
		*old = NULL;
	if ((m->n + 1) * 2 > m->cap && grow(m) < 0)
		return -1;
	h = hash_of(key, n);
	mask = m->cap - 1;
	for (i = h & mask;; i = (i + 1) & mask) {
		struct pl_hash_slot *s = &m->slot[i];
		if (!s->key) {
			s->key = key;
			s->len = (uint32_t)n;
			s->h = h;
			s->val = val;
			m->n++;
			if (m->filter)
				m->filter[filter_word(m, h)] |= filter_bits(h);
			sieve_add(m, key, n);
			return 0;
		}
		if (s->h == h && s->len == n && same_bytes(s->key, key, n)) {
			if (old)
				*old = s->val;
			s->val = val;
			return 0;
		}
	}
}

void pl_hash_free(pl_hash *m)
{
	if (!m)
		return;
	free(m->slot);
	free(m->sieve);
	free(m->filter);
	m->slot = NULL;
	m->sieve = NULL;
	m->filter = NULL;
	m->cap = m->n = 0;
}
