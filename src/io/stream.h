/*
** stream.h: checked standard I/O for the drivers (the command line and any
** other program over the library): a read error is told apart from the end of
** input, and a failed write keeps the system's reason, so that no failure
** looks like success.
*/
#ifndef PL_STREAM_H
#define PL_STREAM_H

#include <stddef.h>
#include <stdio.h>

/* Reads up to n bytes from f into buf and returns how many were read.  *err
** gets 0, or the errno value of a read error (EIO when the system gave none),
** after which the bytes returned are the last: a read error is never taken
** for the end of input. */
size_t pl_stream_read(FILE *f, void *buf, size_t n, int *err);

/* Writes n bytes of p to f.  Returns 0, or the errno value of the failure
** (EIO when the system gave none). */
int pl_stream_write(FILE *f, const void *p, size_t n);

/* Flushes f and tells whether every write to it so far succeeded: 0, or an
** errno value (the one of the failure when known, else EIO). */
int pl_stream_flush(FILE *f);

/* Makes sure descriptors 0, 1 and 2 are open, so that a file opened later
** never takes their place: a closed one is replaced by /dev/null opened in
** the wrong direction, so that using it fails with EBADF instead of reading
** nothing or writing into the void. */
void pl_stream_guard_std(void);

#endif
