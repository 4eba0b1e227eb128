/*
** mem.h: calloc for the big tables filled at load time.
**
** Fresh pages from the system come untouched.  A table's first probe then
** reads the system's shared zero page, and the first store into that page
** makes the kernel swap it for a private one and flush the old mapping from
** every processor running one of our threads (loading runs three): an
** interrupt to each of them for every page of the table.  A store into each
** page first takes it once, at no such cost.  The stores are volatile: a
** compiler may turn malloc and memset back into calloc.
*/
#ifndef PL_MEM_H
#define PL_MEM_H

#include <stdlib.h>

/* calloc(n, size) with every page of it written; NULL when out of memory. */
static inline void *pl_calloc_written(size_t n, size_t size)
{
	volatile char *p = calloc(n, size);
	size_t i;
	if (p)
		for (i = 0; i < n * size; i += 4096)
			p[i] = 0;
	return (void *)p;
}

#endif
