/*
** arena.c: bump allocator over a chain of blocks; see arena.h.
*/
#include "arena.h"

#include <stdlib.h>
#include <string.h>

#define ALIGN 16u
#define DEFAULT_BLOCK (256u * 1024u)

typedef struct block {
	struct block *next;
	size_t size, used;
	/* data follows, aligned */
} block;

struct pl_arena {
	block *head;     /* current block (first in chain) */
	size_t blocksz;
	size_t used;     /* bytes handed out since reset */
	int failed;      /* an allocation failed since reset */
#ifdef PARLEY_NO_ARENA
	void **ptrs;
	size_t nptr, capptr;
#endif
};

#define HDR ((sizeof(block) + ALIGN - 1) & ~(size_t)(ALIGN - 1))

pl_arena *pl_arena_new(size_t blocksz)
{
	pl_arena *a = calloc(1, sizeof *a);
	if (!a)
		return NULL;
	a->blocksz = blocksz ? blocksz : DEFAULT_BLOCK;
	return a;
}

#ifdef PARLEY_NO_ARENA
void *pl_arena_alloc(pl_arena *a, size_t n)
{
	void *p;
	if (a->nptr == a->capptr) {
		size_t nc = a->capptr ? a->capptr * 2 : 256;
		void **np = realloc(a->ptrs, nc * sizeof *np);
		if (!np) {
			a->failed = 1;
			return NULL;
		}
		a->ptrs = np;
		a->capptr = nc;
	}
	p = calloc(1, n ? n : 1);
	if (!p) {
		a->failed = 1;
		return NULL;
	}
	a->ptrs[a->nptr++] = p;
	a->used += n;
	return p;
}

void pl_arena_reset(pl_arena *a)
{
	size_t i;
	for (i = 0; i < a->nptr; i++)
		free(a->ptrs[i]);
	a->nptr = 0;
	a->used = 0;
	a->failed = 0;
}

void pl_arena_free(pl_arena *a)
{
	if (!a)
		return;
	pl_arena_reset(a);
	free(a->ptrs);
	free(a);
}
#else
void *pl_arena_alloc(pl_arena *a, size_t n)
{
	block *b = a->head;
	void *p;
	n = (n + ALIGN - 1) & ~(size_t)(ALIGN - 1);
	if (!b || b->size - b->used < n) {
		size_t sz = n > a->blocksz ? n : a->blocksz;
		b = malloc(HDR + sz);
		if (!b) {
			a->failed = 1;
			return NULL;
		}
		b->size = sz;
		b->used = 0;
		b->next = a->head;
		a->head = b;
	}
	p = (char *)b + HDR + b->used;
	b->used += n;
	a->used += n;
	memset(p, 0, n);
	return p;
}

void pl_arena_reset(pl_arena *a)
{
	block *b = a->head, *keep = NULL;
	/* keep the last block of the chain (the first allocated), free the rest */
	while (b) {
		block *next = b->next;
		if (!next) {
			keep = b;
		} else {
			free(b);
		}
		b = next;
	}
	if (keep) {
		keep->used = 0;
		keep->next = NULL;
	}
	a->head = keep;
	a->used = 0;
	a->failed = 0;
}

void pl_arena_free(pl_arena *a)
{
	block *b;
	if (!a)
		return;
	b = a->head;
	while (b) {
		block *next = b->next;
		free(b);
		b = next;
	}
	free(a);
}
#endif

char *pl_arena_strndup(pl_arena *a, const char *s, size_t n)
{
	char *p = pl_arena_alloc(a, n + 1);
	if (!p)
		return NULL;
	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

int pl_arena_grow(pl_arena *a, void **p, size_t *cap, size_t need, size_t size)
{
	size_t nc;
	void *np;
	if (need <= *cap)
		return 0;
	nc = *cap ? *cap * 2 : 16;
	while (nc < need)
		nc *= 2;
	np = pl_arena_alloc(a, nc * size);
	if (!np)
		return -1;
	if (*p && *cap)
		memcpy(np, *p, *cap * size);
	*p = np;
	*cap = nc;
	return 0;
}

size_t pl_arena_used(const pl_arena *a)
{
	return a->used;
}

int pl_arena_failed(const pl_arena *a)
{
	return a->failed;
}
