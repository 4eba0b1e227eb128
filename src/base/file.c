/*
** file.c: see file.h.
*/
#include "file.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>

char *pl_read_file(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	char *buf = NULL;
	long size;
	if (!f)
		return NULL;
	if (fseek(f, 0, SEEK_END) == 0 && (size = ftell(f)) >= 0 && fseek(f, 0, SEEK_SET) == 0) {
		buf = malloc((size_t)size + 1);
		if (!buf) {
			errno = ENOMEM;
		} else if (fread(buf, 1, (size_t)size, f) != (size_t)size) {
			free(buf);
			buf = NULL;
			errno = EIO;
		} else {
			buf[size] = '\0';
			if (len)
				*len = (size_t)size;
		}
	}
	fclose(f);
	return buf;
}
