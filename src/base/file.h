/*
** file.h: reading a whole file into memory, for the loaders of models,
** dictionaries and gazetteer (each reads its files with one call), with the
** checks that tell a damaged file from a good one.
*/
#ifndef PL_FILE_H
#define PL_FILE_H

#include <stddef.h>

/* The contents of path, NUL-terminated, in a buffer the caller frees with
** free(); *len (when len is not NULL) gets the size without the NUL.  NULL
** when the file cannot be read (a directory: EISDIR) or memory runs out
** (errno tells which). */
char *pl_read_file(const char *path, size_t *len);

/* An optional file `name` in folder dir, read as pl_read_file.  NULL with
** *missing set when it does not exist (the caller goes on without it), or
** NULL with "path: reason" in err when it exists but cannot be read. */
char *pl_read_optional(const char *dir, const char *name, size_t *len, int *missing,
                       char *err, size_t errlen);

/* Flags of pl_read_text. */
enum { PL_TEXT_NEWLINE = 1 };   /* the file must end with a newline */

/* A text file for a loader, as pl_read_file, checked: NULL with the message
** "path: what" in err when it cannot be read, is empty, holds a NUL byte
** (damaged: it would silently cut the text short) or, with
** PL_TEXT_NEWLINE, does not end with a newline (cut short).  `what` names
** the kind of file in the messages ("dictionary", "tagger model"). */
char *pl_read_text(const char *path, size_t *len, int flags, const char *what,
                   char *err, size_t errlen);

/* Checks the last line of a generated table, "end<TAB>N" (N: its number of
** data lines), whose count text is `count` (NUL-terminated), against the
** number of data lines read.  Returns 0, or -1 with "path:line: what" in err. */
int pl_end_line(const char *count, long ndata, const char *path, unsigned line,
                char *err, size_t errlen);

#endif
