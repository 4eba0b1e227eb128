/*
** hash.c: see hash.h.  FNV-1a hashing, load factor at most 1/2.
*/
#include "hash.h"

#include <stdlib.h>
#include <string.h>

uint32_t pl_hash_bytes(const char *s, size_t n)
{
	uint32_t h = 2166136261u;
	size_t i;
	for (i = 0; i < n; i++) {
		h ^= (unsigned char)s[i];
		h *= 16777619u;
	}
	return h ? h : 1;
}

void *pl_hash_get(const pl_hash *m, const char *key, size_t n)
{
	uint32_t h;
	size_t i, mask;
	if (!m->cap)
		return NULL;
	h = pl_hash_bytes(key, n);
	mask = m->cap - 1;
	for (i = h & mask;; i = (i + 1) & mask) {
		const struct pl_hash_slot *s = &m->slot[i];
		if (!s->key)
			return NULL;
		if (s->h == h && s->len == n && memcmp(s->key, key, n) == 0)
			return s->val;
	}
}

static int grow(pl_hash *m)
{
	size_t nc = m->cap ? m->cap * 2 : 64, i;
	struct pl_hash_slot *ns = calloc(nc, sizeof *ns);
	if (!ns)
		return -1;
	for (i = 0; i < m->cap; i++) {
		struct pl_hash_slot *s = &m->slot[i];
		size_t j;
		if (!s->key)
			continue;
		for (j = s->h & (nc - 1); ns[j].key; j = (j + 1) & (nc - 1))
			;
		ns[j] = *s;
	}
	free(m->slot);
	m->slot = ns;
	m->cap = nc;
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
	h = pl_hash_bytes(key, n);
	mask = m->cap - 1;
	for (i = h & mask;; i = (i + 1) & mask) {
		struct pl_hash_slot *s = &m->slot[i];
		if (!s->key) {
			s->key = key;
			s->len = (uint32_t)n;
			s->h = h;
			s->val = val;
			m->n++;
			return 0;
		}
		if (s->h == h && s->len == n && memcmp(s->key, key, n) == 0) {
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
	m->slot = NULL;
	m->cap = m->n = 0;
}
