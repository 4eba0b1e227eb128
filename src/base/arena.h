/*
** arena.h: per-document bump allocator.
**
** Everything derived from one article (tokens, chunks, events, strings) is
** taken from an arena that is reset between articles, so there is no per-object
** free.  Build with -DPARLEY_NO_ARENA to turn every allocation into a plain
** malloc (freed on reset) so that ASan and valgrind see each object.
*/
#ifndef PL_ARENA_H
#define PL_ARENA_H

#include <stddef.h>

typedef struct pl_arena pl_arena;

/* A new arena whose blocks are at least `block` bytes (0: a default).
** Returns NULL when out of memory.  Free with pl_arena_free(). */
pl_arena *pl_arena_new(size_t block);

/* `n` bytes aligned for any type, zero-filled.  Returns NULL when out of
** memory.  The memory lives until the next pl_arena_reset() or pl_arena_free().
** A request over a quarter of a block gets its own block from calloc, so
** that pages of it never written are never taken from the system. */
void *pl_arena_alloc(pl_arena *a, size_t n);

/* pl_arena_alloc without the zero-fill, for an array whose elements the
** caller sets in full before reading them. */
void *pl_arena_alloc_raw(pl_arena *a, size_t n);

/* A NUL-terminated copy of s[0..n). */
char *pl_arena_strndup(pl_arena *a, const char *s, size_t n);

/* Grows the array *p of *cap elements of `size` bytes to hold at least `need`
** elements (copying the old contents).  Returns 0, or -1 when out of memory. */
int pl_arena_grow(pl_arena *a, void **p, size_t *cap, size_t need, size_t size);

/* pl_arena_grow without zeroing the new elements, for an array whose
** elements the caller sets in full as it appends them: the pages of a big
** array's unused capacity are then never touched, so they take no memory. */
int pl_arena_grow_raw(pl_arena *a, void **p, size_t *cap, size_t need, size_t size);

/* Forgets every allocation but keeps one block of the usual size for reuse
** (memory taken for a long article goes back). */
void pl_arena_reset(pl_arena *a);

/* Frees everything.  Accepts NULL. */
void pl_arena_free(pl_arena *a);

/* 1 when an allocation failed since the last reset: a caller that cannot
** check every allocation (a lost actor code would silently change a record)
** checks this once at the end of its work. */
int pl_arena_failed(const pl_arena *a);

/* Bytes handed out since the last reset (for limits and statistics). */
size_t pl_arena_used(const pl_arena *a);

#endif
