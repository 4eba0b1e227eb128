/* words.c: see words.h. */
#include "words.h"

#include <string.h>

int pl_in_list(const char *w, const char *const *list)
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

int pl_list_to_set(pl_hash *set, const char *const *list)
{
	for (; *list; list++)
		if (pl_hash_put(set, *list, strlen(*list), (void *)*list, NULL) < 0)
			return -1;
	return 0;
}

uint64_t pl_wordset_bits(pl_wordset *set)
{
	const char *const *w;
	uint64_t b = 0;
	for (w = set->list; *w; w++)
		b |= pl_word_bit(*w);
	atomic_store_explicit(&set->bits, b, memory_order_relaxed);
	return b;
}
