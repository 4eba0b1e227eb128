/* words.c: see words.h. */
#include "words.h"

#include <string.h>

int pl_in_list(const char *w, const char *const *list)
{
	char c = w[0];
	/* the first byte first: most words differ there, and a call is saved */
	for (; *list; list++)
		if ((*list)[0] == c && strcmp(w, *list) == 0)
			return 1;
	return 0;
}
