/* words.c: see words.h. */
#include "words.h"

#include <stdint.h>
#include <string.h>

/* The bounds of the program's own image (its code, constants and static
** data), as the GNU linkers and lld define them; weak, so that a linker
** without them leaves them NULL and every list is walked. */
extern const char __executable_start[] __attribute__((weak));
extern const char _end[] __attribute__((weak));

int pl_walk_list(const char *w, const char *const *list)
{
	char c = w[0];
	/* the first two bytes first: most words differ there, and a call is
	** saved (when the first bytes agree, neither string has ended before
	** its second, unless both have) */
	for (; *list; list++)
		if ((*list)[0] == c && (!c || (*list)[1] == w[1]) && strcmp(w, *list) == 0)
			return 1;
	return 0;
}

/* The filter of a list (see pl_word_bit256) into f[0..4). */
static void list_filter(const char *const *list, uint64_t *f)
{
	f[0] = f[1] = f[2] = f[3] = 0;
	for (; *list; list++) {
		uint32_t b = pl_word_bit256(*list);
		f[b / 64] |= (uint64_t)1 << (b % 64);
	}
}

/* Each thread keeps the filters of the lists it was asked of, by list
** address, in LIST_SLOTS slots (20 KB), so that most words need no walk.
** Only a list in static storage (in the program's image: the rules'
** `static const char *const` lists) is kept: its words never change, while
** a list on the stack (a compound literal) or the heap may give its address
** to another list later.  Two lists sharing a slot take it in turn. */
#define LIST_SLOTS 512
static _Thread_local struct list_filter {
	const char *const *list;
	uint64_t bits[4];
} list_filters[LIST_SLOTS];

static int static_list(const char *const *list)
{
	const char *p = (const char *)list;
	return __executable_start && _end && p >= __executable_start && p < _end;
}

int pl_in_list(const char *w, const char *const *list)
{
	uintptr_t a = (uintptr_t)list;
	struct list_filter *s = &list_filters[(a >> 3 ^ a >> 12) & (LIST_SLOTS - 1)];
	uint32_t b;
	if (s->list != list) {
		if (!static_list(list))
			return pl_walk_list(w, list);
		list_filter(list, s->bits);
		s->list = list;
	}
	b = pl_word_bit256(w);
	return (s->bits[b / 64] >> (b % 64) & 1) && pl_walk_list(w, list);
}

int pl_list_to_set(pl_hash *set, const char *const *list)
{
	for (; *list; list++)
		if (pl_hash_put(set, *list, strlen(*list), (void *)*list, NULL) < 0)
			return -1;
	return 0;
}

void pl_wordset_make(pl_wordset *set)
{
	uint64_t f[4];
	int i;
	list_filter(set->list, f);
	for (i = 0; i < 4; i++)
		atomic_store_explicit(&set->bits[i], f[i], memory_order_relaxed);
	atomic_store_explicit(&set->made, 1, memory_order_release);
}
