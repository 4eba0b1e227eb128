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

void *pl_arena_alloc_raw(pl_arena *a, size_t n)
{
	return pl_arena_alloc(a, n);
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
/* A big request (over a quarter of a block) gets a block of its own, zeroed
** by calloc: fresh pages from the system are not touched until written, so
** an array sized generously ("a token per 5 bytes of text") costs memory
** only for what is used.  It goes behind the current block, whose free room
** stays in use. */
static void *alloc_big(pl_arena *a, size_t n)
{
	block *b = calloc(1, HDR + n);
	if (!b) {
		a->failed = 1;
		return NULL;
	}
	b->size = b->used = n;
	if (a->head) {
		b->next = a->head->next;
		a->head->next = b;
	} else {
		b->next = NULL;
		a->head = b;
	}
	a->used += n;
	return (char *)b + HDR;
}

void *pl_arena_alloc_raw(pl_arena *a, size_t n)
{
	block *b = a->head;
	void *p;
	n = (n + ALIGN - 1) & ~(size_t)(ALIGN - 1);
	if (n > a->blocksz / 4)
		return alloc_big(a, n);
	if (!b || b->size - b->used < n) {
		b = malloc(HDR + a->blocksz);
		if (!b) {
			a->failed = 1;
			return NULL;
		}
		b->size = a->blocksz;
		b->used = 0;
		b->next = a->head;
		a->head = b;
	}
	p = (char *)b + HDR + b->used;
	b->used += n;
	a->used += n;
	return p;
}

void *pl_arena_alloc(pl_arena *a, size_t n)
{
	void *p = pl_arena_alloc_raw(a, n);
	size_t m = (n + ALIGN - 1) & ~(size_t)(ALIGN - 1);
	/* a big block comes zeroed from calloc */
	if (p && m <= a->blocksz / 4)
		memset(p, 0, m);
	return p;
}

void pl_arena_reset(pl_arena *a)
{
	block *b = a->head, *keep = NULL;
	/* keep one block of the usual size (the first allocated), free the
	** rest: what a long article took goes back */
	while (b) {
		block *next = b->next;
		if (b->size == a->blocksz) {
			if (keep)
				free(keep);
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

#ifndef PARLEY_NO_ARENA
/* The block of its own that holds p (a big request), or NULL; *prev is set
** to the block before it in the chain. */
static block *own_block(pl_arena *a, const void *p, block **prev)
{
	block *b, *pb = NULL;
	for (b = a->head; b; pb = b, b = b->next)
		if ((const char *)b + HDR == (const char *)p && b->used == b->size) {
			*prev = pb;
			return b;
		}
	return NULL;
}
#endif

static int grow(pl_arena *a, void **p, size_t *cap, size_t need, size_t size, int zero)
{
	size_t nc;
	void *np;
	if (need <= *cap)
		return 0;
	nc = *cap ? *cap * 2 : 16;
	while (nc < need)
		nc *= 2;
#ifndef PARLEY_NO_ARENA
	/* a big array in a block of its own grows in place (realloc): no
	** copies left behind in the arena */
	if (*p && *cap * size > a->blocksz / 4) {
		block *prev = NULL, *b = own_block(a, *p, &prev), *nb;
		size_t n = (nc * size + ALIGN - 1) & ~(size_t)(ALIGN - 1);
		if (b) {
			size_t old = b->size;
			nb = realloc(b, HDR + n);
			if (!nb) {
				a->failed = 1;
				return -1;
			}
			if (prev)
				prev->next = nb;
			else
				a->head = nb;
			if (zero)
				memset((char *)nb + HDR + old, 0, n - old);
			nb->size = nb->used = n;
			a->used += n - old;
			*p = (char *)nb + HDR;
			*cap = nc;
			return 0;
		}
	}
#endif
	np = zero ? pl_arena_alloc(a, nc * size) : pl_arena_alloc_raw(a, nc * size);
	if (!np)
		return -1;
	if (*p && *cap)
		memcpy(np, *p, *cap * size);
	*p = np;
	*cap = nc;
	return 0;
}

int pl_arena_grow(pl_arena *a, void **p, size_t *cap, size_t need, size_t size)
{
	return grow(a, p, cap, need, size, 1);
}

int pl_arena_grow_raw(pl_arena *a, void **p, size_t *cap, size_t need, size_t size)
{
	return grow(a, p, cap, need, size, 0);
}

size_t pl_arena_used(const pl_arena *a)
{
	return a->used;
}

int pl_arena_failed(const pl_arena *a)
{
	return a->failed;
}
