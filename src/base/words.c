/* words.c: see words.h. */
#include "words.h"

#include <string.h>

int pl_in_list(const char *w, const char *const *list)
{
	for (; *list; list++)
		if (strcmp(w, *list) == 0)
			return 1;
	return 0;
}
