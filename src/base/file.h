/*
** file.h: reading a whole file into memory, for the loaders of models,
** dictionaries and gazetteer (each reads its files with one call).
*/
#ifndef PL_FILE_H
#define PL_FILE_H

#include <stddef.h>

/* The contents of path, NUL-terminated, in a buffer the caller frees with
** free(); *len (when len is not NULL) gets the size without the NUL.  NULL
** when the file cannot be read or memory runs out (errno tells which). */
char *pl_read_file(const char *path, size_t *len);

#endif
